import type { Context } from '../../core/context';
import { allFundingYears, type FundingYear } from './fundingYears';
import { computePlan } from './plan';

export interface FundingYearRow extends FundingYear {
  plannedCents: number;
  spentCents: number;
  expenseCount: number;
}

/** Funding years, oldest first, with the effective planned total and what was spent, for the overview table. */
export function listFundingYears(ctx: Context): FundingYearRow[] {
  const spent = new Map((ctx.sqlite.prepare(`SELECT funding_year_id AS id, sum(amount_cents) AS cents, count(*) AS n
    FROM expenses GROUP BY funding_year_id`).all() as Array<{ id: string; cents: number; n: number }>).map((r) => [r.id, r]));
  return allFundingYears(ctx).map((fy) => ({
    ...fy,
    plannedCents: computePlan(ctx, fy.id).totals.effectiveCents,
    spentCents: spent.get(fy.id)?.cents ?? 0,
    expenseCount: spent.get(fy.id)?.n ?? 0,
  }));
}
