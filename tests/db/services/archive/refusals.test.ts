import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { testCore, type TestCore } from '../../../helpers/core';
import { fingerprint, inspectDatabase } from '../../../helpers/database';
import { formatOneArchive, readArchiveLines, sealFormatOne, writeArchiveLines, encodeJson, type ArchiveLines } from './archiveFiles';

let exported: string;
let formatOne: ReturnType<typeof formatOneArchive>;
let target: TestCore;
let db: Database.Database;

/** The exported archive changed by `edit`; counts and checksum are brought in line as `seal` says. */
function edited(edit: (a: ArchiveLines) => void, seal: 'all' | 'checksum' | 'none' = 'all'): string {
  const archive = readArchiveLines(exported);
  edit(archive);
  return writeArchiveLines(archive, seal);
}
const rowOf = (a: ArchiveLines, table: string, n = 0) => a.rows.filter((row) => row.t === table)[n].r;
const gzipText = (text: string) => gzipSync(text).toString('base64');

beforeAll(async () => {
  const source = await testCore();
  await source.api.send('setup.initialize', { officeName: 'Kommunales Integrationszentrum', demo: false });
  const town = await source.api.send('municipalities.create', { name: 'Kall', status: 'GEMEINDE', officialKey: '05366024' });
  await source.api.send('organisations.create', { name: 'Gemeinde Kall', kind: 'MUNICIPALITY_ADMIN', municipalityId: town.id });
  exported = (await source.api.send('archive.export', {})).dataBase64;
  const sourceDb = inspectDatabase(source);
  formatOne = formatOneArchive(sourceDb, readArchiveLines(exported).header.schemaVersion);
  sourceDb.close();
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

  it('the archive comes from a newer version of the archive format, packed or not', async () => {
    const newer = 'Das Archiv hat die Formatversion 3 und stammt aus einer neueren Version von KIM Desk. '
      + 'Diese Version liest Archive bis Formatversion 2. Bitte KIM Desk aktualisieren.';
    expect(await refusal(edited((a) => { a.header.formatVersion = 3; }, 'none'))).toMatchObject({ code: 'VALIDATION', message: newer });
    expect(await refusal(encodeJson({ ...formatOne, formatVersion: 3 }))).toMatchObject({ code: 'VALIDATION', message: newer });
  });

  it('the archive comes from a newer database schema', async () => {
    const migrations = readArchiveLines(exported).header.schemaVersion.migrations;
    expect(await refusal(edited((a) => { a.header.schemaVersion = { ...a.header.schemaVersion, migrations: migrations + 1 }; }, 'none'))).toMatchObject({
      code: 'VALIDATION',
      message: `Das Archiv stammt aus einer neueren Datenbankversion (${migrations + 1} Migrationen, diese Version kennt ${migrations}). `
        + 'Bitte KIM Desk aktualisieren.',
    });
  });

  it('the file was cut off (a download or copy that broke off)', async () => {
    const bytes = Buffer.from(exported, 'base64');
    for (const share of [0.3, 0.7, 0.99]) {
      expect(await refusal(bytes.subarray(0, Math.floor(bytes.length * share)).toString('base64')), String(share)).toMatchObject({
        code: 'VALIDATION', message: 'Die Archivdatei ist unvollständig oder beschädigt: Sie lässt sich nicht entpacken.',
      });
    }
    // Cut off before it was packed: the trailer is missing, whether the cut fell between two lines or inside one.
    const text = Buffer.from(writeArchiveLines(readArchiveLines(exported)), 'base64');
    const lines = gunzipSync(text).toString('utf8');
    const lastRow = lines.lastIndexOf('\n', lines.length - 2) + 1;
    for (const cut of [lines.slice(0, lastRow), lines.slice(0, lastRow - 20)]) {
      expect(await refusal(gzipText(cut))).toMatchObject({ message: 'Das Archiv ist unvollständig: Das Ende der Datei fehlt.' });
    }
    const json = JSON.stringify(formatOne);
    expect(await refusal(Buffer.from(json.slice(0, Math.floor(json.length * 0.7))).toString('base64'))).toMatchObject({
      code: 'VALIDATION', message: 'Die Archivdatei ist unvollständig oder beschädigt: Sie lässt sich nicht als JSON lesen.',
    });
  });

  it('a row was removed or a value changed after the export', async () => {
    const changed = 'Das Archiv wurde nach dem Export verändert oder ist beschädigt: Die Prüfsumme stimmt nicht.';
    expect(await refusal(edited((a) => { rowOf(a, 'municipalities').name = 'Hellenthal'; }, 'none'))).toMatchObject({ message: changed });
    // A value that the database would refuse is reported as a change, not as a rule broken by the office's data.
    expect(await refusal(edited((a) => { rowOf(a, 'municipalities').name = null; }, 'none'))).toMatchObject({ message: changed });
    expect(await refusal(edited((a) => { a.header.exportedBy = 'jemand'; }, 'none'))).toMatchObject({ message: changed });
    const withoutRow = edited((a) => { a.rows = a.rows.filter((row) => row.t !== 'organisations'); }, 'checksum');
    expect(await refusal(withoutRow)).toMatchObject({ message: 'Das Archiv ist unvollständig: Die Tabelle „Organisationen“ enthält 0 statt 1 Zeilen.' });
    const one = structuredClone(formatOne);
    one.tables.municipalities[0].name = 'Hellenthal';
    expect(await refusal(encodeJson(one))).toMatchObject({ message: changed });
  });

  it('a table is missing, or a table or column is unknown to this version', async () => {
    expect(await refusal(edited((a) => { delete a.header.tables.posts; }))).toMatchObject({ message: 'Das Archiv ist unvollständig: Die Tabelle „Stellen“ fehlt.' });
    expect(await refusal(edited((a) => { a.header.tables.clients = 0; }))).toMatchObject({ message: 'Das Archiv enthält die unbekannte Tabelle „clients“.' });
    expect(await refusal(edited((a) => { a.rows.push({ t: 'clients', r: { id: 'x' } }); }))).toMatchObject({ message: 'Das Archiv enthält die unbekannte Tabelle „clients“.' });
    expect(await refusal(edited((a) => { rowOf(a, 'municipalities').nationality = 'x'; }))).toMatchObject({
      message: 'Tabelle „Kommunen“, Zeile 1: Die Spalte „nationality“ gibt es in dieser Version nicht.',
    });
    const one = structuredClone(formatOne);
    delete one.tables.posts;
    expect(await refusal(encodeJson(sealFormatOne(one)))).toMatchObject({ message: 'Das Archiv ist unvollständig: Die Tabelle „Stellen“ fehlt.' });
  });

  it('rows break the rules of the tables: a reference into nothing, a missing required value, a duplicate key', async () => {
    expect(await refusal(edited((a) => { a.rows = a.rows.filter((row) => row.t !== 'municipalities'); }))).toMatchObject({
      message: 'Das Archiv ist unvollständig: 1 Verweise zeigen ins Leere (zuerst in „Organisationen“).',
    });
    expect(await refusal(edited((a) => { rowOf(a, 'municipalities').name = null; }))).toMatchObject({
      message: 'Tabelle „Kommunen“, Zeile 1 lässt sich nicht einlesen: Ein Pflichtfeld ist leer.',
    });
    expect(await refusal(edited((a) => {
      const at = a.rows.findIndex((row) => row.t === 'organisations');
      a.rows.splice(at + 1, 0, { t: 'organisations', r: { ...a.rows[at].r } });
    }))).toMatchObject({ message: 'Tabelle „Organisationen“, Zeile 2 lässt sich nicht einlesen: Die Kennung kommt doppelt vor.' });
    expect(await refusal(edited((a) => {
      const at = a.rows.findIndex((row) => row.t === 'municipalities');
      a.rows.splice(at + 1, 0, { t: 'municipalities', r: { ...a.rows[at].r, id: 'zweites-kall' } });
    }))).toMatchObject({ message: 'Tabelle „Kommunen“, Zeile 2 lässt sich nicht einlesen: Ein Wert, der eindeutig sein muss, kommt doppelt vor.' });
  });

  it('the file is not an archive at all', async () => {
    expect(await refusal('kein base64 ✓')).toMatchObject({ message: 'Archivdatei: Die Daten sind nicht Base64-kodiert.' });
    expect(await refusal(encodeJson({ format: 'something-else' }))).toMatchObject({ message: 'Die Datei ist kein KIM-Desk-Archiv.' });
    expect(await refusal(encodeJson([1, 2, 3]))).toMatchObject({ message: 'Die Datei ist kein KIM-Desk-Archiv.' });
    expect(await refusal(gzipText('{"format":"oparl"}\n'))).toMatchObject({ message: 'Die Datei ist kein KIM-Desk-Archiv.' });
    expect(await refusal(gzipText('Name;Status\nKall;GEMEINDE\n'))).toMatchObject({
      message: 'Die Archivdatei ist unvollständig oder beschädigt: Sie lässt sich nicht als JSON lesen.',
    });
    expect(await refusal(Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]).toString('base64'))).toMatchObject({
      message: 'Die Archivdatei ist unvollständig oder beschädigt: Sie lässt sich nicht entpacken.',
    });
    expect(await refusal('')).toMatchObject({ code: 'VALIDATION', message: 'Archivdatei: Bitte eine Archivdatei wählen.' });
  });
});

describe('archive.import accepts', () => {
  it('an archive into a database that holds only the built-in Handlungsfelder, and the result can be exported again alike', async () => {
    await target.api.send('archive.import', { dataBase64: exported });
    const again = readArchiveLines((await target.api.send('archive.export', {})).dataBase64);
    const original = readArchiveLines(exported);
    const withoutAudit = (a: ArchiveLines) => a.rows.filter((row) => row.t !== 'audit_log');
    expect(withoutAudit(again)).toEqual(withoutAudit(original));
    const audit = (a: ArchiveLines) => a.rows.filter((row) => row.t === 'audit_log');
    expect(audit(again).slice(0, -1)).toEqual(audit(original));
  });

  it('an archive unpacked with gunzip (plain JSON Lines)', async () => {
    const plain = gunzipSync(Buffer.from(exported, 'base64'));
    const result = await target.api.send('archive.import', { dataBase64: plain.toString('base64') });
    expect(result.rowCounts).toEqual(readArchiveLines(exported).header.tables);
  });
});
