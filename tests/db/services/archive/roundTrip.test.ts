import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../../../../db/schema';
import type { MethodName } from '../../../../db/api/contract';
import { testCore, type TestCore } from '../../../helpers/core';
import { inspectDatabase } from '../../../helpers/database';

const OFFICE = 'Kreis Euskirchen – Kommunales Integrationszentrum';
const SCHEMA_TABLES = (Object.values(schema) as unknown[]).filter((v): v is SQLiteTable => v instanceof SQLiteTable).map((t) => getTableConfig(t));

let source: TestCore;
let target: TestCore;
let sourceDb: Database.Database;
let targetDb: Database.Database;
let file: { fileName: string; mimeType: string; dataBase64: string };
let archive: { format: string; formatVersion: number; schemaVersion: { migrations: number; lastMigration: string }; exportedAt: string;
  office: { officeName: string }; rowCounts: Record<string, number>; tables: Record<string, Array<Record<string, unknown>>> };

/** Every row of a table as stored, in primary key order. */
function rowsOf(db: Database.Database, table: string): unknown[] {
  const config = SCHEMA_TABLES.find((t) => t.name === table)!;
  const key = config.primaryKeys[0]?.columns.map((c) => c.name) ?? config.columns.filter((c) => c.primary).map((c) => c.name);
  return db.prepare(`SELECT * FROM "${table}" ORDER BY ${key.map((k) => `"${k}"`).join(', ')}`).all();
}

beforeAll(async () => {
  source = await testCore({ now: '2026-11-21T09:00:00Z' });
  await source.api.send('setup.initialize', { officeName: OFFICE, demo: true });
  // Some history beyond the demo load: a change, a deletion and a restore.
  const [town] = await source.api.send('municipalities.list', {});
  await source.api.send('municipalities.update', { id: town.id, name: town.name, status: town.status, officialKey: town.officialKey, active: false });
  const topic = (await source.api.send('backlogTopics.list', { committeeId: (await source.api.send('committees.list', {}))[0].id }))[0];
  if (topic) await source.api.send('backlogTopics.delete', { id: topic.id });
  file = await source.api.send('archive.export', {});
  archive = JSON.parse(Buffer.from(file.dataBase64, 'base64').toString('utf8'));
  // The same day on both sides: lists that count days (overdue tasks) must not differ for that reason.
  target = await testCore({ now: '2026-11-21T09:30:00Z' });
  await target.api.send('archive.import', { dataBase64: file.dataBase64 });
  sourceDb = inspectDatabase(source);
  targetDb = inspectDatabase(target);
}, 120_000);

afterAll(() => {
  sourceDb?.close();
  targetDb?.close();
  source?.dispose();
  target?.dispose();
});

describe('archive.export: one versioned JSON file of everything', () => {
  it('is named by the day and says what it is and which schema it was written with', () => {
    const journal = JSON.parse(readFileSync(new URL('../../../../db/migrations/meta/_journal.json', import.meta.url), 'utf8'));
    expect(file.fileName).toBe('kim-desk-archiv-2026-11-21.json');
    expect(file.mimeType).toBe('application/json');
    expect(archive).toMatchObject({
      format: 'kim-desk-archive',
      formatVersion: 1,
      schemaVersion: { migrations: journal.entries.length, lastMigration: journal.entries.at(-1).tag },
      exportedAt: '2026-11-21T09:00:00.000Z',
      office: { officeName: OFFICE },
    });
  });

  it('holds every table of the schema, audit log included, with its rows as stored', () => {
    expect(Object.keys(archive.tables).sort()).toEqual(SCHEMA_TABLES.map((t) => t.name).sort());
    for (const { name } of SCHEMA_TABLES) {
      expect(archive.tables[name], name).toEqual(rowsOf(sourceDb, name));
      expect(archive.rowCounts[name], name).toBe(archive.tables[name].length);
    }
    expect(archive.tables.municipalities).toHaveLength(11);
    expect(archive.tables.audit_log.length).toBeGreaterThan(3);
  });

  it('leaves out only bookkeeping and the search index, which the database rebuilds from the data', () => {
    const stored = sourceDb.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    const notArchived = stored.filter((name) => !Object.hasOwn(archive.tables, name));
    for (const name of notArchived) expect(name).toMatch(/^(__drizzle_migrations|sqlite_sequence|search_.*)$/);
  });
});

describe('archive.import: the archive read into an empty database', () => {
  it('gives identical content in every table; the audit log gains one entry for the import', () => {
    for (const { name } of SCHEMA_TABLES) {
      if (name === 'audit_log') continue;
      expect(rowsOf(targetDb, name), name).toEqual(rowsOf(sourceDb, name));
    }
    const audit = rowsOf(targetDb, 'audit_log') as Array<Record<string, unknown>>;
    expect(audit.slice(0, -1)).toEqual(rowsOf(sourceDb, 'audit_log'));
    expect(audit.at(-1)).toMatchObject({ entity: 'archive', action: 'RESTORE', actor: 'test', at: '2026-11-21T09:30:00.000Z' });
    expect(JSON.parse(audit.at(-1)!.after_json as string)).toMatchObject({ exportedAt: '2026-11-21T09:00:00.000Z', rowCounts: archive.rowCounts });
  });

  it('answers the API exactly as the original does', async () => {
    const committeeId = (await source.api.send('committees.list', {}))[0].id;
    const calls: Array<[MethodName, unknown]> = [
      ['setup.status', {}], ['settings.get', {}], ['municipalities.list', {}], ['organisations.list', {}], ['persons.list', {}],
      ['posts.list', {}], ['committees.list', {}], ['meetings.list', { committeeId }], ['tasks.list', {}], ['themes.list', {}],
      ['roundTables.list', {}], ['history.deleted', {}],
    ];
    for (const [name, input] of calls) {
      const send = (t: TestCore) => (t.core.call(name, input) as Promise<unknown>).then((r) => JSON.parse(JSON.stringify(r)));
      expect(await send(target), name).toEqual(await send(source));
    }
  });

  it('passes the database checks afterwards', () => {
    expect(targetDb.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(targetDb.pragma('foreign_key_check')).toEqual([]);
  });
});
