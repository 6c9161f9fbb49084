import type { FileChild } from 'docx';
import type { Context } from '../../core/context';
import { berlinToday } from '../../domain/clock';
import { formatDate } from '../../domain/format';
import { documentTitle, paragraph } from '../docx/blocks';
import { renderDocx, tableOfContents, type WordPart } from '../docx/document';
import { exportFile, type ExportFile } from '../exportFile';
import { meetingFacts } from './agendaBlocks';
import { invitationLetter } from './invitationLetter';
import { minutesSection } from './minutesBlocks';
import { decisionStatusSection } from './decisionStatusBlocks';
import { groupStatusSection } from './groupStatusBlocks';
import { groupStatuses } from './data/groupStatus';
import { exportBaseName, loadMeetingExportData, type MeetingExportData } from './data/meetingData';
import { buildMinutes } from '../../services/minutes/buildMinutes';
import { followUpReport } from '../../services/tasks/followUpReport';
import { assertNotCancelled, letterDate } from './meetingDocuments';

function cover(data: MeetingExportData, asOf: string): FileChild[] {
  return [
    ...documentTitle('Sitzungsunterlagen', data.name),
    ...meetingFacts(data),
    paragraph(`Zusammengestellt am ${formatDate(asOf)}`, { small: true, spaceBefore: 240, spaceAfter: 720 }),
    ...tableOfContents('Inhalt', 1),
  ];
}

/** The previous meeting of the same committee, when it was held (its minutes belong in the pack). */
function previousHeld(ctx: Context, data: MeetingExportData): MeetingExportData | null {
  const id = data.detail.previousMeetingId;
  if (!id) return null;
  const previous = loadMeetingExportData(ctx, id);
  const { status } = previous.detail.meeting;
  return status === 'HELD' || status === 'MINUTES_APPROVED' ? previous : null;
}

/**
 * Everything a member needs before a meeting, as one document: cover with contents, the invitation with the
 * agenda, the previous minutes, the state of open decisions and one status page per working group.
 * Each part starts on a new page.
 */
export async function exportMeetingPack(ctx: Context, meetingId: string): Promise<ExportFile> {
  const data = loadMeetingExportData(ctx, meetingId);
  assertNotCancelled(data, 'Sitzungsunterlagen');
  const asOf = berlinToday(ctx.clock);
  const { committee } = data.detail;
  const previous = previousHeld(ctx, data);
  const minutes = previous ? buildMinutes(ctx, previous.detail.meeting.id) : null;
  const followUp = followUpReport(ctx, { committeeId: committee.id, asOf });
  const groups = groupStatuses(ctx, { committeeId: committee.id, committeeKind: committee.kind, asOf });

  const enclosures = [
    ...(previous ? [`Ergebnisprotokoll der ${previous.name}`] : []),
    'Stand der Beschlüsse',
    'Sachstand der Arbeitsgremien',
  ];
  const parts: WordPart[] = [
    { header: 'letterhead', children: cover(data, asOf) },
    { header: 'letterhead', children: invitationLetter(data, { letterDate: letterDate(ctx, data), enclosures }) },
    ...(previous && minutes ? [{ header: 'slim' as const, children: minutesSection(minutes, { name: previous.name, depth: 1 }) }] : []),
    { header: 'slim', children: decisionStatusSection(followUp, 1) },
    { header: 'slim', children: groupStatusSection(groups, asOf, 1) },
  ];
  const buffer = await renderDocx({
    title: `Sitzungsunterlagen zur ${data.name}`, subject: committee.name, letterhead: data.letterhead, parts,
  });
  return exportFile(exportBaseName(data, 'Sitzungsunterlagen'), 'docx', buffer);
}
