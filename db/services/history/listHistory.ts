import type { Context } from '../../core/context';
import type { AuditAction } from '../../domain/enums';
import { LABELS } from '../../domain/labels';
import { trailOf, type AuditRow, type Snapshot } from './auditTrail';
import { embeddedKeys } from './embedded';
import { fieldLabel } from './fieldLabels';
import { PURGED_FIELDS } from '../retention/scrubAudit';
import { tableInfo } from './tables';
import { valueText, type NameCache } from './valueText';

export interface FieldChange {
  field: string;
  label: string;
  before: unknown;
  after: unknown;
  /** The values as the history shows them (German dates, names of referenced records, labels of coded values). */
  beforeText: string;
  afterText: string;
  /** The field is sensitive: the history says that it changed, never what it said (before and after are null). */
  hidden?: true;
}

export interface HistoryEntry {
  seq: number;
  at: string;
  actor: string;
  action: AuditAction;
  actionLabel: string;
  changes: FieldChange[];
}

// Bookkeeping the app sets on every write: showing it as a change in every entry would bury the real changes.
const HIDDEN = new Set(['id', 'createdAt', 'updatedAt']);

// A reconstruction's case texts are the most sensitive words the office writes (pseudonymised, but about one
// person's case). The history shows that they changed and leaves their wording where it belongs: the record,
// whose retention rule clears it. The same fields a purge clears.
const HIDDEN_TEXTS: Record<string, ReadonlySet<string>> = {
  case_reconstructions: new Set(PURGED_FIELDS.filter((f) => !f.includes('.'))),
};
export const HIDDEN_TEXT = 'Text ausgeblendet';

// Detail rows saved again unchanged get new ids; only what they say counts as a change.
const withoutIds = (value: unknown): unknown => (Array.isArray(value)
  ? value.map((v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? { ...v, id: undefined } : v))
  : value);
const same = (a: unknown, b: unknown) => JSON.stringify(withoutIds(a) ?? null) === JSON.stringify(withoutIds(b) ?? null);

/** The fields a history shows: the table's columns and the detail lists audited with it; for other entities, every field. */
function shownKeys(entity: string, ...snapshots: Array<Snapshot | null>): string[] {
  const info = tableInfo(entity);
  const present = new Set(snapshots.flatMap((s) => Object.keys(s ?? {})));
  // Office settings are audited as their JSON value, not as the settings table's row.
  const rowShaped = info?.columns.some((c) => c.key !== 'updatedAt' && present.has(c.key));
  const keys = info && rowShaped ? [...info.columns.map((c) => c.key), ...embeddedKeys(entity)] : [...present];
  return keys.filter((k) => present.has(k) && !HIDDEN.has(k));
}

/**
 * One record's change history from the audit log, oldest first: who changed what when, before → after.
 * A creation lists the initial values, a deletion the last ones. Some services audit only the fields they
 * changed, so "before" is taken from the record's state as the trail built it up when a snapshot lacks it.
 */
export function listHistory(ctx: Context, entity: string, entityId: string): HistoryEntry[] {
  const names: NameCache = new Map();
  const hidden = HIDDEN_TEXTS[entity];
  const change = (field: string, before: unknown, after: unknown): FieldChange => (hidden?.has(field) ? {
    field, label: fieldLabel(entity, field), before: null, after: null, hidden: true,
    beforeText: before == null || before === '' ? '–' : HIDDEN_TEXT,
    afterText: after == null || after === '' ? '–' : HIDDEN_TEXT,
  } : {
    field,
    label: fieldLabel(entity, field),
    before: before ?? null,
    after: after ?? null,
    beforeText: valueText(ctx, entity, field, before, names),
    afterText: valueText(ctx, entity, field, after, names),
  });
  let state: Snapshot = {};
  return trailOf(ctx, entity, entityId).map((row: AuditRow) => {
    let changes: FieldChange[];
    if (row.action === 'CREATE' || row.action === 'RESTORE') {
      changes = shownKeys(entity, row.after).filter((k) => row.after![k] != null).map((k) => change(k, null, row.after![k]));
      state = { ...(row.after ?? {}) };
    } else if (row.action === 'DELETE') {
      const last = { ...state, ...(row.before ?? {}) };
      changes = shownKeys(entity, last).filter((k) => last[k] != null).map((k) => change(k, last[k], null));
      state = {};
    } else {
      const before = { ...state, ...(row.before ?? {}) };
      const after = row.after ?? {};
      changes = shownKeys(entity, after).filter((k) => !same(before[k], after[k])).map((k) => change(k, before[k], after[k]));
      state = { ...before, ...after };
    }
    return {
      seq: row.seq, at: row.at, actor: row.actor, action: row.action,
      actionLabel: LABELS.auditAction[row.action] ?? row.action, changes,
    };
  });
}
