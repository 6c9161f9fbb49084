import type { FileChild, Paragraph, Table } from 'docx';
import { LABELS } from '../../domain/labels';
import { dateOf } from '../../domain/dates';
import { formatMinutes, formatTimeRange, formatWeekdayDate } from '../../domain/format';
import type { AgendaItemView } from '../../services/agenda/agendaView';
import { LINK_TYPE_LABELS, type LinkTargetType } from '../../services/agenda/links';
import { facts, heading, link, paragraph, type HeadingDepth } from '../docx/blocks';
import { dataTable } from '../docx/table';
import type { MeetingExportData } from './data/meetingData';

/** Datum, Uhrzeit, Ort and the online link, as the invitation and the agenda show them. */
export function meetingFacts(data: MeetingExportData): Paragraph[] {
  const { meeting } = data.detail;
  return facts([
    ['Datum', formatWeekdayDate(dateOf(meeting.startsAt))],
    ['Uhrzeit', formatTimeRange(meeting.startsAt, meeting.durationMinutes)],
    ['Ort', meeting.location ?? (meeting.onlineUrl ? 'online' : 'wird noch bekannt gegeben')],
    ['Online', meeting.onlineUrl ? link(meeting.onlineUrl, meeting.onlineUrl) : null],
  ]);
}

const REFERENCES: ReadonlySet<LinkTargetType> = new Set(['THEME', 'MEASURE', 'DOCUMENT', 'DECISION']);

function itemNotes(item: AgendaItemView): string[] {
  const notes: string[] = [];
  if (item.description) notes.push(item.description);
  if (item.carriedFromItemId || item.carryCount > 0) {
    const times = item.carryCount > 1 ? ` (${item.carryCount}-mal vertagt)` : '';
    notes.push(`Aus einer früheren Sitzung vertagt${times}${item.carryReason ? `: ${item.carryReason}` : ''}`);
  }
  // Groups and report dues repeat what the title says; themes, measures, documents and decisions add a reference.
  const linked = item.links.filter((l) => l.title && REFERENCES.has(l.targetType));
  if (linked.length > 0) {
    notes.push(`Bezug: ${linked.map((l) => `${LINK_TYPE_LABELS[l.targetType]} „${l.title}“`).join('; ')}`);
  }
  return notes;
}

/** The Tagesordnung as a numbered table (TOP, Thema, Art, Vortrag, Zeit) with the planned total. */
export function agendaTable(data: MeetingExportData): Table {
  const { agenda, plannedTotalMinutes, durationMinutes } = data.detail;
  return dataTable({
    columns: [
      { header: 'TOP', weight: 8 },
      { header: 'Thema', weight: 50 },
      { header: 'Art', weight: 13 },
      { header: 'Vortrag', weight: 18 },
      { header: 'Zeit', weight: 11, align: 'right' },
    ],
    rows: agenda.map((item) => [
      item.number.replace('TOP ', ''),
      { main: item.title, notes: itemNotes(item) },
      LABELS.agendaItemKind[item.kind],
      item.presenter,
      formatMinutes(item.plannedMinutes),
    ]),
    footer: [
      '',
      { main: 'Geplante Zeit insgesamt', notes: [`Sitzungsdauer: ${formatMinutes(durationMinutes)}`] },
      '',
      '',
      plannedTotalMinutes > 0 ? formatMinutes(plannedTotalMinutes) : '–',
    ],
  });
}

/** "Tagesordnung" with the meeting's facts and the table: the agenda export and a part of the meeting pack. */
export function agendaSection(data: MeetingExportData, depth: HeadingDepth): FileChild[] {
  return [
    heading(`Tagesordnung der ${data.name}`, depth),
    ...meetingFacts(data),
    paragraph('', { spaceAfter: 60 }),
    agendaTable(data),
  ];
}
