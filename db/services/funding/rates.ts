import { and, asc, desc, eq, lt } from 'drizzle-orm';
import { fundingRates, fundingYears } from '../../schema';
import type { Context } from '../../core/context';
import { BUDGET_LINES, type BudgetLine } from '../../domain/enums';
import { newId } from '../../domain/ids';
import { LABELS } from '../../domain/labels';
import { recordAudit } from '../audit';
import { crud } from '../crud';

export type FundingRate = typeof fundingRates.$inferSelect;
export type RateUnit = FundingRate['unit'];

export const RATE_UNIT_LABELS: Record<RateUnit, string> = {
  PER_FTE: 'je VZÄ und Jahr',
  PER_HALF_POST: 'je halbe Stelle (0,5 VZÄ) und Jahr',
  PER_YEAR: 'pauschal je Jahr',
  CAP_PER_YEAR: 'Obergrenze je Jahr',
};

export const RATE_LABELS = { amountCents: 'Fördersatz', fundingYearId: 'Förderjahr', budgetLine: 'Budgetlinie' };

/** The guideline's amounts (RdErl. MKJFGFI vom 12.12.2024), used when no earlier year's rates exist to copy. */
export const GUIDELINE_RATES: ReadonlyArray<{ budgetLine: BudgetLine; amountCents: number; unit: RateUnit }> = [
  { budgetLine: 'B1_COORDINATION_STAFF', amountCents: 5_700_000, unit: 'PER_FTE' },
  { budgetLine: 'B1_ADMIN_ASSISTANT', amountCents: 2_250_000, unit: 'PER_HALF_POST' },
  { budgetLine: 'B1_MATERIAL_COORDINATION', amountCents: 570_000, unit: 'PER_FTE' },
  { budgetLine: 'B1_MATERIAL_ASSISTANT', amountCents: 285_000, unit: 'PER_YEAR' },
  { budgetLine: 'B1_EVENTS', amountCents: 500_000, unit: 'CAP_PER_YEAR' },
  { budgetLine: 'B1_INTERFACE_MEASURES', amountCents: 1_000_000, unit: 'CAP_PER_YEAR' },
  { budgetLine: 'B2_CASE_MANAGEMENT', amountCents: 5_700_000, unit: 'PER_FTE' },
  { budgetLine: 'B3_IMMIGRATION_AUTHORITY', amountCents: 5_000_000, unit: 'PER_FTE' },
];

const rateCrud = crud<FundingRate>({
  table: fundingRates,
  displayName: (row) => LABELS.budgetLine[row.budgetLine as BudgetLine] ?? String(row.budgetLine),
  labels: RATE_LABELS,
});

export interface RateRow extends FundingRate {
  budgetLineLabel: string;
  unitLabel: string;
}

const lineOrder = (line: BudgetLine) => BUDGET_LINES.indexOf(line);

export function ratesOfYear(ctx: Context, fundingYearId: string): FundingRate[] {
  return ctx.db.select().from(fundingRates).where(eq(fundingRates.fundingYearId, fundingYearId)).all()
    .sort((a, b) => lineOrder(a.budgetLine) - lineOrder(b.budgetLine));
}

export function listRates(ctx: Context, fundingYearId: string): RateRow[] {
  return ratesOfYear(ctx, fundingYearId).map((r) => ({
    ...r, budgetLineLabel: LABELS.budgetLine[r.budgetLine], unitLabel: RATE_UNIT_LABELS[r.unit],
  }));
}

export function updateRate(ctx: Context, id: string, amountCents: number): RateRow {
  const saved = rateCrud.update(ctx, id, { amountCents });
  return { ...saved, budgetLineLabel: LABELS.budgetLine[saved.budgetLine], unitLabel: RATE_UNIT_LABELS[saved.unit] };
}

/**
 * Gives a new funding year the rates of the nearest earlier year (rates change rarely, and an office that edited
 * them expects to keep its edits); lines that year lacks, or all lines when there is none, get the guideline's.
 * Call inside the transaction that created the year.
 */
export function copyRatesInto(ctx: Context, fundingYearId: string, year: number): void {
  const previous = ctx.db.select().from(fundingYears).where(lt(fundingYears.year, year)).orderBy(desc(fundingYears.year)).get();
  const earlier = previous ? ratesOfYear(ctx, previous.id) : [];
  for (const fallback of GUIDELINE_RATES) {
    const source = earlier.find((r) => r.budgetLine === fallback.budgetLine) ?? fallback;
    const row: FundingRate = {
      id: newId(), fundingYearId, budgetLine: source.budgetLine, amountCents: source.amountCents, unit: source.unit,
    };
    ctx.db.insert(fundingRates).values(row).run();
    recordAudit(ctx, 'funding_rates', row.id, 'CREATE', null, row);
  }
}

/** The rate of one line in a funding year, if the year and the line exist. */
export function rateOf(ctx: Context, year: number, line: BudgetLine): FundingRate | undefined {
  return ctx.db.select({ rate: fundingRates }).from(fundingRates)
    .innerJoin(fundingYears, eq(fundingYears.id, fundingRates.fundingYearId))
    .where(and(eq(fundingYears.year, year), eq(fundingRates.budgetLine, line)))
    .orderBy(asc(fundingRates.id)).get()?.rate;
}

/** The yearly cap of the events or interface-measures line: the year's recorded rate, else the guideline's. */
export function capOf(ctx: Context, year: number, line: BudgetLine): number | null {
  const recorded = rateOf(ctx, year, line);
  if (recorded) return recorded.unit === 'CAP_PER_YEAR' ? recorded.amountCents : null;
  const fallback = GUIDELINE_RATES.find((r) => r.budgetLine === line);
  return fallback?.unit === 'CAP_PER_YEAR' ? fallback.amountCents : null;
}
