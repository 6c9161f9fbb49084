import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportScenario, type ExportScenario } from '../roundTables/scenario';
import { safeSheetName, XLSX_MIME, xlsxTable } from '../../../../db/exports/xlsx/xlsxTable';

let s: ExportScenario;
beforeAll(async () => { s = await exportScenario(); });
afterAll(() => s.w.dispose());

async function workbookOf(dataBase64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

describe('the agreement list as Excel workbook', () => {
  it('has a bold, frozen German header row with an autofilter over all columns', async () => {
    const file = await s.w.t.api.send('exports.agreementsXlsx', {});
    expect(file).toMatchObject({ fileName: '2025-07-10 Vereinbarungen Runde Tische alle Kommunen.xlsx', mimeType: XLSX_MIME });
    const workbook = await workbookOf(file.dataBase64);
    expect(workbook.creator).toBe('KIM Desk');
    const sheet = workbook.getWorksheet('Vereinbarungen')!;
    expect(rowValues(sheet, 1)).toEqual([
      'Kommune(n)', 'Datum Runder Tisch', 'Format', 'Runder Tisch', 'Vereinbarung', 'Verantwortlich', 'Fällig am', 'Status', 'Tage überfällig',
      'Erledigt am', 'Grund der Verzögerung', 'Letzte Fortschrittsnotiz',
    ]);
    expect(sheet.getRow(1).font).toMatchObject({ bold: true });
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:L1');
  });

  it('writes dates as real Excel dates shown dd.mm.yyyy, and numbers as numbers', async () => {
    const sheet = (await workbookOf((await s.w.t.api.send('exports.agreementsXlsx', {})).dataBase64)).getWorksheet('Vereinbarungen')!;
    // Kall's agreement first (municipalities "Kall, Zülpich"), then Zülpich's by round table and due date.
    expect(sheet.rowCount).toBe(5);
    expect(rowValues(sheet, 2)).toEqual([
      'Kall, Zülpich', utc('2024-11-05'), 'Entwicklungskonferenz', 'Bördekonferenz Integration', 'Sprachkursbedarf in Kall erheben',
      'DRK KV Euskirchen', utc('2025-12-31'), 'offen',
    ]);
    expect(rowValues(sheet, 3)).toEqual([
      'Zülpich', utc('2025-06-10'), 'Runder Tisch Integration', 'Runder Tisch Integration Zülpich', 'CM-Sprechstunde im Rathaus einrichten; Raum klären',
      'Jürgen Müller', utc('2025-06-30'), 'offen', 10,
    ]);
    expect(rowValues(sheet, 4)).toEqual(expect.arrayContaining(['Infoblatt „Wohnen“ für Vermieter*innen entwerfen', 'erledigt', utc('2025-06-20')]));
    expect(rowValues(sheet, 5)[11]).toBe('Erstes Treffen vereinbart.\nProtokoll folgt.');
    for (const address of ['B2', 'G2', 'J4']) {
      expect(sheet.getCell(address).value, address).toBeInstanceOf(Date);
      expect(sheet.getCell(address).numFmt, address).toBe('dd.mm.yyyy');
    }
    expect(sheet.getCell('I3').type).toBe(ExcelJS.ValueType.Number);
  });

  it('filters by municipality and status like the list in the app', async () => {
    const kall = await s.w.t.api.send('exports.agreementsXlsx', { municipalityId: s.w.municipality.kall });
    expect(kall.fileName).toBe('2025-07-10 Vereinbarungen Runde Tische Kall.xlsx');
    expect((await workbookOf(kall.dataBase64)).getWorksheet('Vereinbarungen')!.rowCount).toBe(2);
    const overdue = await s.w.t.api.send('exports.agreementsXlsx', { municipalityId: s.w.municipality.zuelpich, status: 'OVERDUE' });
    expect(overdue.fileName).toBe('2025-07-10 Vereinbarungen Runde Tische Zülpich überfällig.xlsx');
    const sheet = (await workbookOf(overdue.dataBase64)).getWorksheet('Vereinbarungen')!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getCell('E2').value).toBe('CM-Sprechstunde im Rathaus einrichten; Raum klären');
    const error = await s.w.t.api.send('exports.agreementsXlsx', { municipalityId: 'gone' }).catch((e) => e);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'Kommune wurde nicht gefunden.' });
  });
});

describe('xlsxTable', () => {
  it('writes per-municipality counts below the threshold as text "< n", so they cannot be summed back', async () => {
    const buffer = await xlsxTable({
      sheetName: 'Fälle je Kommune', title: 'Test', created: new Date('2025-07-10T09:00:00Z'), smallCountThreshold: 3,
      columns: [
        { header: 'Kommune', kind: 'text', value: (r: { name: string; n: number | null }) => r.name },
        { header: 'Fälle', kind: 'count', value: (r) => r.n },
      ],
      rows: [{ name: 'Dahlem', n: 2 }, { name: 'Kall', n: 0 }, { name: 'Zülpich', n: 3 }, { name: 'Hellenthal', n: null }],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Fälle je Kommune')!;
    expect([2, 3, 4, 5].map((n) => sheet.getCell(`B${n}`).value)).toEqual(['< 3', 0, 3, null]);
    expect(sheet.getCell('B2').alignment).toMatchObject({ horizontal: 'right' });
  });

  it('makes any name a valid sheet name', () => {
    expect(safeSheetName('Vereinbarungen [2025]: Zülpich/Kall?')).toBe('Vereinbarungen -2025-- Zülpich-');
    expect(safeSheetName('')).toBe('Tabelle');
  });
});
