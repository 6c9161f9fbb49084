import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, waitForData, type E2eApp } from './harness';
import { download } from './steeringHelpers';

/**
 * Förderung & Zahlen on the demo Kreis: the case-management grid with a refused entry, the CSV import that imports
 * nothing while one row is bad and everything once the file is fixed, the annual summary, and an event with its cost.
 */
let app: E2eApp;
beforeAll(async () => {
  app = await startApp({ setup: 'demo', now: '2026-11-16T08:00:00Z' });
});
afterAll(async () => {
  expect(app?.pageErrors ?? []).toEqual([]);
  await app?.close();
});

const DRK = 'Deutsches Rotes Kreuz Kreisverband Euskirchen e. V. (DRK KV Euskirchen)';
const HEADER = 'Zeitraum von;Zeitraum bis;Träger;Kommune;Handlungsfeld;Neue Fälle;Aktive Fälle;Abgeschlossene Fälle;Kontakte;Begleitungen;Verweisberatungen;Durchschnittliche Dauer (Tage)';
const csv = (contactsOfZuelpich: string) => Buffer.from(`\uFEFF${[
  HEADER,
  '01.07.2026;30.09.2026;DRK KV Euskirchen;Kall;;2;6;1;40;3;2;150',
  `01.07.2026;30.09.2026;DRK KV Euskirchen;Zülpich;;3;9;2;${contactsOfZuelpich};4;1;182,5`,
  '01.07.2026;30.09.2026;DRK KV Euskirchen;Weilerswist;;1;5;1;28;2;1;',
].join('\r\n')}\r\n`, 'utf8');
const csvFile = (contacts: string) => ({ name: 'fallzahlen-q3.csv', mimeType: 'text/csv', buffer: csv(contacts) });

const thirdQuarter = async () => (await app.api.send('cmFigures.list', { periodStart: '2026-07-01' })).filter((r) => r.periodStart === '2026-07-01');
const gridRows = () => app.page.locator('.data-table tbody tr:not(.data-table__spacer)');

