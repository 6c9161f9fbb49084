import type { Context } from '../../core/context';
import type { BudgetLine } from '../../domain/enums';
import { formatEuro } from '../../domain/format';
import { LABELS } from '../../domain/labels';

/** Guideline caps per year (RdErl. 12.12.2024): events ≤ 5.000 €, measures from the interface analysis ≤ 10.000 €. */
export const DEFAULT_CAPS_CENTS: Partial<Record<BudgetLine, number>> = {
  B1_INTERFACE_MEASURES: 1_000_000,
  B1_EVENTS: 500_000,
};

/** The cap of a line in a year: the funding rate recorded for that year when there is one, else the guideline's. */
export function capFor(ctx: Context, line: BudgetLine, year: number): number | null {
  const recorded = ctx.sqlite.prepare(`SELECT r.amount_cents FROM funding_rates r JOIN funding_years y ON y.id = r.funding_year_id
    WHERE y.year = ? AND r.budget_line = ? ORDER BY r.unit = 'CAP_PER_YEAR' DESC LIMIT 1`).pluck().get(year, line) as number | undefined;
  return recorded ?? DEFAULT_CAPS_CENTS[line] ?? null;
}

/** What all measures of a line plan for a year; cancelled measures spend nothing. */
export function plannedTotal(ctx: Context, line: BudgetLine, year: number): number {
  return ctx.sqlite.prepare(`SELECT coalesce(sum(b.amount_cents), 0) FROM measure_budgets b JOIN measures m ON m.id = b.measure_id
    WHERE m.budget_line = ? AND b.year = ? AND m.status <> 'CANCELLED'`).pluck().get(line, year) as number;
}

/**
 * Warnings (not errors: the office may knowingly plan above a cap and finance the rest elsewhere) for every year
 * in which the measures of `line` together exceed the line's cap.
 */
export function budgetWarnings(ctx: Context, line: BudgetLine | null, years: readonly number[]): string[] {
  if (!line) return [];
  const warnings: string[] = [];
  for (const year of [...new Set(years)].sort()) {
    const cap = capFor(ctx, line, year);
    if (cap == null) continue;
    const total = plannedTotal(ctx, line, year);
    if (total <= cap) continue;
    warnings.push(`${LABELS.budgetLine[line]} ${year}: Alle Maßnahmen zusammen planen ${formatEuro(total)}; `
      + `die Obergrenze liegt bei ${formatEuro(cap)} im Jahr (${formatEuro(total - cap)} darüber). Bitte die Finanzierung prüfen.`);
  }
  return warnings;
}
