import type { Context } from '../../core/context';
import type { BudgetLine } from '../../domain/enums';
import { formatEuro } from '../../domain/format';
import { spentByLine } from './expenses';
import { computePlan } from './plan';

export interface BalanceLine {
  budgetLine: BudgetLine;
  label: string;
  plannedCents: number;
  spentCents: number;
  /** Planned minus spent: what is left (negative when overspent). */
  differenceCents: number;
  /** Spent as a percentage of planned, one decimal; null when nothing was planned. */
  percentUsed: number | null;
  capCents: number | null;
  warnings: string[];
}

export interface FundingBalance {
  fundingYearId: string;
  year: number;
  lines: BalanceLine[];
  totals: { plannedCents: number; spentCents: number; differenceCents: number; percentUsed: number | null };
  warnings: string[];
}

const percent = (spent: number, planned: number) => (planned > 0 ? Math.round((spent / planned) * 1000) / 10 : null);

/**
 * Planned (effective plan) against spent per budget line: the input to the zahlenmäßiger Nachweis. Warns when a
 * line spent more than planned or more than its yearly cap; lines with neither plan nor expenses are left out.
 */
export function fundingBalance(ctx: Context, fundingYearId: string): FundingBalance {
  const plan = computePlan(ctx, fundingYearId);
  const spent = spentByLine(ctx, fundingYearId);
  const lines = plan.lines
    .filter((l) => l.effectiveCents > 0 || (spent.get(l.budgetLine) ?? 0) > 0)
    .map((l): BalanceLine => {
      const spentCents = spent.get(l.budgetLine) ?? 0;
      const warnings: string[] = [];
      if (spentCents > l.effectiveCents) {
        warnings.push(`${l.label}: ${formatEuro(spentCents)} ausgegeben, ${formatEuro(spentCents - l.effectiveCents)} mehr als geplant (${formatEuro(l.effectiveCents)}).`);
      }
      if (l.capCents != null && spentCents > l.capCents) {
        warnings.push(`${l.label}: Die Ausgaben von ${formatEuro(spentCents)} überschreiten die Obergrenze von ${formatEuro(l.capCents)} um ${formatEuro(spentCents - l.capCents)}.`);
      }
      return {
        budgetLine: l.budgetLine, label: l.label, plannedCents: l.effectiveCents, spentCents,
        differenceCents: l.effectiveCents - spentCents, percentUsed: percent(spentCents, l.effectiveCents),
        capCents: l.capCents, warnings,
      };
    });
  const plannedCents = lines.reduce((s, l) => s + l.plannedCents, 0);
  const spentCents = lines.reduce((s, l) => s + l.spentCents, 0);
  return {
    fundingYearId: plan.fundingYearId,
    year: plan.year,
    lines,
    totals: { plannedCents, spentCents, differenceCents: plannedCents - spentCents, percentUsed: percent(spentCents, plannedCents) },
    warnings: lines.flatMap((l) => l.warnings),
  };
}
