import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { archiveTables, quote } from '../../../../db/services/archive/archiveTables';
import { testCore, type TestCore } from '../../../helpers/core';
import { inspectDatabase } from '../../../helpers/database';
import { encodeJson, formatOneArchive, readArchiveLines } from './archiveFiles';

/** Archives written before format 2 (one plain JSON document) stay readable: an office may keep one for years. */
let source: TestCore;
let target: TestCore;
let sourceDb: Database.Database;
let targetDb: Database.Database;
let formatOne: ReturnType<typeof formatOneArchive>;

/** Every row of a table as stored, in primary key order. */
function rows(db: Database.Database, table: string): unknown[] {
  const info = archiveTables().find((t) => t.name === table)!;
  const order = info.primaryKey.map((k) => quote(info.columns.find((c) => c.key === k)!.column)).join(', ');
  return db.prepare(`SELECT * FROM ${quote(table)} ORDER BY ${order}`).all();
}

beforeAll(async () => {
  source = await testCore({ now: '2026-11-21T09:00:00Z' });
  await source.api.send('setup.initialize', { officeName: 'Kreis Euskirchen – Kommunales Integrationszentrum', demo: true });
  sourceDb = inspectDatabase(source);
  const { schemaVersion } = readArchiveLines((await source.api.send('archive.export', {})).dataBase64).header;
  formatOne = formatOneArchive(sourceDb, schemaVersion);
  target = await testCore({ now: '2026-11-21T09:30:00Z' });
}, 60_000);
afterAll(() => {
  sourceDb?.close();
  targetDb?.close();
  source?.dispose();
  target?.dispose();
});

describe('archive.import of a format 1 archive', () => {
  it('reads it into an empty database with identical content and notes the format in the audit entry', async () => {
    const result = await target.api.send('archive.import', { dataBase64: encodeJson(formatOne) });
    expect(result).toEqual({ exportedAt: '2026-11-20T16:00:00.000Z', exportedBy: 'frau.schmitz', rowCounts: formatOne.rowCounts });
    targetDb = inspectDatabase(target);
    for (const { name } of archiveTables()) {
      if (name === 'audit_log') continue;
      expect(rows(targetDb, name), name).toEqual(rows(sourceDb, name));
    }
    const audit = rows(targetDb, 'audit_log') as Array<Record<string, unknown>>;
    expect(audit.slice(0, -1)).toEqual(rows(sourceDb, 'audit_log'));
    expect(JSON.parse(audit.at(-1)!.after_json as string)).toMatchObject({ formatVersion: 1 });
  });

  it('is offered again as a format 2 archive when exported from there', async () => {
    const again = readArchiveLines((await target.api.send('archive.export', {})).dataBase64);
    expect(again.header.formatVersion).toBe(2);
    expect(again.rows.filter((r) => r.t === 'municipalities').map((r) => r.r)).toEqual(formatOne.tables.municipalities);
  });
});
