import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { testCore, type TestCore } from '../../../helpers/core';
import { auditEntries, fingerprint, inspectDatabase } from '../../../helpers/database';
import { entry, seedCmOffice, type CmOffice } from './fixture';

let t: TestCore;
let db: Database.Database;
let o: CmOffice;
beforeEach(async () => {
  t = await testCore({ now: '2025-11-03T10:00:00Z' });
  db = inspectDatabase(t);
  o = await seedCmOffice(t.api);
});
afterEach(() => { db.close(); t.dispose(); });

const HEADER = 'Zeitraum von;Zeitraum bis;Träger;Kommune;Handlungsfeld;Neue Fälle;Aktive Fälle;Abgeschlossene Fälle;Kontakte;Begleitungen;Verweisberatungen;Durchschnittliche Dauer (Tage)';
/** As German Excel saves "CSV UTF-8": byte order mark, semicolons, CRLF. */
const excelCsv = (...rows: string[]) => `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`;
const importCsv = (csvText: string, options: { dryRun?: boolean; replaceExisting?: boolean } = {}) =>
  t.api.send('cmFigures.importCsv', { csvText, dryRun: options.dryRun ?? false, replaceExisting: options.replaceExisting });
const messages = (report: { errors: Array<{ message: string }> }) => report.errors.map((e) => e.message);
const stored = () => db.prepare('SELECT count(*) FROM cm_aggregates').pluck().get();

const GOOD = [
  '01.01.2025;30.06.2025;Caritas Eifel;Mechernich;;6;18;5;126;22;9;182,5',
  '01.01.2025;30.06.2025;DRK KV Euskirchen;ZUELPICH;Wohnen;3;7;0;1.234;5;2;',
  '2025-01-01;2025-06-30;katholische jugendagentur bonn ggmbh;;HOUSING;2;4;1;12;1;0;300',
];

