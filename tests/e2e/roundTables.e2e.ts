import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText } from '../helpers/docx';
import { startApp, waitForData, type E2eApp } from './harness';
import { download } from './steeringHelpers';

/**
 * A round table in Zülpich from the form to the exports, on the demo Kreis with the core's clock moved along:
 * recorded with its context shown → three agreements, one completed → one overdue a few weeks later → a year on,
 * the contact warning is back. Zülpich starts with two completed agreements from earlier round tables.
 */
let app: E2eApp;
let zuelpichId: string;
let roundTableId: string;
const TITLE = 'Runder Tisch Integration Zülpich 2026';
const DONE = 'Infoabend Sprachkurse im Rathaus anbieten';
const LATER = 'Ehrenamtliche Lotsen für Behördengänge gewinnen';
const SOON = 'Sprechzeiten des Case Managements im Rathaus aushängen';

beforeAll(async () => {
  app = await startApp({ setup: 'demo', now: '2026-11-16T08:00:00Z' });
  zuelpichId = (await app.api.send('municipalities.list')).find((m) => m.name === 'Zülpich')!.id;
});
afterAll(async () => { await app?.close(); });

const main = () => app.page.locator('main');
const rowOf = (name: string) => app.page.getByRole('table', { name: 'Kommunen im Überblick' }).getByRole('row').filter({ hasText: name });

