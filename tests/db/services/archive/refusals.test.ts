import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { tablesChecksum } from '../../../../db/services/archive/archiveFormat';
import { testCore, type TestCore } from '../../../helpers/core';
import { fingerprint, inspectDatabase } from '../../../helpers/database';

type ArchiveJson = Record<string, unknown> & {
  formatVersion: number;
  schemaVersion: { migrations: number; lastMigration: string };
  rowCounts: Record<string, number>;
  checksum: { algorithm: string; tables: string };
  tables: Record<string, Array<Record<string, unknown>>>;
};

let exported: string;
let target: TestCore;
let db: Database.Database;

const decode = (base64: string): ArchiveJson => JSON.parse(Buffer.from(base64, 'base64').toString('utf8'));
const encode = (json: unknown) => Buffer.from(JSON.stringify(json), 'utf8').toString('base64');

/** The exported archive changed by `edit`; counts and checksum are brought in line unless `keepSeals` is set. */
function edited(edit: (a: ArchiveJson) => void, keepSeals = false): string {
  const archive = decode(exported);
  edit(archive);
  if (!keepSeals) {
    archive.rowCounts = Object.fromEntries(Object.entries(archive.tables).map(([name, rows]) => [name, rows.length]));
    archive.checksum.tables = tablesChecksum(archive.tables);
  }
  return encode(archive);
}

beforeAll(async () => {
  const source = await testCore();
  await source.api.send('setup.initialize', { officeName: 'Kommunales Integrationszentrum', demo: false });
  const town = await source.api.send('municipalities.create', { name: 'Kall', status: 'GEMEINDE', officialKey: '05366024' });
  await source.api.send('organisations.create', { name: 'Gemeinde Kall', kind: 'MUNICIPALITY_ADMIN', municipalityId: town.id });
  exported = (await source.api.send('archive.export', {})).dataBase64;
  source.dispose();
});

beforeEach(async () => {
  target = await testCore();
  db = inspectDatabase(target);
});
afterEach(() => {
  db.close();
  target.dispose();
});

/** Imports `data` and expects a refusal that left the database exactly as it was. */
async function refusal(data: string) {
  const before = fingerprint(db);
  const error = await target.core.call('archive.import', { dataBase64: data }).then(() => undefined, (e: unknown) => e);
  expect(error, 'the import was accepted').toBeDefined();
  expect(fingerprint(db)).toEqual(before);
  return error as { code: string; message: string };
}

