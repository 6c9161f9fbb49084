import type { Core } from '../../db/core/createCore';
import type { Sqlite } from '../../db/sqlite/open';
import { matchExpression, searchTerms } from '../../db/services/search/searchTerms';
import { median } from './runner';

export interface SearchBenchResult {
  queries: number;
  apiMedianMs: number;
  apiWorstMs: number;
  rawMedianMs: number;
  rawWorstMs: number;
  ratio: number;
  worstQuery: string;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/**
 * 100 search queries drawn from words the office really wrote (every n-th distinct word, so the set is the same
 * for the same database), timed through the API and as the bare FTS5 query they become.
 */
export async function benchSearch(core: Core, raw: Sqlite, count = 100): Promise<SearchBenchResult> {
  const titles = raw.prepare("SELECT title || ' ' || body FROM search_docs ORDER BY rowid LIMIT 50000").pluck().all() as string[];
  const words = [...new Set(titles.flatMap((t) => t.split(/[^\p{L}]+/u)).filter((w) => w.length >= 5))];
  const step = Math.max(1, Math.floor(words.length / count));
  // A small vocabulary is topped up with two-word queries, so there are always `count` of them.
  const queries = Array.from({ length: words.length > 0 ? count : 0 }, (_, i) => {
    const first = words[(i * step) % words.length];
    return i * step < words.length ? first : `${first} ${words[(i * 7 + 3) % words.length]}`;
  });
  const rawQuery = raw.prepare(`SELECT d.kind, d.ref_id, d.title, d.body FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid
    WHERE search_fts MATCH ? ORDER BY bm25(search_fts, 5.0, 1.0) LIMIT 100`);
  const api: number[] = [];
  const direct: number[] = [];
  let worstQuery = '';
  for (const q of queries) {
    let t0 = performance.now();
    await core.call('search.query', { q });
    const ms = performance.now() - t0;
    if (ms > Math.max(0, ...api)) worstQuery = q;
    api.push(ms);
    t0 = performance.now();
    rawQuery.all(matchExpression(searchTerms(q)));
    direct.push(performance.now() - t0);
  }
  const apiMedianMs = median(api);
  const rawMedianMs = median(direct);
  return {
    queries: queries.length,
    apiMedianMs: round(apiMedianMs), apiWorstMs: round(Math.max(...api)),
    rawMedianMs: round(rawMedianMs), rawWorstMs: round(Math.max(...direct)),
    ratio: round(apiMedianMs / Math.max(rawMedianMs, 1e-6)),
    worstQuery,
  };
}
