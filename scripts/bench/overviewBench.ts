import type { Core } from '../../db/core/createCore';
import { median } from './runner';

/** What the Übersicht asks for when it opens (renderer/pages/overview/OverviewPage.tsx). */
export const OVERVIEW_CALLS = ['overview.summary', 'overview.dueItems', 'overview.charts'] as const;

export interface OverviewBenchResult {
  loads: number;
  /** The three calls one after the other, as the core answers them (one connection, so never in parallel). */
  pageMedianMs: number;
  pageWorstMs: number;
  /** Median of each call on its own, to see which one grows. */
  callMedianMs: Record<string, number>;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/**
 * Opens the Übersicht `loads` times and times each load as a whole, after one untimed warm-up unless `warmUp` is
 * false (on a large office one load takes long enough that preparing the statements does not show).
 */
export async function benchOverview(core: Core, loads = 5, warmUp = true): Promise<OverviewBenchResult> {
  if (warmUp) for (const method of OVERVIEW_CALLS) await core.call(method, {});
  const pages: number[] = [];
  const calls = new Map<string, number[]>(OVERVIEW_CALLS.map((m) => [m, []]));
  for (let i = 0; i < loads; i++) {
    const start = performance.now();
    for (const method of OVERVIEW_CALLS) {
      const t0 = performance.now();
      await core.call(method, {});
      calls.get(method)!.push(performance.now() - t0);
    }
    pages.push(performance.now() - start);
  }
  return {
    loads,
    pageMedianMs: round(median(pages)),
    pageWorstMs: round(Math.max(...pages)),
    callMedianMs: Object.fromEntries([...calls].map(([method, times]) => [method, round(median(times))])),
  };
}
