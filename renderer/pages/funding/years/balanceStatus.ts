import type { OutputOf } from '../../../../db/api/contract';
import { formatNumber } from '../../../format/number';

export type BalanceLine = OutputOf<'funding.balance'>['lines'][number];

export interface BalanceStatus {
  /** Shown as a badge; the text carries the meaning, the colour only repeats it. */
  text: string;
  variant: 'danger' | 'warning' | 'success' | 'info';
}

/** The state of one budget line: over its cap, over plan, fully used, or within the plan. */
export function balanceStatus(line: BalanceLine): BalanceStatus {
  if (line.capCents != null && line.spentCents > line.capCents) return { text: 'über der Obergrenze', variant: 'danger' };
  if (line.spentCents > line.plannedCents) return { text: 'über dem Plan', variant: 'warning' };
  if (line.plannedCents > 0 && line.spentCents === line.plannedCents) return { text: 'ausgeschöpft', variant: 'info' };
  return { text: 'im Plan', variant: 'success' };
}

/** '61,8 %', or '–' when nothing was planned. */
export function formatPercent(value: number | null): string {
  return value == null ? '–' : `${formatNumber(value, 1)}\u00a0%`;
}
