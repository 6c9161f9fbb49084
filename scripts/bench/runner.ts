import type { Core } from '../../db/core/createCore';
import type { Sqlite } from '../../db/sqlite/open';
import { BENCH_CASES, caseLabel, runRaw, type BenchCase, type BenchEnv } from './cases';

export interface CaseResult {
  label: string;
  method: string;
  apiMedianMs: number;
  apiP95Ms: number;
  rawMedianMs: number;
  rawP95Ms: number;
  /** API median divided by raw median: what validation, services and the dispatcher add. */
  ratio: number;
  apiRows: number;
  rawRows: number;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const round = (ms: number) => Math.round(ms * 1000) / 1000;

function rowsOf(c: BenchCase, result: unknown): number {
  if (c.apiRows) return c.apiRows(result);
  return Array.isArray(result) ? result.length : result == null ? 0 : 1;
}

/**
 * Times each case whose method the core offers: `iterations` calls through core.call (direct transport) and as
 * many runs of the raw SQL on `raw`, after one untimed warm-up of each.
 */
export async function runCases(core: Core, raw: Sqlite, options: { iterations: number; today: string; cases?: BenchCase[] }): Promise<CaseResult[]> {
  const available = new Set(core.methodNames());
  const env: BenchEnv = { today: options.today, one: (sql) => raw.prepare(sql).pluck().get() };
  const results: CaseResult[] = [];
  for (const c of options.cases ?? BENCH_CASES) {
    if (!available.has(c.method)) continue;
    const input = c.input?.(env) ?? {};
    const params = c.params?.(env, input) ?? {};
    let apiRows = rowsOf(c, await core.call(c.method, input));
    let rawRows = runRaw(raw, c, params);
    const api: number[] = [];
    const direct: number[] = [];
    for (let i = 0; i < options.iterations; i++) {
      let t0 = performance.now();
      apiRows = rowsOf(c, await core.call(c.method, input));
      api.push(performance.now() - t0);
      t0 = performance.now();
      rawRows = runRaw(raw, c, params);
      direct.push(performance.now() - t0);
    }
    const apiMedian = median(api);
    const rawMedian = median(direct);
    results.push({
      label: caseLabel(c), method: c.method, apiMedianMs: round(apiMedian), apiP95Ms: round(percentile(api, 95)),
      rawMedianMs: round(rawMedian), rawP95Ms: round(percentile(direct, 95)),
      ratio: rawMedian > 0 ? Math.round((apiMedian / rawMedian) * 100) / 100 : Number.NaN, apiRows, rawRows,
    });
  }
  return results;
}

export function formatTable(results: CaseResult[]): string {
  const header = ['method', 'API median ms', 'API p95 ms', 'raw median ms', 'ratio', 'rows'];
  const rows = results.map((r) => [
    r.label, r.apiMedianMs.toFixed(2), r.apiP95Ms.toFixed(2), r.rawMedianMs.toFixed(2), r.ratio.toFixed(2),
    r.apiRows === r.rawRows ? String(r.apiRows) : `${r.apiRows} ≠ ${r.rawRows}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}