describe('cmFigures.importCsv', () => {
  it('imports an Excel CSV with byte order mark and CRLF, matching names regardless of case and umlaut spelling', async () => {
    const report = await importCsv(excelCsv(...GOOD));
    expect(report).toMatchObject({ valid: true, imported: true, separator: ';', rowCount: 3, createCount: 3, replaceCount: 0, errors: [] });

    const rows = await t.api.send('cmFigures.list');
    expect(rows.map((r) => [r.providerName, r.municipalityName, r.fieldOfActionLabel, r.contacts, r.avgDurationDays, r.source])).toEqual([
      ['Caritas Eifel', 'Mechernich', null, 126, 182.5, 'CSV-Import vom 03.11.2025'],
      ['DRK KV Euskirchen', 'Zülpich', 'Wohnen', 1234, null, 'CSV-Import vom 03.11.2025'],
      ['KJA Bonn', null, 'Wohnen', 12, 300, 'CSV-Import vom 03.11.2025'],
    ]);
    expect(auditEntries(db, 'cm_aggregates').map((a) => a.action)).toEqual(['CREATE', 'CREATE', 'CREATE']);
  });

  it('finds names written with decomposed umlauts, "Stadt …", the official key or without the space in "e. V."', async () => {
    const report = await importCsv(excelCsv(
      '01.01.2025;30.06.2025;Caritasverband für die Region Eifel e.V.;Stadt Bad Mu\u0308nstereifel;;1;1;0;1;0;0;',
      '01.01.2025;30.06.2025;Caritas Eifel;05366044;;1;1;0;1;0;0;',
    ));
    expect(report.errors).toEqual([]);
    expect(report.rows.map((r) => [r.providerName, r.municipalityName])).toEqual([['Caritas Eifel', 'Bad Münstereifel'], ['Caritas Eifel', 'Zülpich']]);
  });

  it('only checks in a dry run: the report previews every row, and nothing is written', async () => {
    const before = fingerprint(db);
    const report = await importCsv(excelCsv(...GOOD), { dryRun: true });
    expect(report).toMatchObject({ valid: true, dryRun: true, imported: false, createCount: 3 });
    expect(report.rows[1]).toMatchObject({ row: 3, providerName: 'DRK KV Euskirchen', municipalityName: 'Zülpich', contacts: 1234, action: 'CREATE' });
    expect(fingerprint(db)).toEqual(before);
  });

  it('imports nothing when one row in the middle is bad, and names its row and column', async () => {
    const report = await importCsv(excelCsv(GOOD[0], '01.01.2025;30.06.2025;Caritas Eifel;Zülpich;;2;5;1;12,5;3;1;90', GOOD[1]));
    expect(report).toMatchObject({ valid: false, imported: false, rowCount: 3 });
    expect(messages(report)).toEqual(['Zeile 3, Spalte ‚Kontakte‘: keine ganze Zahl („12,5“).']);
    expect(report.errors[0]).toMatchObject({ row: 3, column: 'Kontakte' });
    expect(stored()).toBe(0);
  });

  it('names an unknown provider and an ambiguous one', async () => {
    await t.api.send('organisations.create', { name: 'Caritas Sozialdienste', shortName: 'Caritas', kind: 'WELFARE_PROVIDER' });
    await t.api.send('organisations.create', { name: 'Caritas', kind: 'OTHER' });
    const report = await importCsv(excelCsv(
      '01.01.2025;30.06.2025;Caritas Nord;Mechernich;;1;1;0;1;0;0;',
      '01.01.2025;30.06.2025;CARITAS;Mechernich;;1;1;0;1;0;0;',
      '01.01.2025;30.06.2025;;Mechernich;;1;1;0;1;0;0;',
    ));
    expect(messages(report)).toEqual([
      'Zeile 2, Spalte ‚Träger‘: „Caritas Nord“ ist keine bekannte Organisation (Name oder Kurzname wie in den Stammdaten).',
      'Zeile 3, Spalte ‚Träger‘: „CARITAS“ passt zu mehreren Einträgen (Caritas Sozialdienste, Caritas); bitte eindeutig angeben.',
      'Zeile 4, Spalte ‚Träger‘: bitte ausfüllen.',
    ]);
  });

  it('refuses negative numbers and fractions but reads thousands separators', async () => {
    const report = await importCsv(excelCsv(
      '01.01.2025;30.06.2025;Caritas Eifel;Mechernich;;-3;18;5;1.234;22;9;',
      '01.07.2025;31.10.2025;Caritas Eifel;Mechernich;;1;1;0;1.23;0;0;−12',
      '01.01.2025;30.06.2025;Caritas Eifel;Zülpich;;1;1;0;1 234;x;;',
    ));
    expect(messages(report)).toEqual([
      'Zeile 2, Spalte ‚Neue Fälle‘: darf nicht negativ sein („-3“).',
      'Zeile 3, Spalte ‚Kontakte‘: keine ganze Zahl („1.23“).',
      'Zeile 3, Spalte ‚Durchschnittliche Dauer (Tage)‘: darf nicht negativ sein („−12“).',
      'Zeile 4, Spalte ‚Begleitungen‘: keine ganze Zahl („x“).',
      'Zeile 4, Spalte ‚Verweisberatungen‘: bitte ausfüllen (0, wenn es keine gab).',
    ]);
  });

  it('refuses a period that ends before it starts, an impossible date and a period in the future', async () => {
    const report = await importCsv(excelCsv(
      '01.07.2025;30.06.2025;Caritas Eifel;Mechernich;;1;1;0;1;0;0;',
      '31.06.2025;30.09.2025;Caritas Eifel;Zülpich;;1;1;0;1;0;0;',
      '01.12.2025;31.12.2025;Caritas Eifel;Zülpich;;1;1;0;1;0;0;',
      '01.01.25;30.06.2025;KJA Bonn;Zülpich;;1;1;0;1;0;0;',
    ));
    expect(messages(report)).toEqual([
      'Zeile 2, Spalte ‚Zeitraum bis‘: liegt vor dem Beginn des Zeitraums (01.07.2025).',
      'Zeile 3, Spalte ‚Zeitraum von‘: dieses Datum gibt es nicht („31.06.2025“).',
      'Zeile 4, Spalte ‚Zeitraum von‘: liegt in der Zukunft (heute ist der 03.11.2025).',
      'Zeile 5, Spalte ‚Zeitraum von‘: kein Datum im Format TT.MM.JJJJ („01.01.25“).',
    ]);
  });

  it('reports a row twice in the file, and periods of one cell that overlap', async () => {
    const report = await importCsv(excelCsv(
      GOOD[0],
      '01.04.2025;30.09.2025;Caritas Eifel;Mechernich;;1;1;0;1;0;0;',
      GOOD[0].replace(';126;', ';130;'),
    ));
    expect(messages(report)).toEqual([
      'Zeile 3, Spalte ‚Zeitraum von‘: der Zeitraum überschneidet sich mit Zeile 2 (01.01.2025–30.06.2025) für denselben Träger, dieselbe Kommune und dasselbe Handlungsfeld.',
      'Zeile 4: dieselbe Kombination aus Zeitraum, Träger, Kommune und Handlungsfeld steht schon in Zeile 2.',
    ]);
  });

  it('reports figures that are already stored, and replaces them only when asked to', async () => {
    const existing = await t.api.send('cmFigures.upsert', entry(o.caritasEifel, o.mechernich, { contacts: 99 }));
    const refused = await importCsv(excelCsv(...GOOD));
    expect(messages(refused)).toEqual(['Zeile 2: für diesen Zeitraum, Träger, Kommune und Handlungsfeld sind bereits Zahlen erfasst; '
      + 'zum Überschreiben „Vorhandene Einträge ersetzen“ wählen.']);
    expect(stored()).toBe(1);

    const replaced = await importCsv(excelCsv(...GOOD), { replaceExisting: true });
    expect(replaced).toMatchObject({ imported: true, createCount: 2, replaceCount: 1 });
    expect(replaced.rows[0].action).toBe('REPLACE');
    const rows = await t.api.send('cmFigures.list', { providerOrganisationId: o.caritasEifel });
    expect(rows).toEqual([expect.objectContaining({ id: existing.figure.id, contacts: 126 })]);
    expect(auditEntries(db, 'cm_aggregates').map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'CREATE', 'CREATE']);

    const overlapping = await importCsv(excelCsv('01.04.2025;30.09.2025;Caritas Eifel;Mechernich;;1;1;0;1;0;0;'), { replaceExisting: true });
    expect(messages(overlapping)).toEqual(['Zeile 2, Spalte ‚Zeitraum von‘: der Zeitraum überschneidet sich mit dem bereits erfassten Zeitraum '
      + '01.01.2025–30.06.2025 für denselben Träger, dieselbe Kommune und dasselbe Handlungsfeld.']);
  });

  it('reads comma-separated files with quoted names, in any column order, and line breaks inside quotes', async () => {
    const report = await importCsv([
      'Träger,Zeitraum von,Zeitraum bis,Neue Fälle,Aktive Fälle,Abgeschlossene Fälle,Kontakte,Begleitungen,Verweisberatungen,Kommune',
      '"Deutsches Rotes Kreuz Kreisverband Euskirchen e. V.",01.01.2025,30.06.2025,1,2,0,3,0,0,Zülpich',
      '"Caritasverband für die Region Eifel e. V.,\nFachdienst Integration",01.01.2025,30.06.2025,1,2,0,3,0,0,Mechernich',
      '"Verein ""Neue Wege""",01.01.2025,30.06.2025,1,2,0,3,0,0,Mechernich',
    ].join('\n'), { dryRun: true });
    expect(report.separator).toBe(',');
    expect(messages(report)).toEqual([
      'Zeile 3, Spalte ‚Träger‘: „Caritasverband für die Region Eifel e. V…“ ist keine bekannte Organisation (Name oder Kurzname wie in den Stammdaten).',
      'Zeile 5, Spalte ‚Träger‘: „Verein "Neue Wege"“ ist keine bekannte Organisation (Name oder Kurzname wie in den Stammdaten).',
    ]);
    expect(report.rows.map((r) => [r.row, r.providerName, r.municipalityName, r.fieldOfAction, r.avgDurationDays])).toEqual([[2, 'DRK KV Euskirchen', 'Zülpich', null, null]]);
  });

  it('explains a row with more values than the header has columns (an unquoted comma in a name)', async () => {
    const report = await importCsv([
      'Zeitraum von,Zeitraum bis,Träger,Kommune,Neue Fälle,Aktive Fälle,Abgeschlossene Fälle,Kontakte,Begleitungen,Verweisberatungen',
      '01.01.2025,30.06.2025,Caritasverband Eifel, Fachdienst Integration,Mechernich,1,2,0,3,0,0',
    ].join('\r\n'));
    expect(messages(report)).toEqual(['Zeile 2: mehr Werte (11) als Spalten in der Kopfzeile (10); steht ein Trennzeichen in einem Namen, '
      + 'bitte den Namen in Anführungszeichen setzen.']);
  });

  it('names missing and doubled columns in the header and warns about unknown ones', async () => {
    const report = await importCsv('Zeitraum von;Zeitraum bis;Träger;Neue Fälle;Aktive Fälle;Kontakte;kontakte;Begleitungen;Verweisberatungen;Bemerkung\r\n01.01.2025;30.06.2025;Caritas Eifel;1;1;1;1;0;0;x');
    expect(messages(report)).toEqual([
      'Zeile 1: Die Spalte ‚Kontakte‘ kommt doppelt vor.',
      'Zeile 1: Die Spalte ‚Abgeschlossene Fälle‘ fehlt.',
    ]);
    expect(report.warnings).toEqual(['Die Spalte „Bemerkung“ ist unbekannt und wird nicht eingelesen.']);
  });

  it('recognises a file that was not saved as UTF-8', async () => {
    const report = await importCsv(excelCsv('01.01.2025;30.06.2025;Caritas Eifel;Z\uFFFDlpich;;1;1;0;1;0;0;'));
    expect(messages(report)).toEqual(['Zeile 2: enthält unlesbare Zeichen (�); die Datei ist wohl nicht als UTF-8 gespeichert. Bitte in Excel „CSV UTF-8“ wählen.']);
  });

  it('reports an empty file, a header without rows and an unclosed quote', async () => {
    expect(messages(await importCsv(''))).toEqual(['Die Datei enthält keine Zeilen.']);
    expect(messages(await importCsv(excelCsv()))).toEqual(['Die Datei enthält keine Datenzeilen unter der Kopfzeile.']);
    expect(messages(await importCsv(excelCsv('01.01.2025;30.06.2025;"Caritas Eifel;Mechernich;;1;1;0;1;0;0;'))))
      .toEqual(['Zeile 2: Ein Anführungszeichen wird nicht wieder geschlossen.']);
  });

  it('refuses a file larger than five million characters in German', async () => {
    await expect(importCsv('x'.repeat(5_000_001), { dryRun: true })).rejects.toMatchObject({
      code: 'VALIDATION', message: 'CSV-Datei: Die Datei ist zu groß (höchstens 5.000.000 Zeichen).',
    });
  });
});

