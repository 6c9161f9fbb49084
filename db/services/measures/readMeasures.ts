import type { Context } from '../../core/context';
import { notFound } from '../../api/errors';
import { berlinToday } from '../../domain/clock';
import type { BudgetLine, MeasureStatus } from '../../domain/enums';
import { LABELS } from '../../domain/labels';
import { budgetWarnings } from './budgetCaps';
import { nextMeasureStatuses } from './measureLifecycle';

export interface MeasureListRow {
  id: string;
  title: string;
  status: MeasureStatus;
  statusLabel: string;
  themeId: string | null;
  themeTitle: string | null;
  committeeId: string | null;
  committeeName: string | null;
  startDate: string | null;
  endDate: string | null;
  budgetLine: BudgetLine | null;
  totalBudgetCents: number;
  /** With a year filter: the budget of that year. */
  yearBudgetCents: number | null;
  approvedByDecisionId: string | null;
  approvedByDecisionNumber: string | null;
  approvedOn: string | null;
  responsibleOrganisationNames: string[];
  hasResult: boolean;
  /** Past its end date, not cancelled, and no result recorded yet. */
  resultOverdue: boolean;
}

export interface MeasureFilter {
  themeId?: string | null;
  committeeId?: string | null;
  status?: MeasureStatus | null;
  /** Measures running in that year or with a budget in it. */
  year?: number | null;
}

const SELECT = `
  SELECT me.id, me.title, me.status, me.theme_id AS themeId, t.title AS themeTitle, me.committee_id AS committeeId, c.name AS committeeName,
    me.start_date AS startDate, me.end_date AS endDate, me.budget_line AS budgetLine,
    coalesce((SELECT sum(b.amount_cents) FROM measure_budgets b WHERE b.measure_id = me.id), 0) AS totalBudgetCents,
    CASE WHEN @year IS NULL THEN NULL
      ELSE coalesce((SELECT b.amount_cents FROM measure_budgets b WHERE b.measure_id = me.id AND b.year = @year), 0) END AS yearBudgetCents,
    me.approved_by_decision_id AS approvedByDecisionId, d.number AS approvedByDecisionNumber, d.decided_on AS approvedOn,
    (SELECT group_concat(name, char(31)) FROM (SELECT coalesce(o.short_name, o.name) AS name FROM measure_organisations mo
       JOIN organisations o ON o.id = mo.organisation_id WHERE mo.measure_id = me.id ORDER BY 1)) AS organisations,
    (me.result IS NOT NULL AND trim(me.result) <> '') AS hasResult,
    (me.end_date < @today AND me.status <> 'CANCELLED' AND (me.result IS NULL OR trim(me.result) = '')) AS resultOverdue
  FROM measures me LEFT JOIN themes t ON t.id = me.theme_id LEFT JOIN committees c ON c.id = me.committee_id
  LEFT JOIN decisions d ON d.id = me.approved_by_decision_id`;

type Raw = Omit<MeasureListRow, 'statusLabel' | 'responsibleOrganisationNames' | 'hasResult' | 'resultOverdue'> & {
  organisations: string | null; hasResult: number; resultOverdue: number | null;
};

const toRow = ({ organisations, ...r }: Raw): MeasureListRow => ({
  ...r, statusLabel: LABELS.measureStatus[r.status] ?? r.status,
  responsibleOrganisationNames: organisations ? organisations.split('\u001f') : [],
  hasResult: r.hasResult === 1, resultOverdue: r.resultOverdue === 1,
});

export function listMeasures(ctx: Context, filter: MeasureFilter = {}): MeasureListRow[] {
  const where: string[] = [];
  if (filter.themeId) where.push('me.theme_id = @themeId');
  if (filter.committeeId) where.push('me.committee_id = @committeeId');
  if (filter.status) where.push('me.status = @status');
  if (filter.year != null) {
    where.push(`((coalesce(me.start_date, '0000') <= @yearEnd AND coalesce(me.end_date, '9999') >= @yearStart AND (me.start_date IS NOT NULL OR me.end_date IS NOT NULL))
      OR EXISTS (SELECT 1 FROM measure_budgets b WHERE b.measure_id = me.id AND b.year = @year))`);
  }
  const params = {
    today: berlinToday(ctx.clock), year: filter.year ?? null, themeId: filter.themeId ?? null, committeeId: filter.committeeId ?? null,
    status: filter.status ?? null, yearStart: `${filter.year}-01-01`, yearEnd: `${filter.year}-12-31`,
  };
  const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY me.start_date IS NULL, me.start_date, me.title, me.id`;
  const used = Object.fromEntries(Object.entries(params).filter(([key]) => sql.includes(`@${key}`)));
  return (ctx.sqlite.prepare(sql).all(used) as Raw[]).map(toRow);
}

export interface MeasureDetail extends MeasureListRow {
  targetAgreement: string | null;
  indicators: string | null;
  result: string | null;
  evidence: string | null;
  budgets: Array<{ year: number; amountCents: number }>;
  responsibleOrganisationIds: string[];
  /** Statuses measures.update accepts next; "beschlossen" only ever comes from a steering decision. */
  nextStatuses: MeasureStatus[];
  /** Years in which this measure's budget line is over its cap, counting all measures. */
  budgetWarnings: string[];
  createdAt: string;
  updatedAt: string;
}

export function getMeasure(ctx: Context, id: string): MeasureDetail {
  const row = ctx.sqlite.prepare(`${SELECT} WHERE me.id = @id`).get({ id, today: berlinToday(ctx.clock), year: null }) as Raw | undefined;
  if (!row) throw notFound('Maßnahme');
  const extra = ctx.sqlite.prepare(`SELECT target_agreement AS targetAgreement, indicators, result, evidence, created_at AS createdAt,
    updated_at AS updatedAt FROM measures WHERE id = ?`).get(id) as Pick<MeasureDetail, 'targetAgreement' | 'indicators' | 'result' | 'evidence' | 'createdAt' | 'updatedAt'>;
  const budgets = ctx.sqlite.prepare('SELECT year, amount_cents AS amountCents FROM measure_budgets WHERE measure_id = ? ORDER BY year')
    .all(id) as MeasureDetail['budgets'];
  const organisationIds = ctx.sqlite.prepare(`SELECT mo.organisation_id FROM measure_organisations mo JOIN organisations o ON o.id = mo.organisation_id
    WHERE mo.measure_id = ? ORDER BY coalesce(o.short_name, o.name)`).pluck().all(id) as string[];
  const base = toRow(row);
  return {
    ...base, ...extra, budgets, responsibleOrganisationIds: organisationIds,
    nextStatuses: nextMeasureStatuses(base.status, base.themeId != null),
    budgetWarnings: base.status === 'CANCELLED' ? [] : budgetWarnings(ctx, base.budgetLine, budgets.map((b) => b.year)),
  };
}