describe('archive.import refuses, and writes nothing, when', () => {
  it('the database already holds data, even only the office settings', async () => {
    await target.api.send('archive.import', { dataBase64: exported });
    // Three records and the settings from the archive, and the import's own audit entry.
    expect(await refusal(exported)).toMatchObject({
      code: 'CONFLICT',
      message: 'Ein Archiv kann nur in eine leere Datenbank eingelesen werden. Diese Datenbank enthält bereits Daten: '
        + 'Kommunen (1), Organisationen (1), Verlauf (4), Einstellungen (1).',
    });
  });

  it('only the office was set up', async () => {
    await target.api.send('setup.initialize', { officeName: 'KI', demo: false });
    expect(await refusal(exported)).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Einstellungen (1)') });
  });

  it('the archive comes from a newer version of the archive format', async () => {
    expect(await refusal(edited((a) => { a.formatVersion = 2; }, true))).toMatchObject({
      code: 'VALIDATION',
      message: 'Das Archiv hat die Formatversion 2 und stammt aus einer neueren Version von KIM Desk. '
        + 'Diese Version liest Archive bis Formatversion 1. Bitte KIM Desk aktualisieren.',
    });
  });

  it('the archive comes from a newer database schema', async () => {
    const migrations = decode(exported).schemaVersion.migrations;
    expect(await refusal(edited((a) => { a.schemaVersion.migrations = migrations + 1; }, true))).toMatchObject({
      code: 'VALIDATION',
      message: `Das Archiv stammt aus einer neueren Datenbankversion (${migrations + 1} Migrationen, diese Version kennt ${migrations}). `
        + 'Bitte KIM Desk aktualisieren.',
    });
  });

  it('the file was cut off (a download or copy that broke off)', async () => {
    const json = Buffer.from(exported, 'base64').toString('utf8');
    const truncated = Buffer.from(json.slice(0, Math.floor(json.length * 0.7)), 'utf8').toString('base64');
    expect(await refusal(truncated)).toMatchObject({
      code: 'VALIDATION', message: 'Die Archivdatei ist unvollständig oder beschädigt: Sie lässt sich nicht als JSON lesen.',
    });
  });

  it('a row was removed or a value changed after the export', async () => {
    expect(await refusal(edited((a) => { a.tables.municipalities[0].name = 'Hellenthal'; }, true))).toMatchObject({
      message: 'Das Archiv wurde nach dem Export verändert oder ist beschädigt: Die Prüfsumme stimmt nicht.',
    });
    const withoutRow = edited((a) => {
      a.tables.organisations = [];
      a.checksum.tables = tablesChecksum(a.tables);
    }, true);
    expect(await refusal(withoutRow)).toMatchObject({ message: 'Das Archiv ist unvollständig: Die Tabelle „Organisationen“ enthält 0 statt 1 Zeilen.' });
  });

  it('a table is missing, or a table or column is unknown to this version', async () => {
    expect(await refusal(edited((a) => { delete a.tables.posts; }))).toMatchObject({ message: 'Das Archiv ist unvollständig: Die Tabelle „Stellen“ fehlt.' });
    expect(await refusal(edited((a) => { a.tables.clients = []; }))).toMatchObject({ message: 'Das Archiv enthält die unbekannte Tabelle „clients“.' });
    expect(await refusal(edited((a) => { a.tables.municipalities[0].nationality = 'x'; }))).toMatchObject({
      message: 'Tabelle „Kommunen“, Zeile 1: Die Spalte „nationality“ gibt es in dieser Version nicht.',
    });
  });

  it('rows break the rules of the tables: a reference into nothing, a missing required value, a duplicate key', async () => {
    expect(await refusal(edited((a) => { a.tables.municipalities = []; }))).toMatchObject({
      message: 'Das Archiv ist unvollständig: 1 Verweise zeigen ins Leere (zuerst in „Organisationen“).',
    });
    expect(await refusal(edited((a) => { a.tables.municipalities[0].name = null; }))).toMatchObject({
      message: 'Tabelle „Kommunen“, Zeile 1 lässt sich nicht einlesen: Ein Pflichtfeld ist leer.',
    });
    expect(await refusal(edited((a) => { a.tables.organisations.push({ ...a.tables.organisations[0] }); }))).toMatchObject({
      message: 'Tabelle „Organisationen“, Zeile 2 lässt sich nicht einlesen: Die Kennung kommt doppelt vor.',
    });
    expect(await refusal(edited((a) => { a.tables.municipalities.push({ ...a.tables.municipalities[0], id: 'zweites-kall' }); }))).toMatchObject({
      message: 'Tabelle „Kommunen“, Zeile 2 lässt sich nicht einlesen: Ein Wert, der eindeutig sein muss, kommt doppelt vor.',
    });
  });

  it('the file is not an archive at all', async () => {
    expect(await refusal('kein base64 ✓')).toMatchObject({ message: 'Archivdatei: Die Daten sind nicht Base64-kodiert.' });
    expect(await refusal(encode({ format: 'something-else' }))).toMatchObject({ message: 'Die Datei ist kein KIM-Desk-Archiv.' });
    expect(await refusal(encode([1, 2, 3]))).toMatchObject({ message: 'Die Datei ist kein KIM-Desk-Archiv.' });
    expect(await refusal('')).toMatchObject({ code: 'VALIDATION', message: 'Archivdatei: Bitte eine Archivdatei wählen.' });
  });
});

describe('archive.import accepts', () => {
  it('an archive into a database that holds only the built-in Handlungsfelder, and the result can be exported again alike', async () => {
    await target.api.send('archive.import', { dataBase64: exported });
    const again = decode((await target.api.send('archive.export', {})).dataBase64);
    const original = decode(exported);
    for (const name of Object.keys(original.tables)) {
      if (name !== 'audit_log') expect(again.tables[name], name).toEqual(original.tables[name]);
    }
    expect(again.tables.audit_log.slice(0, -1)).toEqual(original.tables.audit_log);
  });
});

