import type { Context } from '../../core/context';
import { SEARCH_SOURCES } from '../../search/sources';
import { highlightParts, snippet, type TextPart } from './highlight';
import { matchExpression, searchTerms } from './searchTerms';

export interface SearchHit {
  kind: string;
  id: string;
  parentId: string | null;
  /** The meeting a hit belongs to (decisions, agenda items, minutes and their amendments), for opening it. */
  meetingId: string | null;
  /** The round table a hit belongs to (its agreements, their progress notes, its findings), for opening it. */
  roundTableId: string | null;
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

// Where a hit opens when its parent is not the page that shows it: an amendment's parent is the minutes, a note's
// the task, and a task's parent is its decision, round table or meeting, whichever it has.
const PLACES: Record<string, string> = {
  minutesAmendment: `SELECT mi.meeting_id AS meetingId, NULL AS roundTableId
    FROM minutes_amendments a JOIN minutes mi ON mi.id = a.minutes_id WHERE a.id = ?`,
  task: 'SELECT NULL AS meetingId, round_table_id AS roundTableId FROM action_items WHERE id = ?',
  taskNote: `SELECT NULL AS meetingId, ai.round_table_id AS roundTableId
    FROM action_item_notes n JOIN action_items ai ON ai.id = n.action_item_id WHERE n.id = ?`,
  finding: 'SELECT NULL AS meetingId, round_table_id AS roundTableId FROM findings WHERE id = ?',
};

interface Place { meetingId: string | null; roundTableId: string | null }

function placeOf(ctx: Context, row: Row): Place {
  const sql = PLACES[row.kind];
  if (sql) return (ctx.sqlite.prepare(sql).get(row.refId) as Place | undefined) ?? { meetingId: null, roundTableId: null };
  return { meetingId: row.kind === 'meeting' ? row.refId : MEETING_CHILDREN.has(row.kind) ? row.parentId : null, roundTableId: null };
}

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
      ...placeOf(ctx, row),
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