describe('exports.cmCsvTemplate', () => {
  it('is a UTF-8 CSV with byte order mark, semicolons, the German header and one example row', async () => {
    const file = await t.api.send('exports.cmCsvTemplate');
    expect(file).toMatchObject({ fileName: 'Vorlage CM-Kennzahlen.csv', mimeType: 'text/csv; charset=utf-8' });
    const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([HEADER, '01.01.2025;30.06.2025;Beispielträger (Zeile ersetzen);Beispielkommune;Wohnen;6;18;5;126;22;9;182,5', '']);
  });

  it('cannot import its example row by accident, and imports once the names are replaced', async () => {
    const text = Buffer.from((await t.api.send('exports.cmCsvTemplate')).dataBase64, 'base64').toString('utf8');
    expect(messages(await importCsv(text))).toEqual([
      'Zeile 2, Spalte ‚Träger‘: „Beispielträger (Zeile ersetzen)“ ist keine bekannte Organisation (Name oder Kurzname wie in den Stammdaten).',
      'Zeile 2, Spalte ‚Kommune‘: „Beispielkommune“ ist keine bekannte Kommune (Name oder Gemeindeschlüssel; leer lassen, wenn nicht aufgeschlüsselt).',
    ]);
    const filled = text.replace('Beispielträger (Zeile ersetzen)', 'Caritas Eifel').replace('Beispielkommune', 'Mechernich');
    expect(await importCsv(filled)).toMatchObject({ valid: true, imported: true, createCount: 1 });
  });
});
