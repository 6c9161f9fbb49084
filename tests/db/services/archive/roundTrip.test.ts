import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../../../../db/schema';
import type { MethodName } from '../../../../db/api/contract';
import { testCore, type TestCore } from '../../../helpers/core';
import { inspectDatabase } from '../../../helpers/database';
import { readArchiveLines, tablesOf, type ArchiveLines } from './archiveFiles';

const OFFICE = 'Kreis Euskirchen – Kommunales Integrationszentrum';
const SCHEMA_TABLES = (Object.values(schema) as unknown[]).filter((v): v is SQLiteTable => v instanceof SQLiteTable).map((t) => getTableConfig(t));

let source: TestCore;
let target: TestCore;
let sourceDb: Database.Database;
let targetDb: Database.Database;
let file: { fileName: string; mimeType: string; dataBase64: string };
let archive: ArchiveLines;
let tables: Record<string, Array<Record<string, unknown>>>;

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
  archive = readArchiveLines(file.dataBase64);
  tables = tablesOf(archive);
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

describe('archive.export: one versioned file of everything, gzip-compressed JSON Lines', () => {
  it('is named by the day and starts with a header line that says what it is and which schema it was written with', () => {
    const journal = JSON.parse(readFileSync(new URL('../../../../db/migrations/meta/_journal.json', import.meta.url), 'utf8'));
    expect(file.fileName).toBe('kim-desk-archiv-2026-11-21.jsonl.gz');
    expect(file.mimeType).toBe('application/gzip');
    expect(archive.header).toMatchObject({
      format: 'kim-desk-archive',
      formatVersion: 2,
      schemaVersion: { migrations: journal.entries.length, lastMigration: journal.entries.at(-1).tag },
      exportedAt: '2026-11-21T09:00:00.000Z',
      exportedBy: 'test',
      office: { officeName: OFFICE },
    });
  });

  it('holds every table of the schema, audit log included, one line per row as stored, parents before children', () => {
    expect(Object.keys(archive.header.tables).sort()).toEqual(SCHEMA_TABLES.map((t) => t.name).sort());
    for (const { name } of SCHEMA_TABLES) {
      expect(tables[name], name).toEqual(rowsOf(sourceDb, name));
      expect(archive.header.tables[name], name).toBe(tables[name].length);
    }
    expect(tables.municipalities).toHaveLength(11);
    expect(tables.audit_log.length).toBeGreaterThan(3);
    const order = [...new Set(archive.rows.map((row) => row.t))];
    expect(archive.rows.map((row) => row.t)).toEqual(order.flatMap((t) => tables[t].map(() => t)));
    expect(order.indexOf('municipalities')).toBeLessThan(order.indexOf('organisations'));
  });

  it('ends with a trailer holding the row count and the sha256 of every line before it', () => {
    const text = gunzipSync(Buffer.from(file.dataBase64, 'base64')).toString('utf8');
    const beforeTrailer = text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1);
    expect(archive.trailer).toEqual({
      end: 'kim-desk-archive',
      rows: archive.rows.length,
      checksum: { algorithm: 'sha256', lines: createHash('sha256').update(beforeTrailer).digest('hex') },
    });
  });

  it('is the same file when exported twice from the same data', async () => {
    expect((await source.api.send('archive.export', {})).dataBase64).toBe(file.dataBase64);
  });

  it('leaves out only bookkeeping and the search index, which the database rebuilds from the data', () => {
    const stored = sourceDb.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    const notArchived = stored.filter((name) => !Object.hasOwn(archive.header.tables, name));
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
    expect(JSON.parse(audit.at(-1)!.after_json as string)).toMatchObject({ exportedAt: '2026-11-21T09:00:00.000Z', rowCounts: archive.header.tables });
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