describe('Runde Tische: a round table in a municipality, its agreements, the municipality page and the overview', () => {
  it('records a round table with the municipality context shown as soon as it is chosen', async () => {
    const { page } = app;
    await app.open('/runde-tische/termine');
    await page.getByRole('button', { name: 'Neuer Termin' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neuer Termin' });
    await dialog.waitFor();
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption('ROUND_TABLE');
    await dialog.getByRole('textbox', { name: 'Titel' }).fill(TITLE);
    await dialog.getByLabel('Datum').fill('2026-11-10');
    await dialog.getByLabel('Beginn').fill('15:00');
    await dialog.getByRole('textbox', { name: 'Ort', exact: true }).fill('Rathaus Zülpich');
    await dialog.getByRole('checkbox', { name: 'Zülpich' }).check();
    const context = dialog.getByRole('region', { name: 'Bekanntes zu den gewählten Kommunen' });
    await expect.poll(() => context.textContent()).toContain('Deutsches Rotes Kreuz Kreisverband Euskirchen');
    expect(await context.textContent()).toContain('Zülpich: letzter Kontakt am 18.06.2024');
    expect(await context.textContent()).toContain('Kontakt überfällig');
    await context.scrollIntoViewIfNeeded();
    await app.screenshot('runde-tische-formular', { fullPage: false });
    await dialog.getByRole('textbox', { name: 'Besprochene Themen' }).fill('Sprachkurse, Ehrenamt, Erreichbarkeit des Case Managements');
    await dialog.getByLabel('Anzahl (Zeile 1)').fill('2');
    await dialog.getByRole('button', { name: 'Teilnehmende hinzufügen' }).click();
    await dialog.getByLabel('Rolle (Zeile 2)').selectOption('MUNICIPAL_STAFF');
    await dialog.getByLabel('Anzahl (Zeile 2)').fill('zwei');
    await dialog.getByRole('button', { name: 'Termin anlegen' }).click();
    // A head count that is no number is pointed out at its field; nothing is saved.
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Zeile 2: Anzahl bitte als ganze Zahl eingeben');
    expect((await app.api.send('roundTables.list')).some((r) => r.title === TITLE)).toBe(false);
    await dialog.getByLabel('Anzahl (Zeile 2)').fill('4');
    await app.checkAccessibility('runder-tisch-formular');
    await dialog.getByRole('button', { name: 'Termin anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    roundTableId = (await app.api.send('roundTables.list')).find((r) => r.title === TITLE)!.id;
    expect(page.url()).toContain(`#/runde-tische/termin/${roundTableId}`);
    expect(await main().textContent()).toContain('Teilnehmende (6)');
    expect(app.pageErrors).toEqual([]);
  });

  it('takes three agreements, completes one with the status select and shows the completion rate', async () => {
    const { page, api } = app;
    for (const [title, owner, due] of [[DONE, 'Stadt Zülpich, Integrationsbeauftragte', '2026-12-15'],
      [LATER, 'Ehrenamtsinitiative Zülpich', '2027-06-30'], [SOON, 'DRK Case Management', '2026-12-31']]) {
      await page.getByRole('button', { name: 'Neue Vereinbarung' }).click();
      const dialog = page.getByRole('dialog', { name: 'Neue Vereinbarung' });
      await dialog.getByRole('textbox', { name: 'Vereinbarung', exact: true }).fill(title);
      await dialog.getByRole('textbox', { name: 'Verantwortlich (Freitext)' }).fill(owner);
      await dialog.getByLabel('Fällig am').fill(due);
      await dialog.getByRole('button', { name: 'Vereinbarung anlegen' }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    await expect.poll(() => main().textContent()).toContain('3 Vereinbarungen, davon 0 erledigt');
    await page.getByLabel(`Status: ${DONE}`).selectOption('DONE');
    await expect.poll(() => main().textContent()).toContain('3 Vereinbarungen, davon 1 erledigt (Umsetzungsquote 33,3 %)');
    const agreements = (await api.send('roundTables.get', { id: roundTableId })).agreements;
    expect(agreements.map((a) => [a.title, a.status, a.roundTableId, a.source])).toEqual([
      [DONE, 'DONE', roundTableId, 'ROUND_TABLE'], [SOON, 'OPEN', roundTableId, 'ROUND_TABLE'], [LATER, 'OPEN', roundTableId, 'ROUND_TABLE'],
    ]);
    expect(agreements[0].completedOn).toBe('2026-11-16');
    await app.checkAccessibility('runder-tisch-seite');
    await app.screenshot('runde-tische-termin');
    expect(app.pageErrors).toEqual([]);
  });

  it('six weeks later: the municipality page shows one agreement overdue, one open and the completed ones', async () => {
    const { page } = app;
    app.setNow('2027-01-20T09:00:00Z');
    await app.open(`/kommunen/${zuelpichId}`);
    await page.getByRole('heading', { level: 1, name: 'Stadt Zülpich' }).waitFor();
    const text = (await main().textContent())!;
    expect(text).toContain('Überfällig (1)');
    expect(text).toContain('überfällig seit 20 Tagen');
    expect(text).toContain('Offen (1)');
    expect(text).toContain('Erledigt (3)');
    expect(text).toContain('10.11.2026');
    expect(text).not.toContain('Kontakt überfällig');
    expect(await page.getByRole('table', { name: 'Vereinbarungen: Überfällig' }).textContent()).toContain(SOON);
    expect(await page.getByRole('table', { name: 'Vereinbarungen: Offen' }).textContent()).toContain(LATER);
    await page.getByText('Daten als Tabelle').first().click();
    // 2026: one round table, three agreements made there, one of them completed.
    expect(await page.getByRole('table', { name: 'Aktivität je Jahr' }).getByRole('row').filter({ hasText: '2026' }).allTextContents()).toEqual(['2026131']);
    expect(text).not.toMatch(/undefined|null|NaN|\[object/);
    await app.checkAccessibility('kommune');
    await app.screenshot('kommune-zuelpich');
    expect(app.pageErrors).toEqual([]);
  });

  it('the overview shows the completion rate and the overdue agreement, and Zülpich no longer needs a visit', async () => {
    const { page } = app;
    await app.open('/runde-tische/kommunen');
    const row = rowOf('Zülpich');
    await expect.poll(() => row.textContent()).toContain('60 %');
    const cells = await row.getByRole('cell').allTextContents();
    // Runde Tische, Offen, In Arbeit, Erledigt, Verworfen, Quote, Überfällig, Median, Letzter Kontakt
    expect(cells[0]).toContain('2026: 1');
    expect(cells.slice(1, 7)).toEqual(['2', '0', '3', '0', '60 %', '1']);
    expect(cells.at(-1)).toBe('10.11.2026vor 2 Monaten');
    const warning = page.locator('.kern-alert--warning');
    expect(await warning.textContent()).not.toContain('Zülpich');
    expect(await warning.textContent()).toContain('ohne Kontakt seit mehr als 12 Monaten');
    await page.getByRole('checkbox', { name: 'Nur Kommunen mit überfälligem Kontakt' }).check();
    const table = page.getByRole('table', { name: 'Kommunen im Überblick' });
    await expect.poll(() => table.textContent()).not.toContain('Zülpich');
    expect(await table.textContent()).toContain('Blankenheim');
    await page.getByRole('checkbox', { name: 'Nur Kommunen mit überfälligem Kontakt' }).uncheck();
    const contactChart = page.getByRole('figure', { name: 'Tage seit dem letzten Kontakt' });
    await contactChart.getByText('Daten als Tabelle').click();
    expect(await contactChart.getByRole('row').filter({ hasText: 'Zülpich' }).textContent()).toBe('Zülpich71nein');
    await app.checkAccessibility('kommunen-ueberblick');
    await app.screenshot('runde-tische-kommunen');
    expect(app.pageErrors).toEqual([]);
  });

  it('a year later the contact warning is back, on the overview and on the municipality page', async () => {
    const { page } = app;
    app.setNow('2027-12-01T09:00:00Z');
    await app.open('/runde-tische/kommunen');
    await expect.poll(() => page.locator('.kern-alert--warning').textContent()).toContain('Zülpich: letzter Kontakt am 10.11.2026');
    const cells = await rowOf('Zülpich').getByRole('cell').allTextContents();
    expect(cells.slice(5, 7)).toEqual(['60 %', '2']);
    expect(cells.at(-1)).toBe('10.11.2026vor 12 MonatenKontakt überfällig');
    await page.getByRole('link', { name: 'Zülpich' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Stadt Zülpich' }).waitFor();
    await waitForData(page);
    expect(await page.locator('.kern-alert--warning').textContent())
      .toContain('Mit Zülpich gab es seit mehr als 12 Monaten keinen Kontakt (zuletzt am 10.11.2026).');
    expect(await main().textContent()).toContain('Überfällig (2)');
    expect(app.pageErrors).toEqual([]);
  });

  it('exports the Steckbrief from the municipality page', async () => {
    const { page } = app;
    const file = await download(page, page.getByRole('button', { name: 'Steckbrief exportieren (.docx)' }));
    expect(file.name).toMatch(/\.docx$/);
    expect(file.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const text = await docxText(file.bytes);
    expect(text).toContain('Zülpich');
    expect(text).toContain(LATER);
    expect(text).toContain(SOON);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'wurde heruntergeladen' }).count()).toBe(1);
  });

  it('lists, filters and exports the agreements as .xlsx and .csv', async () => {
    const { page } = app;
    await app.open('/runde-tische/vereinbarungen');
    await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Zülpich' });
    await page.getByRole('radio', { name: 'alle' }).check();
    await expect.poll(() => page.getByRole('table', { name: 'Vereinbarungen der Runden Tische' }).textContent()).toContain(DONE);
    await app.checkAccessibility('vereinbarungen');
    await app.screenshot('runde-tische-vereinbarungen');

    const xlsx = await download(page, page.getByRole('button', { name: 'Excel-Liste (.xlsx)' }));
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const values = book.worksheets[0].getSheetValues().flat().map(String);
    expect(values).toEqual(expect.arrayContaining([DONE, LATER, SOON]));

    const csv = await download(page, page.getByRole('button', { name: 'CSV-Datei (.csv)' }));
    expect(csv.name).toMatch(/\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0].split(';').length).toBeGreaterThan(4);
    expect(lines.find((l) => l.includes(SOON))).toContain('31.12.2026');
    expect(lines.some((l) => l.includes('Zülpich'))).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });

  it('the list of dates filters by municipality, and Stammdaten › Kommunen leads to the municipality page', async () => {
    const { page } = app;
    await app.open('/runde-tische/termine');
    await page.getByLabel('Kommune', { exact: true }).selectOption('Zülpich');
    const table = page.getByRole('table', { name: 'Runde Tische' });
    await expect.poll(() => table.textContent()).toContain(TITLE);
    expect(await table.textContent()).not.toContain('Blankenheim');
    await app.checkAccessibility('termine');
    await app.screenshot('runde-tische-termine');
    await app.open('/stammdaten/kommunen');
    await page.getByRole('link', { name: 'Zülpich' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stadt Zülpich' }).waitFor();
    expect(page.url()).toContain(`#/kommunen/${zuelpichId}`);
    expect(app.pageErrors).toEqual([]);
  });
});
