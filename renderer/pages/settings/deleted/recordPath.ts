import { municipalityPath, roundTablePath } from '../../roundTables/roundTablePaths';
import { reconstructionPath } from '../../reconstructions/reconstructionPaths';
import { committeeMeetingPath } from '../../steering/steeringPaths';
import { themePath } from '../../themes/themePaths';

/** What a record's id alone does not say about where it is shown. */
export interface RecordFacts {
  /** The committee concerned is the steering group (its pages are under Lenkungsgruppe). */
  steering?: boolean;
  roundTableId?: string | null;
  themeId?: string | null;
  meetingId?: string | null;
}

const MASTER_DATA: Record<string, string> = {
  organisations: '/stammdaten/organisationen',
  persons: '/stammdaten/ansprechpersonen',
  posts: '/stammdaten/stellen',
  provider_assignments: '/stammdaten/traegerzustaendigkeiten',
};

/** The page that shows a record of `entity`, or null where there is none worth linking to. */
export function recordPath(entity: string, id: string, facts: RecordFacts = {}): string | null {
  const kind = facts.steering ? 'STEERING_GROUP' : undefined;
  if (MASTER_DATA[entity]) return MASTER_DATA[entity];
  switch (entity) {
    case 'municipalities': return municipalityPath(id);
    case 'round_tables': return roundTablePath(id);
    case 'case_reconstructions': return reconstructionPath(id);
    case 'themes': return themePath(id);
    case 'measures': return facts.themeId ? themePath(facts.themeId) : null;
    case 'committees': return facts.steering ? '/lenkungsgruppe' : `/gruppen/${id}`;
    case 'meetings': return committeeMeetingPath(kind, id);
    case 'decisions': return facts.meetingId ? committeeMeetingPath(kind, facts.meetingId, 'sitzung') : null;
    case 'action_items': return facts.roundTableId ? roundTablePath(facts.roundTableId) : '/lenkungsgruppe/beschlusskontrolle';
    default: return null;
  }
}
