import type { Context } from '../../core/context';
import { berlinToday } from '../../domain/clock';
import { daysBetween } from '../../domain/dates';
import { LABELS } from '../../domain/labels';
import type { DecisionType } from '../../domain/enums';
import { days, daysDative, germanDate } from '../meetings/wording';
import { effectiveSettings } from '../settings/officeSettings';
import { loadTheme } from '../themes/themeRecord';
import { WITH_SCOPE } from './themeScope';

export const GAP_KINDS = ['PRIORITISED_NO_GROUP', 'GROUP_REPORT_OVERDUE', 'DECISION_NO_OWNER', 'MEASURE_NO_RESULT', 'THEME_CARRIED_OVER'] as const;
export type GapKind = (typeof GAP_KINDS)[number];
export type GapSeverity = 'WARNING' | 'CRITICAL';

export const GAP_TITLES: Record<GapKind, string> = {
  PRIORITISED_NO_GROUP: 'Priorisiert, aber keine Gruppe beauftragt',
  GROUP_REPORT_OVERDUE: 'Bericht einer Gruppe überfällig',
  DECISION_NO_OWNER: 'Beschluss ohne Verantwortliche',
  MEASURE_NO_RESULT: 'Maßnahme beendet, Ergebnis fehlt',
  THEME_CARRIED_OVER: 'Thema mehrfach ohne Beschluss vertagt',
};

export interface GapAlert {
  kind: GapKind;
  severity: GapSeverity;
  /** The day the gap opened (prioritised on, report due on, decided on, measure ended on, first carried over on). */
  since: string;
  daysOpen: number;
  title: string;
  message: string;
  ref: { type: 'THEME' | 'COMMITTEE' | 'DECISION' | 'MEASURE'; id: string };
  themeId: string | null;
  themeTitle: string | null;
}

/** Decisions that set something in motion and therefore need someone who follows up. */
const OWNED_TYPES: readonly DecisionType[] = ['COMMISSION_GROUP', 'APPROVE_MEASURE', 'PRIORITISE_THEMES'];

const LED = '(c.lead_person_id IS NOT NULL OR c.lead_organisation_id IS NOT NULL)';

/**
 * A decision has an owner when a task (not discarded) follows it up, or when what it set in motion has someone
 * responsible: a commissioned group with a lead, an approved measure with responsible organisations, a theme
 * assigned to a group with a lead.
 */
// Commissioning groups and approving measures are looked up as lists built once per query: as correlated lookups
// SQLite scanned all groups and all measures for every decision (no index fits), which grew with the square.
const HAS_OWNER = `(
  EXISTS (SELECT 1 FROM action_items a WHERE a.decision_id = d.id AND a.status <> 'DISCARDED')
  OR d.id IN (SELECT c.commissioned_by_decision_id FROM committees c WHERE c.commissioned_by_decision_id IS NOT NULL AND ${LED})
  OR d.id IN (SELECT me.approved_by_decision_id FROM measures me JOIN measure_organisations mo ON mo.measure_id = me.id
    WHERE me.approved_by_decision_id IS NOT NULL)
  OR EXISTS (SELECT 1 FROM decision_effects e WHERE e.decision_id = d.id AND (
       (e.target_type = 'COMMITTEE' AND EXISTS (SELECT 1 FROM committees c WHERE c.id = e.target_id AND ${LED}))
    OR (e.target_type = 'MEASURE' AND EXISTS (SELECT 1 FROM measure_organisations mo WHERE mo.measure_id = e.target_id))
    OR (e.target_type = 'THEME' AND EXISTS (SELECT 1 FROM themes t JOIN committees c ON c.id = t.assigned_committee_id
         WHERE t.id = e.target_id AND ${LED})))))`;

const shorten = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/**
 * Where the chain from case to measure has stopped: the five gap kinds of the issue, for the whole office or one
 * theme (with its merged themes, groups, measures and decisions). "Today" is the office's day from the clock;
 * thresholds come from the office settings. Most severe and longest open first.
 */
