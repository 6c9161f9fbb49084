import { asc } from 'drizzle-orm';
import { agendaItems, committees, decisions, documents, meetings, minutes } from '../../schema';
import type { Context } from '../../core/context';
import type { MeetingStatus } from '../../domain/enums';
import { LABELS } from '../../domain/labels';
import { addMinutesLocal } from '../../domain/dates';
import { MIME } from '../exportFile';
import { formatDate } from '../../domain/format';
import { compact, type OparlObject } from './oparlOrganizations';
import { berlinDateTime, localFileUri, objectUrl, typeUri } from './oparlUrls';

/** OParl suggests "terminiert", "eingeladen" and "durchgeführt"; a cancelled meeting keeps its state and says `cancelled`. */
const MEETING_STATE: Record<MeetingStatus, string> = {
  PLANNED: 'terminiert', INVITED: 'eingeladen', HELD: 'durchgeführt', MINUTES_APPROVED: 'durchgeführt', CANCELLED: 'terminiert',
};

export interface MeetingPart {
  meetings: OparlObject[];
  agendaItems: OparlObject[];
  files: OparlObject[];
  locations: OparlObject[];
}

const groupBy = <T, K>(rows: readonly T[], key: (row: T) => K) => {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
};

/**
 * Meetings with their agenda items embedded (as OParl wants), the invitation and approved minutes as Files,
 * and documents linked to an agenda item as its auxiliary files. Draft minutes are not published as a
 * results protocol: until the committee approves them they are not its record. Resolutions of non-public
 * items stay out of the file; their titles, numbers and outcome are listed as in any public agenda.
 */
export function buildMeetings(ctx: Context, committeeUrl: (id: string) => string): MeetingPart {
  const committeeNames = new Map(ctx.db.select({ id: committees.id, name: committees.name }).from(committees).all().map((c) => [c.id, c.name]));
  const meetingRows = ctx.db.select().from(meetings).orderBy(asc(meetings.startsAt), asc(meetings.id)).all();
  const itemsByMeeting = groupBy(ctx.db.select().from(agendaItems).orderBy(asc(agendaItems.position), asc(agendaItems.id)).all(), (i) => i.meetingId);
  const decisionsByItem = groupBy(ctx.db.select().from(decisions).orderBy(asc(decisions.number), asc(decisions.id)).all(), (d) => d.agendaItemId);
  const minutesByMeeting = new Map(ctx.db.select().from(minutes).all().map((m) => [m.meetingId, m]));
  const documentLinks = ctx.sqlite.prepare(`SELECT l.agenda_item_id AS itemId, l.target_id AS documentId FROM agenda_item_links l
    JOIN documents d ON d.id = l.target_id WHERE l.target_type = 'DOCUMENT' ORDER BY l.agenda_item_id, l.target_id`)
    .all() as Array<{ itemId: string; documentId: string }>;
  const documentRows = new Map(ctx.db.select().from(documents).all().map((d) => [d.id, d]));

  const documentFiles = new Map<string, OparlObject>();
  for (const [documentId, links] of groupBy(documentLinks, (l) => l.documentId)) {
    const d = documentRows.get(documentId)!;
    documentFiles.set(documentId, compact({
      id: objectUrl('File', `document-${d.id}`),
      type: typeUri('File'),
      name: d.version ? `${d.title} (${d.version})` : d.title,
      fileName: d.fileName,
      mimeType: d.mimeType,
      date: d.adoptedOn ?? d.createdAt.slice(0, 10),
      size: d.sizeBytes,
      accessUrl: localFileUri(`documents/${d.id}`),
      agendaItem: links.map((l) => objectUrl('AgendaItem', l.itemId)),
      created: d.createdAt,
      modified: d.updatedAt,
    }));
  }
  const filesOfItem = groupBy(documentLinks, (l) => l.itemId);

  const part: MeetingPart = { meetings: [], agendaItems: [], files: [...documentFiles.values()], locations: [] };
  for (const m of meetingRows) {
    const meetingUrl = objectUrl('Meeting', m.id);
    const committee = committeeNames.get(m.committeeId) ?? 'Gremium';
    const name = m.title ?? `${m.sequenceNo != null ? `${m.sequenceNo}. ` : ''}Sitzung – ${committee}`;
    const items = (itemsByMeeting.get(m.id) ?? []).map((item) => {
      const itemDecisions = decisionsByItem.get(item.id) ?? [];
      const resolution = itemDecisions.map((d) => (d.number ? `Beschluss ${d.number}: ${d.text}` : d.text)).join('\n\n');
      const result = itemDecisions.length > 0
        ? [...new Set(itemDecisions.map((d) => `${LABELS.decisionResult[d.result]} beschlossen`))].join('; ')
        : item.status === 'OPEN' ? null : LABELS.agendaItemStatus[item.status];
      const auxiliary = (filesOfItem.get(item.id) ?? []).map((l) => documentFiles.get(l.documentId)!);
      return compact({
        id: objectUrl('AgendaItem', item.id),
        type: typeUri('AgendaItem'),
        meeting: meetingUrl,
        number: String(item.position),
        order: item.position,
        name: item.title,
        public: item.isPublic,
        result,
        resolutionText: item.isPublic && resolution ? resolution : null,
        auxiliaryFile: auxiliary.length > 0 ? auxiliary : null,
        created: item.createdAt,
        modified: item.updatedAt,
      });
    });
    part.agendaItems.push(...items);
    const record = minutesByMeeting.get(m.id);
    const invitation = m.invitationSentOn ? compact({
      id: objectUrl('File', `invitation-${m.id}`),
      type: typeUri('File'),
      name: `Einladung – ${name} am ${formatDate(m.startsAt.slice(0, 10))}`,
      mimeType: MIME.docx,
      date: m.invitationSentOn,
      accessUrl: localFileUri(`exports/invitation/${m.id}`),
      meeting: [meetingUrl],
    }) : null;
    const protocol = record?.status === 'APPROVED' ? compact({
      id: objectUrl('File', `minutes-${m.id}`),
      type: typeUri('File'),
      name: `Ergebnisprotokoll – ${name} am ${formatDate(m.startsAt.slice(0, 10))}`,
      mimeType: MIME.docx,
      date: record.approvedOn,
      accessUrl: localFileUri(`exports/minutes/${m.id}`),
      meeting: [meetingUrl],
      created: record.createdAt,
      modified: record.updatedAt,
    }) : null;
    const location = m.location ? { id: objectUrl('Location', `meeting-${m.id}`), type: typeUri('Location'), description: m.location } : null;
    if (invitation) part.files.push(invitation);
    if (protocol) part.files.push(protocol);
    if (location) part.locations.push(location);
    part.meetings.push(compact({
      id: meetingUrl,
      type: typeUri('Meeting'),
      name,
      meetingState: MEETING_STATE[m.status],
      cancelled: m.status === 'CANCELLED',
      start: berlinDateTime(m.startsAt),
      end: berlinDateTime(addMinutesLocal(m.startsAt, m.durationMinutes)),
      location,
      organization: [committeeUrl(m.committeeId)],
      invitation,
      resultsProtocol: protocol,
      agendaItem: items,
      created: m.createdAt,
      modified: m.updatedAt,
    }));
  }
  return part;
}
