import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveSizeProblem, maxArchiveBytes, readArchiveHead } from '../../../../renderer/pages/firstRun/archiveFile';
import { testCore, type TestCore } from '../../../helpers/core';

const MB = 1024 * 1024;

describe('the size an archive file may have', () => {
  it('in the browser is what fits, as base64 in JSON, into the 25 MB request the local server accepts', () => {
    const max = maxArchiveBytes(false);
    expect(4 * Math.ceil(max / 3) + '{"dataBase64":""}'.length).toBeLessThanOrEqual(25 * MB);
    expect(4 * Math.ceil((max + 1) / 3) + '{"dataBase64":""}'.length).toBeGreaterThan(25 * MB);
    expect(archiveSizeProblem(max, false)).toBeUndefined();
    expect(archiveSizeProblem(31 * MB, false)).toBe('Die Datei ist 31 MB groß; KIM Desk liest Archivdateien bis 18,7 MB, wenn es im Browser läuft. '
      + 'Größere Archive bitte in der Desktop-App einlesen.');
  });

  it('in the desktop app is the core\'s own limit of 400 million base64 characters', () => {
    expect(maxArchiveBytes(true)).toBe(300_000_000);
    expect(archiveSizeProblem(31 * MB, true)).toBeUndefined();
    expect(archiveSizeProblem(300_000_000, true)).toBeUndefined();
    expect(archiveSizeProblem(310_000_000, true)).toBe('Die Datei ist 295,6 MB groß; KIM Desk liest Archivdateien bis 286,1 MB.');
  });

  it('refuses an empty file at once', () => {
    expect(archiveSizeProblem(0, true)).toBe('Die Datei ist leer.');
  });
});

describe('readArchiveHead: the part of the chosen file the preview reads', () => {
  let source: TestCore;
  let gzip: Buffer;
  let headerLine: string;
  beforeAll(async () => {
    source = await testCore({ now: '2026-11-16T08:00:00Z' });
    await source.api.send('setup.initialize', { officeName: 'Kreis Euskirchen', demo: true });
    gzip = Buffer.from((await source.api.send('archive.export', {})).dataBase64, 'base64');
    const text = gunzipSync(gzip).toString('utf8');
    headerLine = text.slice(0, text.indexOf('\n'));
  });
  afterAll(() => source.dispose());
  const blob = (bytes: Uint8Array | string) => new Blob([bytes as BlobPart]);

  it('unpacks only the header line of a gzip archive, with the browser\'s own DecompressionStream', async () => {
    expect(await readArchiveHead(blob(gzip))).toEqual({ ok: true, text: headerLine });
    expect(JSON.parse(headerLine)).toMatchObject({ format: 'kim-desk-archive', formatVersion: 2 });
    // The rows are not needed for it: a file cut off after the header still shows its preview (the core refuses it).
    expect(await readArchiveHead(blob(gzip.subarray(0, Math.floor(gzip.length / 2))))).toEqual({ ok: true, text: headerLine });
  });

  it('refuses a gzip file that breaks off before the header line ends, in German', async () => {
    expect(await readArchiveHead(blob(gzip.subarray(0, 40)))).toEqual({
      ok: false, message: 'Die Archivdatei ist unvollständig oder beschädigt: Sie lässt sich nicht entpacken.',
    });
  });

  it('reads the first line of an archive unpacked by hand, and all of a format 1 document', async () => {
    expect(await readArchiveHead(blob(gunzipSync(gzip)))).toEqual({ ok: true, text: headerLine });
    const formatOne = JSON.stringify({ format: 'kim-desk-archive', formatVersion: 1, tables: {} }, null, 2);
    expect(await readArchiveHead(blob(formatOne))).toEqual({ ok: true, text: formatOne });
    expect(await readArchiveHead(blob(gzipSync('{"format":"kim-desk-archive"}\n{"t":1}\n')))).toEqual({ ok: true, text: '{"format":"kim-desk-archive"}' });
  });

  it('stops at a megabyte when a packed file has no line break (a bomb or some other data)', async () => {
    const head = await readArchiveHead(blob(gzipSync(Buffer.alloc(50 * 1024 * 1024, 'a'))));
    expect(head.ok && head.text.length).toBe(1024 * 1024);
  });
});
