import { getTableColumns } from 'drizzle-orm';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Context } from '../core/context';
import type { MembershipRole } from '../domain/enums';
import { newId } from '../domain/ids';
import { Random } from './random';

type Stamped = 'createdAt' | 'updatedAt';

/** What the meeting writer needs to know about a seat to record attendance and quorum. */
export interface SeatRef {
  id: string;
  committee: string;
  person: string | null;
  deputy: string | null;
  organisation: string | null;
  role: MembershipRole;
  occasional: boolean;
  from: string | null;
  to: string | null;
}
export type DemoRow<T extends SQLiteTable> = Omit<T['$inferInsert'], Stamped>;

// SQLite allows 32,766 bound parameters per statement; drizzle binds every column of every row.
const MAX_PARAMETERS = 30_000;

/**
 * Collects the demo's writes. Records are addressed by readable keys ("org:drk", "meeting:2024-11"),
 * so one module can point at a record another module inserts later, while ids still come from newId().
 */
export class DemoBuilder {
  readonly counts: Record<string, number> = {};
  readonly now: string;
  readonly rng: Random;
  /** Person names by key, for texts such as minutes authors and presenters. */
  readonly names = new Map<string, string>();
  readonly seats: SeatRef[] = [];
  private readonly ids = new Map<string, string>();

  constructor(readonly ctx: Context, seed = 2021_05_01) {
    this.now = ctx.nowIso();
    this.rng = new Random(seed);
  }

  /** The id of the record with this key; the same key always yields the same id within one load. */
  id(key: string): string {
    let value = this.ids.get(key);
    if (!value) {
      value = newId();
      this.ids.set(key, value);
    }
    return value;
  }

  nameOf(personKey: string): string {
    const name = this.names.get(personKey);
    if (!name) throw new Error(`demo person ${personKey} is not defined`);
    return name;
  }

  insert<T extends SQLiteTable>(table: T, rows: DemoRow<T>[]): void {
    if (rows.length === 0) return;
    const columns = getTableColumns(table);
    const stamped = 'createdAt' in columns;
    const values = stamped ? rows.map((r) => ({ ...r, createdAt: this.now, updatedAt: this.now })) : rows;
    const chunk = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(columns).length));
    for (let i = 0; i < values.length; i += chunk) {
      this.ctx.db.insert(table).values(values.slice(i, i + chunk) as never).run();
    }
    const name = getTableConfig(table).name;
    this.counts[name] = (this.counts[name] ?? 0) + rows.length;
  }
}
