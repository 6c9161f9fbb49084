import type { Context } from '../../core/context';
import { SEARCH_SOURCES } from '../../search/sources';
import { highlightParts, snippet, type TextPart } from './highlight';
import { matchExpression, searchTerms } from './searchTerms';

export interface SearchHit {
  kind: string;
  id: string;
  parentId: string | null;
  /** The meeting a hit belongs to (decisions, agenda items, minutes), for opening it. */
  meetingId: string | null;
  date: string | null;
  title: TextPart[];
  snippet: TextPart[];
}

export interface SearchResult {
  query: string;
  total: number;
  groups: Array<{ kind: string; label: string; hits: SearchHit[] }>;
}

const LABELS = new Map(SEARCH_SOURCES.map((s) => [s.kind, s.label]));
const ORDER = new Map(SEARCH_SOURCES.map((s, i) => [s.kind, i]));
const MEETING_CHILDREN = new Set(['decision', 'agendaItem', 'minutes']);

interface Row { kind: string; refId: string; parentId: string | null; date: string | null; title: string; body: string }

/** Ranked full-text search; titles weigh five times the body. Grouped by kind in a fixed order. */
export function search(ctx: Context, input: { q: string; limit?: number }): SearchResult {
  const terms = searchTerms(input.q);
  if (terms.length === 0) return { query: input.q, total: 0, groups: [] };
  const rows = ctx.sqlite.prepare(`
    SELECT d.kind, d.ref_id AS refId, d.parent_id AS parentId, d.date, d.title, d.body
    FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid
    WHERE search_fts MATCH ?
    ORDER BY bm25(search_fts, 5.0, 1.0)
    LIMIT ?
  `).all(matchExpression(terms), input.limit ?? 100) as Row[];
  const prefixes = terms.flatMap((t) => t.prefixes);
  const groups = new Map<string, SearchHit[]>();
  for (const row of rows) {
    const hit: SearchHit = {
      kind: row.kind,
      id: row.refId,
      parentId: row.parentId,
      meetingId: row.kind === 'meeting' ? row.refId : MEETING_CHILDREN.has(row.kind) ? row.parentId : null,
      date: row.date,
      title: highlightParts(row.title, prefixes),
      snippet: snippet(row.body, prefixes),
    };
    groups.set(row.kind, [...(groups.get(row.kind) ?? []), hit]);
  }
  return {
    query: input.q,
    total: rows.length,
    groups: [...groups].sort(([a], [b]) => (ORDER.get(a) ?? 99) - (ORDER.get(b) ?? 99))
      .map(([kind, hits]) => ({ kind, label: LABELS.get(kind) ?? kind, hits })),
  };
}
