import type { Context } from '../../core/context';
import { berlinLocal } from '../../domain/dates';
import type {
  AgendaItemStatus, CaseSource, CommitteeKind, FindingKind, MeasureStatus, MeetingStatus, ReconstructionFormat, RoundTableFormat, ThemeStatus,
} from '../../domain/enums';
import { LABELS } from '../../domain/labels';
import { germanDate, meetingLabel } from '../meetings/wording';
import { loadTheme } from '../themes/themeRecord';
import { WITH_SCOPE } from './themeScope';

/** Also the order within one day: the session, what it found, the agenda, the decision, what the decision changed. */
export const TIMELINE_KINDS = [
  'RECONSTRUCTION', 'ROUND_TABLE', 'FINDING', 'AGENDA', 'DECISION', 'STATUS', 'GROUP', 'GROUP_MEETING', 'MEASURE', 'RESULT',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineEntry {
  date: string;
  kind: TimelineKind;
  title: string;
  detail: string | null;
  ref: { type: string; id: string };
}

const shorten = (text: string | null, max = 240) => (text && text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
const join = (...parts: Array<string | null | undefined | false>) => parts.filter(Boolean).join(' · ') || null;
const findings = (n: number) => `${n} ${n === 1 ? 'Erkenntnis' : 'Erkenntnisse'}`;

/**
 * One theme's chain, oldest first: the sessions its findings came from, the findings, status changes (also of
 * themes merged into it), agenda items, decisions, groups with their meetings and reports, measures and results.
 */
export function chainTimeline(ctx: Context, themeId: string): TimelineEntry[] {
  loadTheme(ctx, themeId);
  const all = <T>(sql: string) => ctx.sqlite.prepare(`${WITH_SCOPE} ${sql}`).all({ themeId }) as T[];
  const entries: Array<{ entry: TimelineEntry; rank: number }> = [];
  const add = (entry: TimelineEntry, rank = TIMELINE_KINDS.indexOf(entry.kind)) => entries.push({ entry, rank });

  for (const r of all<{ id: string; heldOn: string; format: ReconstructionFormat; caseSource: CaseSource; municipality: string | null; n: number }>(`
    SELECT r.id, r.held_on AS heldOn, r.format, r.case_source AS caseSource, mu.name AS municipality, count(*) AS n
    FROM findings f JOIN case_reconstructions r ON r.id = f.reconstruction_id LEFT JOIN municipalities mu ON mu.id = r.municipality_id
    WHERE f.theme_id IN (SELECT id FROM scope) GROUP BY r.id ORDER BY r.held_on, r.id`)) {
    add({ date: r.heldOn, kind: 'RECONSTRUCTION', title: LABELS.reconstructionFormat[r.format],
      detail: join(r.municipality, `Fall aus: ${LABELS.caseSource[r.caseSource]}`, findings(r.n)), ref: { type: 'RECONSTRUCTION', id: r.id } });
  }
  for (const r of all<{ id: string; heldOn: string; title: string; format: RoundTableFormat; places: string | null; n: number }>(`
    SELECT rt.id, rt.held_on AS heldOn, rt.title, rt.format, count(*) AS n,
      (SELECT group_concat(name, ', ') FROM (SELECT mu.name FROM round_table_municipalities rm JOIN municipalities mu ON mu.id = rm.municipality_id
         WHERE rm.round_table_id = rt.id ORDER BY mu.name)) AS places
    FROM findings f JOIN round_tables rt ON rt.id = f.round_table_id WHERE f.theme_id IN (SELECT id FROM scope) GROUP BY rt.id ORDER BY rt.held_on, rt.id`)) {
    add({ date: r.heldOn, kind: 'ROUND_TABLE', title: r.title, detail: join(LABELS.roundTableFormat[r.format], r.places, findings(r.n)),
      ref: { type: 'ROUND_TABLE', id: r.id } });
  }
  for (const f of all<{ id: string; date: string; kind: FindingKind; description: string }>(`
    SELECT f.id, coalesce(r.held_on, rt.held_on, substr(f.created_at, 1, 10)) AS date, f.kind, f.description
    FROM findings f LEFT JOIN case_reconstructions r ON r.id = f.reconstruction_id LEFT JOIN round_tables rt ON rt.id = f.round_table_id
    WHERE f.theme_id IN (SELECT id FROM scope) ORDER BY date, f.created_at, f.id`)) {
    add({ date: f.date, kind: 'FINDING', title: `Erkenntnis: ${LABELS.findingKind[f.kind]}`, detail: shorten(f.description), ref: { type: 'FINDING', id: f.id } });
  }
  for (const h of all<{ themeId: string; themeTitle: string; changedAt: string; from: ThemeStatus | null; to: ThemeStatus; note: string | null; number: string | null; decidedOn: string | null }>(`
    SELECT h.theme_id AS themeId, t.title AS themeTitle, h.changed_at AS changedAt, h.from_status AS "from", h.to_status AS "to", h.note, d.number,
      d.decided_on AS decidedOn
    FROM theme_status_history h JOIN themes t ON t.id = h.theme_id LEFT JOIN decisions d ON d.id = h.decision_id
    WHERE h.theme_id IN (SELECT id FROM scope) ORDER BY h.changed_at, h.rowid`)) {
    // A change the steering group decided dates from its decision, even when it was recorded later.
    add({ date: h.decidedOn ?? berlinLocal(new Date(h.changedAt)).slice(0, 10), kind: 'STATUS', title: `Status: ${LABELS.themeStatus[h.to]}`,
      detail: join(h.themeId !== themeId && `Thema „${h.themeTitle}“`, h.from && `vorher: ${LABELS.themeStatus[h.from]}`, h.note,
        h.number && `Beschluss ${h.number}`),
      ref: { type: 'THEME', id: h.themeId } },
    // Within a day a decided change follows its decision; any other change (bundled, put on the agenda) precedes the agenda.
    h.decidedOn ? TIMELINE_KINDS.indexOf('STATUS') : TIMELINE_KINDS.indexOf('AGENDA') - 0.5);
  }
  for (const a of all<{ id: string; title: string; status: AgendaItemStatus; carryReason: string | null; startsAt: string; sequenceNo: number | null; meetingTitle: string | null; committee: string }>(`
    SELECT a.id, a.title, a.status, a.carry_reason AS carryReason, m.starts_at AS startsAt, m.sequence_no AS sequenceNo, m.title AS meetingTitle,
      c.name AS committee
    FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id JOIN committees c ON c.id = m.committee_id
    WHERE a.id IN (SELECT id FROM chain_items) AND m.status <> 'CANCELLED' ORDER BY m.starts_at, a.position`)) {
    add({ date: a.startsAt.slice(0, 10), kind: 'AGENDA', title: `Tagesordnung: „${a.title}“`,
      detail: join(`${a.committee}, ${meetingLabel(a)}`, LABELS.agendaItemStatus[a.status], a.status === 'CARRIED_OVER' && a.carryReason),
      ref: { type: 'AGENDA_ITEM', id: a.id } });
  }
  for (const d of all<{ id: string; number: string | null; text: string; decidedOn: string; committee: string }>(`
    SELECT d.id, d.number, d.text, d.decided_on AS decidedOn, c.name AS committee
    FROM decisions d JOIN meetings m ON m.id = d.meeting_id JOIN committees c ON c.id = m.committee_id WHERE d.id IN (SELECT id FROM chain_decisions)
    ORDER BY d.decided_on, d.number, d.id`)) {
    add({ date: d.decidedOn, kind: 'DECISION', title: `Beschluss${d.number ? ` ${d.number}` : ''} (${d.committee})`, detail: shorten(d.text),
      ref: { type: 'DECISION', id: d.id } });
  }
  addGroups(ctx, themeId, add);
  for (const m of all<{ id: string; title: string; status: MeasureStatus; startDate: string | null; endDate: string | null; createdAt: string; updatedAt: string; targetAgreement: string | null; result: string | null }>(`
    SELECT id, title, status, start_date AS startDate, end_date AS endDate, created_at AS createdAt, updated_at AS updatedAt,
      target_agreement AS targetAgreement, result FROM measures WHERE id IN (SELECT id FROM theme_measures) ORDER BY start_date, title, id`)) {
    add({ date: m.startDate ?? m.createdAt.slice(0, 10), kind: 'MEASURE', title: `Maßnahme „${m.title}“`,
      detail: join(LABELS.measureStatus[m.status], shorten(m.targetAgreement, 160)), ref: { type: 'MEASURE', id: m.id } });
    if (m.result?.trim()) {
      add({ date: m.endDate ?? m.updatedAt.slice(0, 10), kind: 'RESULT', title: `Ergebnis: „${m.title}“`, detail: shorten(m.result), ref: { type: 'MEASURE', id: m.id } });
    }
  }
  // A stable sort: within a day and kind the entries keep the order of their queries (status changes as recorded).
  return entries.sort((a, b) => a.entry.date.localeCompare(b.entry.date) || a.rank - b.rank).map((e) => e.entry);
}

function addGroups(ctx: Context, themeId: string, add: (entry: TimelineEntry) => void): void {
  const all = <T>(sql: string) => ctx.sqlite.prepare(`${WITH_SCOPE} ${sql}`).all({ themeId }) as T[];
  for (const g of all<{ id: string; kind: CommitteeKind; name: string; mandate: string | null; startDate: string | null; decidedOn: string | null; createdAt: string; endDate: string | null; status: string; closingResult: string | null }>(`
    SELECT c.id, c.kind, c.name, c.mandate, c.start_date AS startDate, d.decided_on AS decidedOn, c.created_at AS createdAt, c.end_date AS endDate,
      c.status, c.closing_result AS closingResult
    FROM committees c LEFT JOIN decisions d ON d.id = c.commissioned_by_decision_id WHERE c.id IN (SELECT id FROM chain_groups)
    ORDER BY c.start_date, c.name`)) {
    const kind = LABELS.committeeKind[g.kind];
    add({ date: g.startDate ?? g.decidedOn ?? g.createdAt.slice(0, 10), kind: 'GROUP', title: `${kind} „${g.name}“ eingesetzt`,
      detail: shorten(g.mandate), ref: { type: 'COMMITTEE', id: g.id } });
    if (g.status === 'CLOSED' && g.endDate) {
      add({ date: g.endDate, kind: 'GROUP', title: `${kind} „${g.name}“ abgeschlossen`, detail: shorten(g.closingResult), ref: { type: 'COMMITTEE', id: g.id } });
    }
  }
  for (const r of all<{ id: string; name: string; topic: string | null; deliveredOn: string; dueDate: string }>(`
    SELECT r.id, c.name, r.topic, r.delivered_on AS deliveredOn, r.due_date AS dueDate FROM committee_report_dues r
    JOIN committees c ON c.id = r.committee_id WHERE r.committee_id IN (SELECT id FROM chain_groups) AND r.delivered_on IS NOT NULL
    ORDER BY r.delivered_on, r.id`)) {
    add({ date: r.deliveredOn, kind: 'GROUP', title: `Bericht von „${r.name}“ erstattet`, detail: join(r.topic, `fällig am ${germanDate(r.dueDate)}`),
      ref: { type: 'REPORT_DUE', id: r.id } });
  }
  for (const m of all<{ id: string; startsAt: string; sequenceNo: number | null; title: string | null; status: MeetingStatus; name: string }>(`
    SELECT m.id, m.starts_at AS startsAt, m.sequence_no AS sequenceNo, m.title, m.status, c.name FROM meetings m JOIN committees c ON c.id = m.committee_id
    WHERE m.committee_id IN (SELECT id FROM chain_groups) AND m.status <> 'CANCELLED' ORDER BY m.starts_at, m.id`)) {
    add({ date: m.startsAt.slice(0, 10), kind: 'GROUP_MEETING', title: `${m.name}: ${m.sequenceNo != null ? `${m.sequenceNo}. Sitzung` : m.title ?? 'Sitzung'}`,
      detail: LABELS.meetingStatus[m.status], ref: { type: 'MEETING', id: m.id } });
  }
}
