import { asc, eq } from 'drizzle-orm';
import { budgetPlans, fundingRates, fundingYears } from '../../schema';
import type { Context } from '../../core/context';
import { validationError } from '../../api/errors';
import { formatDate } from '../../domain/format';
import { recordAudit } from '../audit';
import { crud } from '../crud';
import { copyRatesInto } from './rates';

export type FundingYear = typeof fundingYears.$inferSelect;

export const FUNDING_YEAR_LABELS = {
  year: 'Förderjahr',
  guidelineVersion: 'Richtlinie (Fassung)',
  grantNoticeDate: 'Datum des Zuwendungsbescheids',
  grantNoticeRef: 'Aktenzeichen des Zuwendungsbescheids',
  reportDeadline: 'Frist für den Sachbericht',
  notes: 'Notizen',
};
const L = FUNDING_YEAR_LABELS;

export interface FundingYearInput {
  year: number;
  guidelineVersion: string | null;
  grantNoticeDate: string | null;
  grantNoticeRef: string | null;
  reportDeadline: string | null;
  notes: string | null;
}

/** ANBest-G: the proof of use is due six months after the funding period; the office may set another date. */
export const defaultReportDeadline = (year: number) => `${year + 1}-06-30`;

const yearCrud = crud<FundingYear>({
  table: fundingYears,
  displayName: (row) => String(row.year),
  labels: L,
  check(ctx, next, existing) {
    const row = next as unknown as FundingYear;
    if (row.reportDeadline && row.reportDeadline < `${row.year}-01-01`) {
      throw validationError('reportDeadline', `${L.reportDeadline}: Darf nicht vor Beginn des Förderjahres ${row.year} liegen.`);
    }
    if (existing && existing.year !== row.year) {
      const outside = ctx.sqlite.prepare(`SELECT count(*) FROM expenses WHERE funding_year_id = ? AND substr(spent_on, 1, 4) <> ?`)
        .pluck().get(row.id, String(row.year)) as number;
      if (outside > 0) {
        throw validationError('year', `${L.year}: ${outside === 1 ? 'Eine Ausgabe liegt' : `${outside} Ausgaben liegen`} nicht im Jahr ${row.year}; `
          + 'bitte zuerst die Ausgaben berichtigen.');
      }
    }
  },
});

export const getFundingYear = (ctx: Context, id: string) => yearCrud.get(ctx, id);

export function createFundingYear(ctx: Context, input: FundingYearInput): FundingYear {
  return ctx.write(() => {
    const saved = yearCrud.create(ctx, { ...input, reportDeadline: input.reportDeadline ?? defaultReportDeadline(input.year) });
    copyRatesInto(ctx, saved.id, saved.year);
    return saved;
  });
}

export function updateFundingYear(ctx: Context, id: string, input: FundingYearInput): FundingYear {
  return yearCrud.update(ctx, id, { ...input });
}

/** Rates and plan overrides go with the year (cascade); their removal is kept in the audit log. Expenses block it. */
export function deleteFundingYear(ctx: Context, id: string): { id: string } {
  return ctx.write(() => {
    const rates = ctx.db.select().from(fundingRates).where(eq(fundingRates.fundingYearId, id)).all();
    const plans = ctx.db.select().from(budgetPlans).where(eq(budgetPlans.fundingYearId, id)).all();
    const result = yearCrud.remove(ctx, id);
    for (const r of rates) recordAudit(ctx, 'funding_rates', r.id, 'DELETE', r, null);
    for (const p of plans) recordAudit(ctx, 'budget_plans', p.id, 'DELETE', p, null);
    return result;
  });
}

export function fundingYearOf(ctx: Context, year: number): FundingYear | undefined {
  return ctx.db.select().from(fundingYears).where(eq(fundingYears.year, year)).get();
}

export function allFundingYears(ctx: Context): FundingYear[] {
  return ctx.db.select().from(fundingYears).orderBy(asc(fundingYears.year)).all();
}

/** "01.01.2025–31.12.2025", for messages. */
export const yearSpan = (year: number) => `${formatDate(`${year}-01-01`)}–${formatDate(`${year}-12-31`)}`;
