import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchiveHeader, type HeaderResult } from '../../../../renderer/pages/firstRun/archiveHeader';
import { testCore, type TestCore } from '../../../helpers/core';

const SUPPORTED = { formatVersion: 2, schemaMigrations: 3 };

let source: TestCore;
let exported: string;

beforeAll(async () => {
  source = await testCore({ now: '2026-11-16T08:00:00Z' });
  await source.api.send('setup.initialize', { officeName: 'Kreis Euskirchen – Kommunales Integrationszentrum', demo: false });
  await source.api.send('municipalities.create', { name: 'Kall', status: 'GEMEINDE' });
  await source.api.send('municipalities.create', { name: 'Dahlem', status: 'GEMEINDE' });
  // What the page hands over of a format 2 file: its header line.
  const lines = gunzipSync(Buffer.from((await source.api.send('archive.export', {})).dataBase64, 'base64')).toString('utf8');
  exported = lines.slice(0, lines.indexOf('\n'));
});
afterAll(() => source.dispose());

const supportedNow = async () => {
  const status = await source.api.send('archive.importStatus', {});
  return { formatVersion: status.formatVersion, schemaMigrations: status.schemaMigrations };
};
const edited = (edit: (a: Record<string, unknown>) => void) => {
  const archive = JSON.parse(exported) as Record<string, unknown>;
  edit(archive);
  return JSON.stringify(archive);
};
const message = (result: HeaderResult) => (result.ok ? 'accepted' : result.message);

describe('readArchiveHeader: what the chosen file says about itself, before anything is imported', () => {
  it('reads an archive as the core exports it: office, date, versions and the counts of the main kinds of records', async () => {
    const result = readArchiveHeader(exported, await supportedNow());
    expect(result).toEqual({
      ok: true,
      header: {
        officeName: 'Kreis Euskirchen – Kommunales Integrationszentrum',
        exportedAt: '2026-11-16T08:00:00.000Z',
        exportedBy: 'test',
        formatVersion: 2,
        schemaMigrations: (await supportedNow()).schemaMigrations,
        counts: [{ label: 'Kommunen', count: 2 }, { label: 'Verlaufseinträge', count: 3 }],
        totalRows: expect.any(Number),
      },
    });
    if (result.ok) expect(result.header.totalRows).toBeGreaterThanOrEqual(2 + 3 + 1);
  });

  it('reads an archive of format 1 (one JSON document with the rows and their counts)', () => {
    const formatOne = JSON.stringify({
      format: 'kim-desk-archive', formatVersion: 1, schemaVersion: { migrations: 2, lastMigration: 'x' }, exportedAt: '2026-03-02T10:00:00.000Z',
      exportedBy: 'frau.schmitz', office: { officeName: 'KI Düren' }, rowCounts: { municipalities: 1, audit_log: 2 },
      checksum: { algorithm: 'sha256', tables: 'x' }, tables: { municipalities: [{ id: 'a' }], audit_log: [{}, {}] },
    }, null, 2);
    expect(readArchiveHeader(formatOne, SUPPORTED)).toEqual({
      ok: true,
      header: {
        officeName: 'KI Düren', exportedAt: '2026-03-02T10:00:00.000Z', exportedBy: 'frau.schmitz', formatVersion: 1, schemaMigrations: 2,
        counts: [{ label: 'Kommunen', count: 1 }, { label: 'Verlaufseinträge', count: 2 }], totalRows: 3,
      },
    });
  });

  it('refuses files that are empty, cut off or no JSON, in German', () => {
    expect(message(readArchiveHeader('  \n', SUPPORTED))).toBe('Die Datei ist leer.');
    expect(message(readArchiveHeader(exported.slice(0, exported.length / 2), SUPPORTED)))
      .toBe('Die Archivdatei ist unvollständig oder beschädigt: Sie lässt sich nicht als JSON lesen.');
    expect(message(readArchiveHeader('Name;Status\nKall;GEMEINDE', SUPPORTED)))
      .toBe('Die Archivdatei ist unvollständig oder beschädigt: Sie lässt sich nicht als JSON lesen.');
  });

  it('refuses JSON that is not a KIM Desk archive or has a damaged header', () => {
    const notAnArchive = 'Die Datei ist kein KIM-Desk-Archiv.';
    for (const text of ['[1,2,3]', 'null', '"kim-desk-archive"', JSON.stringify({ format: 'oparl' })]) {
      expect(message(readArchiveHeader(text, SUPPORTED)), text).toBe(notAnArchive);
    }
    const damaged: Array<(a: Record<string, unknown>) => void> = [
      (a) => { a.formatVersion = '1'; },
      (a) => { a.formatVersion = 0; },
      (a) => { a.schemaVersion = { migrations: -1 }; },
      (a) => { a.exportedAt = 'gestern'; },
      (a) => { a.tables = { municipalities: 'zwei' }; },
      (a) => { a.tables = { municipalities: [] }; },
      (a) => { delete a.tables; },
    ];
    for (const edit of damaged) expect(message(readArchiveHeader(edited(edit), SUPPORTED)), edit.toString()).toBe(notAnArchive);
  });

  it('refuses an archive from a newer KIM Desk, naming the versions, and accepts an older one', () => {
    expect(message(readArchiveHeader(edited((a) => { a.formatVersion = 3; }), SUPPORTED))).toBe(
      'Das Archiv hat die Formatversion 3 und stammt aus einer neueren Version von KIM Desk. '
      + 'Diese Version liest Archive bis Formatversion 2. Bitte KIM Desk aktualisieren.');
    expect(message(readArchiveHeader(edited((a) => { a.schemaVersion = { migrations: 4, lastMigration: 'x' }; }), SUPPORTED))).toBe(
      'Das Archiv stammt aus einer neueren Datenbankversion (4 Migrationen, diese Version kennt 3). Bitte KIM Desk aktualisieren.');
    expect(readArchiveHeader(edited((a) => { a.schemaVersion = { migrations: 1, lastMigration: 'x' }; }), SUPPORTED).ok).toBe(true);
  });

  it('shows what it cannot vouch for as "not given" rather than trusting odd values', () => {
    const result = readArchiveHeader(edited((a) => { a.office = { officeName: 42 }; a.exportedBy = ''; }), SUPPORTED);
    expect(result.ok && result.header).toMatchObject({ officeName: null, exportedBy: null });
    const long = readArchiveHeader(edited((a) => { a.office = { officeName: 'x'.repeat(5000) }; }), SUPPORTED);
    expect(long.ok && long.header.officeName).toHaveLength(200);
  });
});
