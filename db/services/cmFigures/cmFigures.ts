import { cmAggregates } from '../../schema';
import type { Context } from '../../core/context';
import { ApiError } from '../../api/errors';
import { berlinToday } from '../../domain/clock';
import { formatDate } from '../../domain/format';
import { crud } from '../crud';
import { assertReferencesExist } from '../references';
import { apiMessage, CM_LABELS, plausibilityIssues, type CmFigureValues } from './rules';

export type CmFigure = typeof cmAggregates.$inferSelect;

export interface CmFigureInput extends CmFigureValues {
  source: string | null;
}

const figureCrud = crud<CmFigure>({
  table: cmAggregates,
  displayName: (row) => `${formatDate(String(row.periodStart))}–${formatDate(String(row.periodEnd))}`,
  labels: CM_LABELS,
});

type Unit = Pick<CmFigureValues, 'providerOrganisationId' | 'municipalityId' | 'fieldOfAction'>;

/** Entries of the same provider, municipality and field of action (null matching null: "not broken down"). */
export function entriesOfUnit(ctx: Context, unit: Unit): CmFigure[] {
  return ctx.sqlite.prepare(`SELECT id, period_start AS periodStart, period_end AS periodEnd, provider_organisation_id AS providerOrganisationId,
      municipality_id AS municipalityId, field_of_action AS fieldOfAction, new_cases AS newCases, active_cases AS activeCases,
      closed_cases AS closedCases, contacts, accompaniments, referrals, avg_duration_days AS avgDurationDays, source,
      created_at AS createdAt, updated_at AS updatedAt
    FROM cm_aggregates WHERE provider_organisation_id = ? AND municipality_id IS ? AND field_of_action IS ?
    ORDER BY period_start`).all(unit.providerOrganisationId, unit.municipalityId, unit.fieldOfAction) as CmFigure[];
}

export const samePeriod = (a: { periodStart: string; periodEnd: string }, b: { periodStart: string; periodEnd: string }) =>
  a.periodStart === b.periodStart && a.periodEnd === b.periodEnd;

export const overlaps = (a: { periodStart: string; periodEnd: string }, b: { periodStart: string; periodEnd: string }) =>
  a.periodStart <= b.periodEnd && b.periodStart <= a.periodEnd;

export const periodText = (p: { periodStart: string; periodEnd: string }) => `${formatDate(p.periodStart)}–${formatDate(p.periodEnd)}`;

/**
 * Saves one grid cell: the entry for this period × provider × municipality × field of action is created or, when it
 * exists, replaced. A different period that overlaps an existing one of the same unit is refused, since the figures
 * would be counted twice in every summary.
 */
export function upsertCmFigure(ctx: Context, input: CmFigureInput): { figure: CmFigure; created: boolean } {
  return ctx.write(() => {
    const issues = plausibilityIssues(input, berlinToday(ctx.clock)).map((i) => ({ field: i.field, message: apiMessage(i) }));
    if (issues.length > 0) {
      throw new ApiError('VALIDATION', issues.length === 1 ? issues[0].message : `Bitte prüfen Sie ${issues.length} Eingaben: ${issues.map((i) => i.message).join(' ')}`, issues);
    }
    assertReferencesExist(ctx, 'cm_aggregates', { ...input }, CM_LABELS);
    const unit = entriesOfUnit(ctx, input);
    const existing = unit.find((row) => samePeriod(row, input));
    const clash = unit.find((row) => row !== existing && overlaps(row, input));
    if (clash) {
      const message = `${CM_LABELS.periodStart}: Der Zeitraum überschneidet sich mit dem bereits erfassten Zeitraum ${periodText(clash)} `
        + 'für denselben Träger, dieselbe Kommune und dasselbe Handlungsfeld.';
      throw new ApiError('CONFLICT', message, [{ field: 'periodStart', message }]);
    }
    const figure = existing ? figureCrud.update(ctx, existing.id, { ...input }) : figureCrud.create(ctx, { ...input });
    return { figure, created: !existing };
  });
}

export const deleteCmFigure = (ctx: Context, id: string) => figureCrud.remove(ctx, id);

export interface CmFigureFilter {
  periodStart?: string | null;
  periodEnd?: string | null;
  providerOrganisationId?: string | null;
  municipalityId?: string | null;
}

export interface CmFigureRow extends CmFigure {
  providerName: string;
  municipalityName: string | null;
  fieldOfActionLabel: string | null;
}

/** Entries whose period touches the given range, by period, provider, municipality and field of action. */
export function listCmFigures(ctx: Context, filter: CmFigureFilter): CmFigureRow[] {
  const where: string[] = [];
  const params: string[] = [];
  if (filter.periodStart) { where.push('a.period_end >= ?'); params.push(filter.periodStart); }
  if (filter.periodEnd) { where.push('a.period_start <= ?'); params.push(filter.periodEnd); }
  if (filter.providerOrganisationId) { where.push('a.provider_organisation_id = ?'); params.push(filter.providerOrganisationId); }
  if (filter.municipalityId) { where.push('a.municipality_id = ?'); params.push(filter.municipalityId); }
  return ctx.sqlite.prepare(`SELECT a.id, a.period_start AS periodStart, a.period_end AS periodEnd,
      a.provider_organisation_id AS providerOrganisationId, a.municipality_id AS municipalityId, a.field_of_action AS fieldOfAction,
      a.new_cases AS newCases, a.active_cases AS activeCases, a.closed_cases AS closedCases, a.contacts, a.accompaniments,
      a.referrals, a.avg_duration_days AS avgDurationDays, a.source, a.created_at AS createdAt, a.updated_at AS updatedAt,
      coalesce(o.short_name, o.name) AS providerName, m.name AS municipalityName, f.label AS fieldOfActionLabel
    FROM cm_aggregates a JOIN organisations o ON o.id = a.provider_organisation_id
    LEFT JOIN municipalities m ON m.id = a.municipality_id LEFT JOIN fields_of_action f ON f.code = a.field_of_action
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY a.period_start, a.period_end, providerName, m.name IS NOT NULL, m.name, f.position IS NOT NULL, f.position, a.id`)
    .all(...params) as CmFigureRow[];
}
