import type { FileChild } from 'docx';
import { LABELS } from '../../domain/labels';
import { dateOf } from '../../domain/dates';
import type { MembershipRole } from '../../domain/enums';
import { formatDate, formatTimeRange, formatWeekdayDate } from '../../domain/format';
import type { Attendee, MinutesDecision, MinutesItem, MinutesModel, MinutesTask } from '../../services/minutes/model';
import { bold, box, deeper, facts, heading, italic, link, paragraph, textBlock, type HeadingDepth } from '../docx/blocks';
import { DATE_CM, STATUS_CM, dataTable, type Cell } from '../docx/table';

// Roles worth naming beside a member; plain voting members need no note.
const ROLE_NOTE: Partial<Record<MembershipRole, string>> = {
  CHAIR: LABELS.membershipRole.CHAIR, SECRETARIAT: LABELS.membershipRole.SECRETARIAT, ADVISORY: LABELS.membershipRole.ADVISORY,
};

function statusLine(m: MinutesModel): string {
  if (m.status === 'APPROVED') return m.approval ? `Genehmigt in der ${m.approval.approvedInMeetingLabel}.` : 'Genehmigt.';
  if (m.status === 'DRAFT') return 'Entwurf – noch nicht genehmigt.';
  return 'Vorschau aus den erfassten Daten – das Protokoll ist noch nicht angelegt.';
}

function attendanceTable(m: MinutesModel): FileChild[] {
  const itemNumber = (id: string | null) => (id ? m.items.find((i) => i.agendaItemId === id)?.number ?? null : null);
  const row = (a: Attendee, participation: string): Cell[] => {
    const arrived = itemNumber(a.arrivedBeforeItemId);
    const left = itemNumber(a.leftAfterItemId);
    const note = [a.role ? ROLE_NOTE[a.role] : undefined, a.note, arrived ? `ab ${arrived}` : null, left ? `bis ${left}` : null]
      .filter(Boolean).join('; ');
    const organisation = a.name === a.organisationName ? a.seatLabel : a.organisationName ?? a.seatLabel;
    return [a.name, organisation, participation, note];
  };
  const { present, represented, excused, absent, guests } = m.attendance;
  const rows = [
    ...present.map((a) => row(a, 'anwesend')),
    ...represented.map((a) => row(a, `vertreten durch ${a.representedByName ?? 'die Stellvertretung'}`)),
    ...excused.map((a) => row(a, 'entschuldigt')),
    ...absent.map((a) => row(a, 'abwesend')),
    ...guests.map((a) => row(a, 'Gast')),
  ];
  if (rows.length === 0) return [paragraph(italic('Die Anwesenheit ist nicht erfasst.'))];
  return [dataTable({
    columns: [
      { header: 'Name', weight: 27 }, { header: 'Organisation / Sitz', weight: 27 },
      { header: 'Teilnahme', weight: 24 }, { header: 'Bemerkung', weight: 22 },
    ],
    rows,
  })];
}

export function tasksTable(tasks: readonly MinutesTask[]): FileChild {
  return dataTable({
    columns: [
      { header: 'Aufgabe', weight: 62 }, { header: 'Zuständig', weight: 38 },
      { header: 'Frist', cm: DATE_CM }, { header: 'Stand', cm: STATUS_CM },
    ],
    rows: tasks.map((t) => [t.title, t.ownerName || '–', formatDate(t.dueDate) || '–', LABELS.taskStatus[t.status]]),
  });
}

function decisionBlocks(d: MinutesDecision): FileChild[] {
  const override = d.overrideReason ? ` Ausnahme von der Beschlussfähigkeit: ${d.overrideReason}` : '';
  return [
    box([bold(d.number ? `Beschluss ${d.number}: ` : 'Beschluss: '), d.text]),
    paragraph([bold('Ergebnis: '), `${d.resultText} (${LABELS.decisionType[d.type]}).${override}`]),
    ...(d.tasks.length > 0 ? [paragraph(bold('Aufgaben'), { keepNext: true, spaceAfter: 60 }), tasksTable(d.tasks)] : []),
  ];
}

function itemBlocks(item: MinutesItem, depth: HeadingDepth): FileChild[] {
  const meta = [LABELS.agendaItemKind[item.kind], item.presenter ? `Vortrag: ${item.presenter}` : null].filter(Boolean).join(' · ');
  return [
    heading(`${item.number}: ${item.title}`, depth),
    paragraph(meta, { small: true, keepNext: true }),
    ...(item.quorumNote ? [paragraph(item.quorumNote, { small: true })] : []),
    ...textBlock(item.minutesText),
    ...(item.status === 'CARRIED_OVER'
      ? [box([bold('Vertagt. '), item.carryReason ?? 'Der Punkt wird in einer späteren Sitzung behandelt.'])] : []),
    ...item.decisions.flatMap(decisionBlocks),
  ];
}

/**
 * The Ergebnisprotokoll (3b's minutes model, as minutes.get returns it): facts and approval status, attendance
 * with deputies and arrivals, the quorum, per item text, decisions with results and tasks; then agreements
 * without a decision, closing text, recorded corrections and the approved content's hash.
 */
export function minutesSection(m: MinutesModel, options: { name: string; depth: HeadingDepth }): FileChild[] {
  const h = m.header;
  const sub = deeper(options.depth, 1);
  return [
    heading(`Ergebnisprotokoll der ${options.name}`, options.depth),
    paragraph(statusLine(m), { small: true }),
    ...(m.intact === false
      ? [box(bold('Achtung: Der gespeicherte Inhalt weicht von der genehmigten Fassung ab (Prüfsumme stimmt nicht).'))] : []),
    ...facts([
      ['Datum', formatWeekdayDate(dateOf(h.startsAt))],
      ['Uhrzeit', formatTimeRange(h.startsAt, h.durationMinutes)],
      ['Ort', h.location ?? (h.onlineUrl ? 'online' : null)],
      ['Online', h.onlineUrl ? link(h.onlineUrl, h.onlineUrl) : null],
      ['Sitzungsleitung', h.chairName],
      ['Protokoll', h.author],
    ]),
    ...textBlock(m.preamble, { spaceBefore: 160 }),
    heading('Teilnahme', sub),
    ...attendanceTable(m),
    paragraph([bold('Beschlussfähigkeit: '), m.quorum.explanation], { spaceBefore: 120 }),
    ...m.items.flatMap((item) => itemBlocks(item, sub)),
    ...(m.meetingTasks.length > 0 ? [heading('Weitere Vereinbarungen', sub), tasksTable(m.meetingTasks)] : []),
    ...textBlock(m.closingText, { spaceBefore: 200 }),
    ...(m.amendments.length > 0
      ? [
        heading('Berichtigungen nach der Genehmigung', sub),
        ...m.amendments.flatMap((a) => [
          paragraph([bold(`${formatDate(a.amendedOn)}${a.agendaItemNumber ? ` (${a.agendaItemNumber})` : ''}: `), a.reason]),
          ...textBlock(a.text),
        ]),
      ]
      : []),
    ...(m.contentHash
      ? [paragraph(`Prüfsumme des genehmigten Inhalts (SHA-256): ${m.contentHash}`, { small: true, spaceBefore: 240 })] : []),
  ];
}
