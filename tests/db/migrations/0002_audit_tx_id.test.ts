import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createCore, DATABASE_FILE } from '../../../db/core/createCore';
import { createClient } from '../../../db/api/client';
import { closeSqlite, integrityCheck, openSqlite, type Sqlite } from '../../../db/sqlite/open';
import { migrateSafely } from '../../../db/sqlite/migrate';
import { tempDir } from '../../helpers/core';
import { migrationsUpTo, shippedJournal, SHIPPED_MIGRATIONS } from '../../helpers/migrations';
import { historyCore } from '../services/history/historyCore';

const userTables = (db: Sqlite, schema = 'main') => db.prepare(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table'
  AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%' AND name <> '__drizzle_migrations'`).pluck().all() as string[];

const counts = (db: Sqlite) => Object.fromEntries(userTables(db).map((name) => [name, db.prepare(`SELECT count(*) FROM "${name}"`).pluck().get()]));

/**
 * A database at migration 0001 holding what the services wrote before the transaction id existed: the data is
 * written by today's services (with a clock a minute apart per call) and copied over without the new column.
 */
async function databaseBeforeTxId(): Promise<{ dataDir: string; meetingId: string; agenda: unknown }> {
  const t = await historyCore();
  const group = await t.api.send('committees.create', { kind: 'WORKING_GROUP', name: 'AG Wohnen', status: 'ACTIVE' });
  const { meeting } = await t.api.send('meetings.create', { committeeId: group.id, startsAt: '2025-09-10T14:00', location: 'Kreishaus' });
  await t.api.send('agenda.addItem', { meetingId: meeting.id, title: 'Wohnraum für Geflüchtete', kind: 'DISCUSSION' });
  const dropped = await t.api.send('agenda.addItem', { meetingId: meeting.id, title: 'Sprachkurse', kind: 'INFO' });
  await t.api.send('agenda.removeItem', { id: dropped.id });
  const { agenda } = await t.api.send('meetings.get', { id: meeting.id });
  await t.api.send('meetings.delete', { id: meeting.id });
  t.db.close();
  t.core.close();

  const dataDir = tempDir('kim-0002-');
  const db = openSqlite(join(dataDir, DATABASE_FILE));
  migrateSafely(db, migrationsUpTo(2));
  db.pragma('foreign_keys = OFF');
  db.prepare('ATTACH DATABASE ? AS source').run(join(t.dataDir, DATABASE_FILE));
  for (const table of userTables(db)) {
    const columns = (db.pragma(`main.table_info("${table}")`) as Array<{ name: string }>).map((c) => `"${c.name}"`).join(', ');
    db.exec(`INSERT INTO main."${table}" (${columns}) SELECT ${columns} FROM source."${table}"`);
  }
  db.exec('DETACH DATABASE source');
  db.pragma('foreign_keys = ON');
  closeSqlite(db);
  rmSync(t.dataDir, { recursive: true, force: true });
  return { dataDir, meetingId: meeting.id, agenda };
}

describe('migration 0002_audit_tx_id', () => {
  it('is the third shipped migration and only adds a column and an index (no table rebuild)', () => {
    expect(shippedJournal().entries[2].tag).toBe('0002_audit_tx_id');
    // A rebuild (CREATE __new_audit_log … DROP TABLE) would also drop the triggers other migrations put on tables.
    const sql = readFileSync(join(SHIPPED_MIGRATIONS, '0002_audit_tx_id.sql'), 'utf8');
    expect(sql).not.toMatch(/CREATE TABLE|DROP TABLE|RENAME/i);
    expect(sql).toMatch(/ALTER TABLE `audit_log` ADD `tx_id` text/);
  });

  it('keeps every row, leaves old audit rows without a transaction id, and an old cascaded delete still restores', async () => {
    const { dataDir, meetingId, agenda } = await databaseBeforeTxId();
    const db = openSqlite(join(dataDir, DATABASE_FILE));
    const before = counts(db);
    const triggers = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").pluck().get();
    expect(before.audit_log).toBeGreaterThan(5);

    migrateSafely(db, SHIPPED_MIGRATIONS);

    expect(counts(db)).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM audit_log WHERE tx_id IS NOT NULL').pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").pluck().get()).toBe(triggers);
    expect(db.prepare("SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"wohnen\"*'").pluck().get()).toBe(1);
    expect(integrityCheck(db)).toEqual([]);
    closeSqlite(db);

    const core = await createCore({ dataDir, user: 'koordination', clock: { now: () => new Date('2025-07-01T08:00:00Z') } });
    try {
      const api = createClient((method, input) => core.call(method, input) as never);
      const [deletion] = await api.send('history.deleted', { entity: 'meetings' });
      const result = await api.send('history.restore', { seq: deletion.seq });
      expect(result.restored.map((r) => r.displayName)).not.toContain('Sprachkurse');
      expect(JSON.parse(JSON.stringify((await api.send('meetings.get', { id: meetingId })).agenda))).toEqual(agenda);
      const check = openSqlite(join(dataDir, DATABASE_FILE));
      const restoreIds = check.prepare("SELECT DISTINCT tx_id FROM audit_log WHERE action = 'RESTORE'").pluck().all();
      closeSqlite(check);
      expect(restoreIds).toEqual([expect.stringMatching(/^[0-9A-Z]{26}$/)]);
    } finally {
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
