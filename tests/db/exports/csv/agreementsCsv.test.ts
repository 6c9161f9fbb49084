import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportScenario, type ExportScenario } from '../roundTables/scenario';
import { csvField, toCsv } from '../../../../db/exports/csv/csv';

let s: ExportScenario;
beforeAll(async () => { s = await exportScenario(); });
afterAll(() => s.w.dispose());

const bytesOf = async (input: Record<string, unknown> = {}) => {
  const file = await s.w.t.api.send('exports.agreementsCsv', input);
  return { file, bytes: Buffer.from(file.dataBase64, 'base64') };
};

/** Splits RFC 4180 text into records of fields, honouring quotes (the reading side of what the export writes). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') { record.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field); records.push(record); record = []; field = ''; i++;
    } else field += c;
  }
  return records;
}

describe('the agreement list as CSV for German Excel', () => {
  it('is UTF-8 with a byte order mark, so Excel shows the umlauts', async () => {
    const { file, bytes } = await bytesOf();
    expect(file).toMatchObject({ fileName: '2025-07-10 Vereinbarungen Runde Tische alle Kommunen.csv', mimeType: 'text/csv; charset=utf-8' });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // "Zülpich": ü is the two bytes C3 BC in UTF-8, not the one byte FC of Windows-1252.
    expect(bytes.includes(Buffer.from([0x5a, 0xc3, 0xbc, 0x6c]))).toBe(true);
    expect(bytes.includes(Buffer.from([0xfc]))).toBe(false);
  });

  it('separates fields by semicolons and records by CRLF, the header first', async () => {
    const text = (await bytesOf()).bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe('Kommune(n);Datum Runder Tisch;Format;Runder Tisch;Vereinbarung;Verantwortlich;Fällig am;Status;'
      + 'Tage überfällig;Erledigt am;Grund der Verzögerung;Letzte Fortschrittsnotiz');
    // A line feed appears only inside a quoted field (the progress note), never as a record end.
    expect(text.replace(/"[^"]*(?:""[^"]*)*"/g, '')).not.toMatch(/[^\r]\n/);
    const records = parseCsv(text);
    expect(records).toHaveLength(5);
    expect(records.every((r) => r.length === 12)).toBe(true);
  });

  it('writes dates as dd.mm.yyyy and quotes fields with semicolons, quotes and line breaks per RFC 4180', async () => {
    const text = (await bytesOf()).bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[1]).toBe('Kall, Zülpich;05.11.2024;Entwicklungskonferenz;Bördekonferenz Integration;Sprachkursbedarf in Kall erheben;'
      + 'DRK KV Euskirchen;31.12.2025;offen;;;;');
    expect(lines[2]).toBe('Zülpich;10.06.2025;Runder Tisch Integration;Runder Tisch Integration Zülpich;'
      + '"CM-Sprechstunde im Rathaus einrichten; Raum klären";Jürgen Müller;30.06.2025;offen;10;;;');
    const volunteers = parseCsv(text).find((r) => r[4].includes('Ehrenamt'))!;
    // A leading "=" would make Excel run the cell as a formula; the apostrophe keeps it text.
    expect(volunteers[4]).toBe(`'=Begleitungen mit dem "Ehrenamt" abstimmen`);
    expect(text).toContain(`;"'=Begleitungen mit dem ""Ehrenamt"" abstimmen";`);
    expect(volunteers[11]).toBe('Erstes Treffen vereinbart.\nProtokoll folgt.');
    const done = parseCsv(text).find((r) => r[7] === 'erledigt')!;
    expect(done[9]).toBe('20.06.2025');
  });

  it('filters like the Excel export', async () => {
    const { file, bytes } = await bytesOf({ municipalityId: s.w.municipality.zuelpich, status: 'DONE' });
    expect(file.fileName).toBe('2025-07-10 Vereinbarungen Runde Tische Zülpich erledigt.csv');
    expect(parseCsv(bytes.toString('utf8').slice(1)).map((r) => r[4])).toEqual(['Vereinbarung', 'Infoblatt „Wohnen“ für Vermieter*innen entwerfen']);
  });
});

describe('toCsv', () => {
  it('suppresses per-municipality counts below the threshold and leaves other numbers alone', () => {
    const csv = toCsv([
      { header: 'Kommune', kind: 'text', value: (r: { name: string; cases: number; days: number }) => r.name },
      { header: 'Fälle', kind: 'count', value: (r) => r.cases },
      { header: 'Tage', kind: 'integer', value: (r) => r.days },
    ], [{ name: 'Dahlem', cases: 2, days: 1 }, { name: 'Kall', cases: 0, days: 2 }, { name: 'Zülpich', cases: 1234, days: 3 }], { smallCountThreshold: 3 });
    expect(csv).toBe('\uFEFFKommune;Fälle;Tage\r\nDahlem;< 3;1\r\nKall;0;2\r\nZülpich;1234;3\r\n');
  });

  it('quotes only what needs quoting', () => {
    expect(csvField('Rathaus Kall')).toBe('Rathaus Kall');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('Sie sagte "ja"')).toBe('"Sie sagte ""ja"""');
    expect(csvField('Zeile 1\r\nZeile 2')).toBe('"Zeile 1\r\nZeile 2"');
  });
});
