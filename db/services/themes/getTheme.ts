import type { Context } from '../../core/context';
import type { AgendaItemStatus, CommitteeKind, CommitteeStatus, MeasureStatus, ThemeStatus } from '../../domain/enums';
import { LABELS } from '../../domain/labels';
import { allowedTransitions, type AllowedTransition } from './lifecycle';
import { summariseEvidence, themeFindings, type Evidence, type ThemeFinding } from './evidence';
import { loadTheme, type Theme } from './themeRecord';

export interface ThemeHistoryEntry {
  id: string;
  fromStatus: ThemeStatus | null;
  toStatus: ThemeStatus;
  toStatusLabel: string;
  changedAt: string;
  note: string | null;
  decision: { id: string; number: string | null; decidedOn: string; text: string; committeeName: string } | null;
}

export interface ThemeDetail extends Theme {
  statusLabel: string;
  fieldOfActionLabel: string | null;
  assignedGroup: {
    id: string; name: string; kind: CommitteeKind; status: CommitteeStatus;
    commissionedByDecisionId: string | null; decisionNumber: string | null; decidedOn: string | null;
  } | null;
  mergedInto: { id: string; title: string } | null;
  mergedFrom: Array<{ id: string; title: string }>;
  evidence: Evidence;
  findings: ThemeFinding[];
  history: ThemeHistoryEntry[];
  measures: Array<{
    id: string; title: string; status: MeasureStatus; committeeId: string | null; committeeName: string | null;
    startDate: string | null; endDate: string | null; approvedByDecisionId: string | null; result: string | null;
  }>;
  agendaItems: Array<{
    id: string; title: string; status: AgendaItemStatus; carryCount: number; meetingId: string; startsAt: string; committeeName: string;
  }>;
  /** What setStatus accepts next, and which of those need a decision of the Lenkungsgruppe. */
  allowedTransitions: AllowedTransition[];
}

export function getTheme(ctx: Context, id: string): ThemeDetail {
  const theme = loadTheme(ctx, id);
  const one = <T>(sql: string, ...params: unknown[]) => ctx.sqlite.prepare(sql).get(...params) as T | undefined;
  const all = <T>(sql: string, ...params: unknown[]) => ctx.sqlite.prepare(sql).all(...params) as T[];
  const fieldLabel = one<{ label: string }>('SELECT label FROM fields_of_action WHERE code = ?', theme.fieldOfAction)?.label ?? null;
  const assignedGroup = theme.assignedCommitteeId
    ? one<ThemeDetail['assignedGroup']>(`SELECT c.id, c.name, c.kind, c.status, c.commissioned_by_decision_id AS commissionedByDecisionId,
        d.number AS decisionNumber, d.decided_on AS decidedOn
      FROM committees c LEFT JOIN decisions d ON d.id = c.commissioned_by_decision_id WHERE c.id = ?`, theme.assignedCommitteeId) ?? null
    : null;
  const findings = themeFindings(ctx, id);
  const history = all<Omit<ThemeHistoryEntry, 'decision' | 'toStatusLabel'> & {
    decisionId: string | null; number: string | null; decidedOn: string; text: string; committeeName: string;
  }>(`SELECT h.id, h.from_status AS fromStatus, h.to_status AS toStatus, h.changed_at AS changedAt, h.note, h.decision_id AS decisionId,
      d.number, d.decided_on AS decidedOn, d.text, c.name AS committeeName
    FROM theme_status_history h LEFT JOIN decisions d ON d.id = h.decision_id
    LEFT JOIN meetings m ON m.id = d.meeting_id LEFT JOIN committees c ON c.id = m.committee_id
    WHERE h.theme_id = ? ORDER BY h.changed_at, h.rowid`, id);
  return {
    ...theme,
    statusLabel: LABELS.themeStatus[theme.status],
    fieldOfActionLabel: fieldLabel,
    assignedGroup,
    mergedInto: theme.mergedIntoThemeId ? one<{ id: string; title: string }>('SELECT id, title FROM themes WHERE id = ?', theme.mergedIntoThemeId) ?? null : null,
    mergedFrom: all('SELECT id, title FROM themes WHERE merged_into_theme_id = ? ORDER BY title', id),
    evidence: summariseEvidence(findings),
    findings,
    history: history.map(({ decisionId, number, decidedOn, text, committeeName, ...h }) => ({
      ...h, toStatusLabel: LABELS.themeStatus[h.toStatus],
      decision: decisionId ? { id: decisionId, number, decidedOn, text, committeeName } : null,
    })),
    measures: all(`SELECT me.id, me.title, me.status, me.committee_id AS committeeId, c.name AS committeeName, me.start_date AS startDate,
        me.end_date AS endDate, me.approved_by_decision_id AS approvedByDecisionId, me.result
      FROM measures me LEFT JOIN committees c ON c.id = me.committee_id WHERE me.theme_id = ?
      ORDER BY me.start_date IS NULL, me.start_date, me.title`, id),
    agendaItems: all(`SELECT a.id, a.title, a.status, a.carry_count AS carryCount, m.id AS meetingId, m.starts_at AS startsAt, c.name AS committeeName
      FROM agenda_item_links l JOIN agenda_items a ON a.id = l.agenda_item_id JOIN meetings m ON m.id = a.meeting_id
      JOIN committees c ON c.id = m.committee_id
      WHERE l.target_type = 'THEME' AND l.target_id = ? ORDER BY m.starts_at, a.position`, id),
    allowedTransitions: theme.mergedIntoThemeId ? [] : allowedTransitions(theme.status),
  };
}
