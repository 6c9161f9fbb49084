import type { Context } from '../../core/context';

/**
 * The next decision number of a committee in a year: "LG KI/KIM 2025/03" (short name, else "B"). The running
 * number continues after the highest one already given that year, so numbers stay unique after a deletion and
 * after imported numbers ("2024/02") that lack the prefix.
 */
export function nextDecisionNumber(ctx: Context, committee: { id: string; shortName: string | null }, year: string): string {
  const numbers = ctx.sqlite.prepare(`SELECT d.number FROM decisions d JOIN meetings m ON m.id = d.meeting_id
    WHERE m.committee_id = ? AND substr(d.decided_on, 1, 4) = ?`).pluck().all(committee.id, year) as Array<string | null>;
  const pattern = new RegExp(`${year}/(\\d+)$`);
  const highest = numbers.reduce((max, n) => Math.max(max, Number(pattern.exec(n ?? '')?.[1] ?? 0)), 0);
  const running = Math.max(highest, numbers.length) + 1;
  return `${committee.shortName?.trim() || 'B'} ${year}/${String(running).padStart(2, '0')}`;
}