describe('Fallzahlen: grid, entry dialog, CSV import and summary', () => {
  it('shows the demo figures of the newest year with their totals, aggregate-only', async () => {
    const { page, api } = app;
    await app.open('/foerderung/fallzahlen');
    await expect.poll(() => page.locator('.data-table__count').textContent()).toMatch(/ von /);
    const of2026 = (await api.send('cmFigures.list', { periodStart: '2026-01-01', periodEnd: '2026-12-31' })).length;
    expect(of2026).toBeGreaterThan(10);
    expect(await page.locator('.data-table__count').textContent()).toBe(`${of2026} von ${of2026} Einträgen`);
    expect(await gridRows().first().locator('th').textContent()).toBe('01.01.2026–30.06.2026');
    expect(await page.getByText('Nur Summen je Zeitraum, Träger, Kommune und Handlungsfeld – keine Klientendaten.').isVisible()).toBe(true);
    const totals = page.getByRole('table', { name: 'Summen der gewählten Fallzahlen' });
    expect(await totals.getByRole('rowheader').textContent()).toBe(`Summe (${of2026} Einträge)`);

    await page.getByLabel('Träger', { exact: true }).selectOption({ label: 'DRK KV Euskirchen' });
    await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Kall' });
    await expect.poll(() => page.locator('.data-table__count').textContent()).toBe('1 von 1 Eintrag');
    await app.checkAccessibility('cm-figures-grid');
    await app.screenshot('cm-figures-grid');
  });

  it('refuses a negative count with the German message at its field and saves nothing, then saves the corrected entry', async () => {
    const { page, api } = app;
    const before = (await api.send('cmFigures.list')).length;
    await page.getByRole('button', { name: /^Neu\b.*Fallzahlen erfassen$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Fallzahlen erfassen' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Abgeschlossene Fälle sind höchstens so viele wie aktive und neue Fälle zusammen.');
    await dialog.getByLabel('Zeitraum von').fill('2026-07-01');
    await dialog.getByLabel('Zeitraum bis').fill('2026-09-30');
    await dialog.getByRole('combobox', { name: 'Träger' }).selectOption({ label: DRK });
    await dialog.getByRole('combobox', { name: 'Kommune' }).selectOption({ label: 'Nettersheim' });
    const counts = { 'Neue Fälle': '-2', 'Aktive Fälle': '4', 'Abgeschlossene Fälle': '1', Kontakte: '1.020', Begleitungen: '3', Verweisberatungen: '1' };
    for (const [label, value] of Object.entries(counts)) await dialog.getByRole('textbox', { name: label, exact: true }).fill(value);
    await dialog.getByLabel('Durchschnittliche Dauer (Tage)').fill('120,5');
    await dialog.getByRole('button', { name: 'Anlegen' }).click();

    const newCases = dialog.getByRole('textbox', { name: 'Neue Fälle', exact: true });
    await expect.poll(() => newCases.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await newCases.getAttribute('aria-describedby'))!.split(' ').find((id) => id.endsWith('-error'))!;
    expect(await dialog.locator(`[id="${errorId}"]`).textContent()).toBe('Neue Fälle: Mindestens 0.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('newCases');
    expect((await api.send('cmFigures.list')).length).toBe(before);
    await app.checkAccessibility('cm-figures-dialog-error');
    await app.screenshot('cm-figures-dialog-error', { fullPage: false });

    await newCases.fill('2');
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await thirdQuarter()).map((r) => [r.municipalityName, r.newCases, r.contacts, r.avgDurationDays])).toEqual([['Nettersheim', 2, 1020, 120.5]]);
  });

  it('imports nothing while one row of the CSV is bad, names its line and column, and imports all rows once fixed', async () => {
    const { page } = app;
    await app.open('/foerderung/fallzahlen/import');
    await app.checkAccessibility('cm-import-start');
    const template = await download(page, page.getByRole('button', { name: 'Vorlage herunterladen' }));
    expect(template.name).toBe('Vorlage CM-Kennzahlen.csv');
    expect(template.bytes.toString('utf8').split('\r\n')[0]).toBe(`\uFEFF${HEADER}`);
    const file = page.getByLabel('CSV-Datei auswählen');
    await file.setInputFiles(csvFile('-4'));
    const errors = page.getByRole('table', { name: 'Fehler in der Datei' });
    await errors.waitFor();
    expect(await errors.getByRole('row').nth(1).textContent()).toMatch(/^Zeile 3Kontakte.+/);
    const importButton = page.getByRole('button', { name: '3 Zeilen importieren' });
    expect(await importButton.isDisabled()).toBe(true);
    expect(await page.getByText('Es wurde nichts importiert', { exact: false }).isVisible()).toBe(true);
    expect(await page.locator('.cm-counts').textContent()).toContain('Gelesene Zeilen3Gültige Zeilen2Fehlerhafte Zeilen1');
    expect((await thirdQuarter()).map((r) => r.municipalityName)).toEqual(['Nettersheim']);
    await app.checkAccessibility('cm-import-report');
    await app.screenshot('cm-import-report');

    await file.setInputFiles(csvFile('61'));
    await page.getByText('Alle 3 Zeilen sind gültig.').waitFor();
    expect(await errors.count()).toBe(0);
    await importButton.click();
    await page.getByText('3 Zeilen importiert: 3 Einträge neu angelegt.').waitFor();
    expect((await thirdQuarter()).map((r) => [r.municipalityName, r.contacts]).sort()).toEqual([
      ['Kall', 40], ['Nettersheim', 1020], ['Weilerswist', 28], ['Zülpich', 61],
    ]);

    // The same file again: every row exists now, so replacing is offered and importing waits for it.
    await file.setInputFiles(csvFile('62'));
    const replace = page.getByLabel('Vorhandene Werte ersetzen');
    await replace.waitFor();
    expect(await importButton.isDisabled()).toBe(true);
    await replace.check();
    await expect.poll(() => importButton.isDisabled()).toBe(false);
    expect(await page.locator('.cm-counts').textContent()).toContain('Neu anzulegen0Zu ersetzen3');

    await page.getByRole('link', { name: 'Fallzahlen', exact: true }).click();
    await waitForData(page);
    await page.getByLabel('Zeitraum', { exact: true }).selectOption({ label: 'Quartal' });
    await page.getByLabel('Quartal', { exact: true }).selectOption({ label: '3. Quartal' });
    await expect.poll(() => gridRows().filter({ hasText: '01.07.2026–30.09.2026' }).count()).toBe(4);

    // Editing changes the figures only; period and assignment are shown, not offered.
    await page.getByRole('button', { name: 'Bearbeiten: 01.07.2026–30.09.2026, DRK KV Euskirchen, Nettersheim, Gesamt' }).click();
    const edit = page.getByRole('dialog', { name: 'Fallzahlen bearbeiten' });
    expect(await edit.locator('.cm-key').textContent()).toContain('KommuneNettersheim');
    expect(await edit.getByRole('combobox').count()).toBe(0);
    await edit.getByRole('textbox', { name: 'Kontakte', exact: true }).fill('1.030');
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await edit.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Löschen: 01.07.2026–30.09.2026, DRK KV Euskirchen, Kall, Gesamt' }).click();
    await page.getByRole('dialog', { name: 'Fallzahlen löschen' }).getByRole('button', { name: 'Löschen' }).click();
    await expect.poll(() => gridRows().filter({ hasText: '01.07.2026–30.09.2026' }).count()).toBe(3);
    expect((await thirdQuarter()).map((r) => [r.municipalityName, r.contacts]).sort()).toEqual([
      ['Nettersheim', 1030], ['Weilerswist', 28], ['Zülpich', 61],
    ]);
  });

  it('summarises a year by municipality with a chart that has its table', async () => {
    const { page, api } = app;
    await app.open('/foerderung/fallzahlen/auswertung');
    await page.getByLabel('Gruppiert nach').selectOption({ label: 'Kommune' });
    const summary = await api.send('cmFigures.summary', { year: 2026, groupBy: 'municipality' });
    const table = page.getByRole('table', { name: 'Fallzahlen 2026 je Kommune' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(summary.groups.length);
    expect(await table.locator('tfoot td').first().textContent()).toBe(summary.total.newCases.toLocaleString('de-DE'));
    await page.getByText('Daten als Tabelle').click();
    await app.checkAccessibility('cm-summary');
    await app.screenshot('cm-summary');
  });
});

describe('Veranstaltungen', () => {
  it('creates an event with a cost in German notation and lists it with its amount and in the summary', async () => {
    const { page, api } = app;
    await app.open('/foerderung/veranstaltungen');
    expect(await page.getByLabel('Jahr', { exact: true }).inputValue()).toBe('2026');
    await page.getByRole('button', { name: /^Neu\b.*Neue Veranstaltung$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Neue Veranstaltung' });
    await dialog.getByLabel('Datum').fill('2026-11-12');
    await dialog.getByRole('combobox', { name: 'Art' }).selectOption({ label: 'Fortbildung' });
    await dialog.getByLabel('Titel').fill('Fortbildung Verweisberatung für Ehrenamtliche');
    await dialog.getByLabel('Teilnehmende').fill('24');
    await dialog.getByLabel('Kosten').fill('1.250,50');
    await dialog.getByLabel('Budgetlinie').selectOption({ label: 'Veranstaltungsformate (B1)' });
    await app.screenshot('events-dialog', { fullPage: false });
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = gridRows().filter({ hasText: 'Fortbildung Verweisberatung' });
    await row.waitFor();
    expect(await row.textContent()).toContain('1.250,50\u00a0€');
    expect(await row.locator('th').textContent()).toBe('12.11.2026');
    const stored = (await api.send('events.list', { year: 2026 })).find((e) => e.title.startsWith('Fortbildung Verweisberatung'));
    expect(stored).toMatchObject({ kind: 'TRAINING', costCents: 125_050, participants: 24, budgetLine: 'B1_EVENTS' });
    const summary = await api.send('events.summary', { year: 2026 });
    const training = page.getByRole('table', { name: 'Veranstaltungen 2026 nach Art' }).getByRole('row').filter({ hasText: 'Fortbildung' });
    expect(await training.locator('td').first().textContent()).toBe(String(summary.byKind.find((k) => k.kind === 'TRAINING')!.count));
    await app.checkAccessibility('events');
    await app.screenshot('events');
  });
});
