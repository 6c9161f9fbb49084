import type { Context } from '../../core/context';
import { ENTITY_LABELS } from '../../domain/entityLabels';
import { formatDate, formatDateTime } from '../../domain/format';
import { meetingLabel } from '../meetings/wording';
import type { Snapshot } from './auditTrail';
import { trailOf } from './auditTrail';
import { quoteIdentifier as q, tableInfo } from './tables';

const NAME_KEYS = ['name', 'title', 'label', 'seatLabel', 'topic', 'version', 'text', 'description', 'code'];
const DATE_TIME_KEYS = ['startsAt'];
const DATE_KEYS = ['heldOn', 'decidedOn', 'dueDate', 'notedOn', 'validFrom', 'periodStart', 'amendedOn', 'changedAt'];

const shorten = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** How a record is named in lists and messages: its name or title, else its kind and date, else its kind and id. */
export function displayNameOf(entity: string, row: Snapshot | null | undefined, entityId: string): string {
  const kind = ENTITY_LABELS[entity]?.one ?? entity;
  if (row && entity === 'meetings' && typeof row.startsAt === 'string') {
    return meetingLabel({ sequenceNo: (row.sequenceNo as number | null) ?? null, title: (row.title as string | null) ?? null, startsAt: row.startsAt });
  }
  if (row) {
    for (const key of NAME_KEYS) {
      const value = row[key];
      if (typeof value === 'string' && value.trim()) return shorten(value.trim());
    }
    for (const key of DATE_TIME_KEYS) if (typeof row[key] === 'string') return `${kind} am ${formatDateTime(row[key] as string)}`;
    for (const key of DATE_KEYS) if (typeof row[key] === 'string') return `${kind} vom ${formatDate((row[key] as string).slice(0, 10))}`;
  }
  return `${kind} ${entityId}`;
}

/**
 * Names the record `id` of `table` whether it still exists or not: a deleted record is named from its last
 * audit snapshot, so a refusal can say which missing record is meant.
 */
export function nameOfRecord(ctx: Context, table: string, column: string, id: unknown): string {
  const info = tableInfo(table);
  if (info) {
    const row = ctx.sqlite.prepare(`SELECT * FROM ${q(table)} WHERE ${q(column)} = ?`).get(id) as Record<string, unknown> | undefined;
    if (row) {
      const byKey = Object.fromEntries(info.columns.map((c) => [c.key, row[c.column]]));
      return displayNameOf(table, byKey, String(id));
    }
  }
  const trail = trailOf(ctx, table, String(id));
  const last = [...trail].reverse().find((r) => r.before ?? r.after);
  return displayNameOf(table, last ? (last.before ?? last.after) : null, String(id));
}