export function gapAlerts(ctx: Context, filter: { themeId?: string | null } = {}): GapAlert[] {
  const themeId = filter.themeId ?? null;
  if (themeId) loadTheme(ctx, themeId);
  const settings = effectiveSettings(ctx);
  const today = berlinToday(ctx.clock);
  const scoped = (where: string) => (themeId ? ` AND ${where}` : '');
  const all = <T>(sql: string) => {
    const full = `${themeId ? WITH_SCOPE : ''} ${sql}`;
    // better-sqlite3 refuses named parameters a statement does not use.
    return ctx.sqlite.prepare(full).all(Object.fromEntries(Object.entries({ themeId, today }).filter(([k]) => full.includes(`@${k}`)))) as T[];
  };
  const open = (since: string) => Math.max(0, daysBetween(since, today));
  const alerts: GapAlert[] = [];

  const threshold = settings.prioritisedWithoutGroupAlertDays;
  for (const t of all<{ id: string; title: string; since: string }>(`
    SELECT t.id, t.title, (SELECT coalesce(d.decided_on, substr(h.changed_at, 1, 10)) FROM theme_status_history h
        LEFT JOIN decisions d ON d.id = h.decision_id WHERE h.theme_id = t.id AND h.to_status = 'PRIORITISED'
        ORDER BY h.changed_at DESC, h.rowid DESC LIMIT 1) AS since
    FROM themes t WHERE t.status = 'PRIORITISED' AND t.assigned_committee_id IS NULL AND t.merged_into_theme_id IS NULL
      ${scoped('t.id = @themeId')}`)) {
    const since = t.since ?? today;
    const n = open(since);
    if (n <= threshold) continue;
    alerts.push({ kind: 'PRIORITISED_NO_GROUP', severity: n > 2 * threshold ? 'CRITICAL' : 'WARNING', since, daysOpen: n,
      title: GAP_TITLES.PRIORITISED_NO_GROUP,
      message: `„${t.title}“ ist seit dem ${germanDate(since)} priorisiert (${days(n)}); eine Projekt- oder Arbeitsgruppe ist noch nicht beauftragt.`,
      ref: { type: 'THEME', id: t.id }, themeId: t.id, themeTitle: t.title });
  }

  for (const r of all<{ committeeId: string; name: string; dueDate: string; topic: string | null }>(`
    SELECT c.id AS committeeId, c.name, r.due_date AS dueDate, r.topic FROM committee_report_dues r JOIN committees c ON c.id = r.committee_id
    WHERE r.delivered_on IS NULL AND r.due_date < @today AND c.status <> 'CLOSED' ${scoped('c.id IN (SELECT id FROM chain_groups)')}`)) {
    const n = open(r.dueDate);
    alerts.push({ kind: 'GROUP_REPORT_OVERDUE', severity: n > 90 ? 'CRITICAL' : 'WARNING', since: r.dueDate, daysOpen: n,
      title: GAP_TITLES.GROUP_REPORT_OVERDUE,
      message: `„${r.name}“: Der Bericht an die Lenkungsgruppe${r.topic ? ` („${shorten(r.topic)}“)` : ''} war am ${germanDate(r.dueDate)} fällig und ist seit ${daysDative(n)} überfällig.`,
      ref: { type: 'COMMITTEE', id: r.committeeId }, themeId, themeTitle: null });
  }

  for (const d of all<{ id: string; number: string | null; text: string; decidedOn: string; type: DecisionType }>(`
    SELECT d.id, d.number, d.text, d.decided_on AS decidedOn, d.type FROM decisions d
    WHERE d.type IN (${OWNED_TYPES.map((x) => `'${x}'`).join(', ')}) AND d.decided_on <= @today AND NOT ${HAS_OWNER}
      ${scoped('d.id IN (SELECT id FROM chain_decisions)')}`)) {
    const n = open(d.decidedOn);
    alerts.push({ kind: 'DECISION_NO_OWNER', severity: 'WARNING', since: d.decidedOn, daysOpen: n, title: GAP_TITLES.DECISION_NO_OWNER,
      message: `${d.number ? `Beschluss ${d.number}` : 'Beschluss'} vom ${germanDate(d.decidedOn)} (${LABELS.decisionType[d.type]}: „${shorten(d.text)}“): `
        + 'Es ist weder eine Aufgabe noch eine verantwortliche Stelle erfasst.',
      ref: { type: 'DECISION', id: d.id }, themeId, themeTitle: null });
  }

  for (const m of all<{ id: string; title: string; endDate: string; themeId: string | null; themeTitle: string | null }>(`
    SELECT me.id, me.title, me.end_date AS endDate, t.id AS themeId, t.title AS themeTitle FROM measures me LEFT JOIN themes t ON t.id = me.theme_id
    WHERE me.end_date < @today AND me.status <> 'CANCELLED' AND (me.result IS NULL OR trim(me.result) = '')
      ${scoped('me.id IN (SELECT id FROM theme_measures)')}`)) {
    const n = open(m.endDate);
    alerts.push({ kind: 'MEASURE_NO_RESULT', severity: n > 90 ? 'CRITICAL' : 'WARNING', since: m.endDate, daysOpen: n,
      title: GAP_TITLES.MEASURE_NO_RESULT,
      message: `„${m.title}“ endete am ${germanDate(m.endDate)} (vor ${daysDative(n)}); ein Ergebnis ist noch nicht erfasst.`,
      ref: { type: 'MEASURE', id: m.id }, themeId: m.themeId, themeTitle: m.themeTitle });
  }

  const carries = settings.carryOverAlertCount;
  for (const t of all<{ id: string; title: string; carried: number; since: string }>(`
    SELECT t.id, t.title, max(a.carry_count + (a.status = 'CARRIED_OVER')) AS carried,
      (SELECT min(substr(m.starts_at, 1, 10)) FROM agenda_item_links l2 JOIN agenda_items a2 ON a2.id = l2.agenda_item_id
         JOIN meetings m ON m.id = a2.meeting_id WHERE l2.target_type = 'THEME' AND l2.target_id = t.id AND a2.status = 'CARRIED_OVER') AS since
    FROM themes t JOIN agenda_item_links l ON l.target_type = 'THEME' AND l.target_id = t.id JOIN agenda_items a ON a.id = l.agenda_item_id
    WHERE t.status IN ('IDENTIFIED', 'CONSOLIDATED', 'PROPOSED') AND t.merged_into_theme_id IS NULL
      AND a.status IN ('CARRIED_OVER', 'OPEN') AND NOT EXISTS (SELECT 1 FROM agenda_items s WHERE s.carried_from_item_id = a.id)
      AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.agenda_item_id = a.id) ${scoped('t.id = @themeId')}
    GROUP BY t.id`)) {
    if (t.carried < carries || !t.since) continue;
    const n = open(t.since);
    alerts.push({ kind: 'THEME_CARRIED_OVER', severity: t.carried > carries ? 'CRITICAL' : 'WARNING', since: t.since, daysOpen: n,
      title: GAP_TITLES.THEME_CARRIED_OVER,
      message: `„${t.title}“ wurde ${t.carried}-mal ohne Beschluss vertagt, zuerst in der Sitzung am ${germanDate(t.since)}.`,
      ref: { type: 'THEME', id: t.id }, themeId: t.id, themeTitle: t.title });
  }

  const weight = (s: GapSeverity) => (s === 'CRITICAL' ? 0 : 1);
  return alerts.sort((a, b) => weight(a.severity) - weight(b.severity) || b.daysOpen - a.daysOpen || a.title.localeCompare(b.title, 'de')
    || a.message.localeCompare(b.message, 'de'));
}
