import type { OutputOf } from '../../../db/api/contract';
import { committeeMeetingPath, type MeetingTab } from '../../pages/steering/steeringPaths';
import { municipalityPath, roundTablePath } from '../../pages/roundTables/roundTablePaths';
import { reconstructionPath } from '../../pages/reconstructions/reconstructionPaths';
import { themePath } from '../../pages/themes/themePaths';

export type SearchHit = OutputOf<'search.query'>['groups'][number]['hits'][number];

/** What a bare hit does not say: which committee a meeting belongs to, and whether that is the steering group. */
export interface HitPlaces {
  meetingCommittees: ReadonlyMap<string, string>;
  steeringCommitteeIds: ReadonlySet<string>;
}

const MEETING_TAB: Record<string, MeetingTab> = {
  decision: 'sitzung', agendaItem: 'vorbereitung', minutes: 'protokoll', minutesAmendment: 'protokoll', meeting: 'vorbereitung',
};

function committeeKind(places: HitPlaces, committeeId: string | null | undefined): string | undefined {
  return committeeId && places.steeringCommitteeIds.has(committeeId) ? 'STEERING_GROUP' : undefined;
}

/** The steering group's area, or a group's page with the same area. */
function committeeAreaPath(places: HitPlaces, committeeId: string | null, area?: string): string {
  if (!committeeId || places.steeringCommitteeIds.has(committeeId)) return area ? `/lenkungsgruppe/${area}` : '/lenkungsgruppe';
  return area ? `/gruppen/${committeeId}/${area}` : `/gruppen/${committeeId}`;
}

/**
 * The page that shows a search hit. Meetings of the steering group open under Lenkungsgruppe, all other meetings
 * under Gruppen; what belongs to a round table (agreements, their notes, findings) opens that round table; records
 * without a page of their own open the page that lists them.
 */
export function hitPath(hit: SearchHit, places: HitPlaces): string {
  const meetingTab = MEETING_TAB[hit.kind];
  if (meetingTab && hit.meetingId) {
    const committeeId = hit.kind === 'meeting' ? hit.parentId : places.meetingCommittees.get(hit.meetingId);
    return committeeMeetingPath(committeeKind(places, committeeId), hit.meetingId, hit.kind === 'meeting' ? undefined : meetingTab);
  }
  if (hit.roundTableId) return roundTablePath(hit.roundTableId);
  switch (hit.kind) {
    case 'task':
    case 'taskNote': return '/lenkungsgruppe/beschlusskontrolle';
    case 'committee': return committeeAreaPath(places, hit.id);
    case 'backlogTopic': return committeeAreaPath(places, hit.parentId, 'themenspeicher');
    case 'roundTable': return roundTablePath(hit.id);
    case 'reconstruction': return reconstructionPath(hit.id);
    case 'finding': return reconstructionPath(hit.parentId ?? undefined);
    case 'theme': return themePath(hit.id);
    case 'measure': return themePath(hit.parentId ?? undefined);
    case 'document': return '/lenkungsgruppe/geschaeftsordnung';
    case 'reportSection':
    case 'event': return '/berichte';
    case 'municipality': return municipalityPath(hit.id);
    case 'organisation': return '/stammdaten/organisationen';
    case 'person': return '/stammdaten/ansprechpersonen';
    case 'post': return '/stammdaten/stellen';
    default: return '/uebersicht';
  }
}
