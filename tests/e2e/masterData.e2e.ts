import { afterEach, describe, expect, it } from 'vitest';
import { focusedText, startApp, waitForData, type E2eApp } from './harness';

let app: E2eApp | undefined;
afterEach(async () => {
  expect(app?.pageErrors ?? []).toEqual([]);
  await app?.close();
  app = undefined;
});

function rowNames(e2e: E2eApp): Promise<string[]> {
  return e2e.page.locator('.data-table tbody tr:not(.data-table__spacer) th').allTextContents();
}

describe('Stammdaten: Kommunen', () => {
  it('creates, edits, finds by filter and deletes a municipality', async () => {
    app = await startApp({ setup: 'empty' });
    const { page, api } = app;
    await app.open('/stammdaten/kommunen');
    expect(await page.getByText('Es sind noch keine Kommunen erfasst.', { exact: false }).isVisible()).toBe(true);

    await page.getByRole('button', { name: /^Neu/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Neue Kommune' });
    await dialog.waitFor();
    expect(await focusedText(page)).toBe('input:');
    await dialog.getByLabel('Name').fill('Nettersheim');
    await dialog.getByLabel('Stadt/Gemeinde').selectOption({ label: 'Gemeinde' });
    await dialog.getByLabel('Amtlicher Gemeindeschlüssel').fill('05366036');
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => rowNames(app!)).toEqual(['Nettersheim']);
    expect(await api.send('municipalities.list')).toMatchObject([{ name: 'Nettersheim', status: 'GEMEINDE', officialKey: '05366036', active: true }]);

    await page.getByRole('button', { name: 'Bearbeiten: Nettersheim' }).click();
    const edit = page.getByRole('dialog', { name: 'Kommune bearbeiten' });
    expect(await edit.getByLabel('Amtlicher Gemeindeschlüssel').inputValue()).toBe('05366036');
    await edit.getByLabel('Name').fill('Nettersheim (Eifel)');
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await edit.waitFor({ state: 'detached' });
    await expect.poll(() => rowNames(app!)).toEqual(['Nettersheim (Eifel)']);

    // A change made elsewhere (another window, the core itself) reaches the open table through the event stream.
    await api.send('municipalities.create', { name: 'Kall', status: 'GEMEINDE' });
    await expect.poll(() => rowNames(app!)).toEqual(['Kall', 'Nettersheim (Eifel)']);
    expect(await page.locator('.data-table__count').textContent()).toBe('2 von 2 Einträgen');

    await page.getByLabel('Suchen').fill('eifel');
    await expect.poll(() => rowNames(app!)).toEqual(['Nettersheim (Eifel)']);
    expect(await page.locator('.data-table__count').textContent()).toBe('1 von 2 Einträgen');

    await page.getByRole('button', { name: 'Löschen: Nettersheim (Eifel)' }).click();
    const confirm = page.getByRole('dialog', { name: 'Kommune löschen' });
    expect(await confirm.textContent()).toContain('„Nettersheim (Eifel)“');
    await confirm.getByRole('button', { name: 'Löschen' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByLabel('Suchen').fill('');
    await expect.poll(() => rowNames(app!)).toEqual(['Kall']);
    expect((await api.send('municipalities.list')).map((m) => m.name)).toEqual(['Kall']);
  });

  it('sorts by a column with the keyboard and says so with aria-sort', async () => {
    app = await startApp({ setup: 'empty' });
    const { page, api } = app;
    for (const name of ['Zülpich', 'Blankenheim', 'Mechernich']) await api.send('municipalities.create', { name, status: 'STADT' });
    await app.open('/stammdaten/kommunen');
    const nameHeader = page.locator('th', { has: page.getByRole('button', { name: 'Name' }) });
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await rowNames(app)).toEqual(['Blankenheim', 'Mechernich', 'Zülpich']);

    await page.getByRole('button', { name: 'Name' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await rowNames(app)).toEqual(['Zülpich', 'Mechernich', 'Blankenheim']);
  });

  it('refuses to delete a municipality a provider assignment refers to, with the German reason', async () => {
    app = await startApp({ setup: 'empty' });
    const { page, api } = app;
    const kall = await api.send('municipalities.create', { name: 'Kall', status: 'GEMEINDE' });
    const drk = await api.send('organisations.create', { name: 'DRK Kreisverband Euskirchen', kind: 'WELFARE_PROVIDER' });
    await api.send('providerAssignments.create', { providerOrganisationId: drk.id, municipalityId: kall.id, targetGroup: 'ADULTS_18_PLUS' });
    const refusal = await api.send('municipalities.delete', { id: kall.id }).catch((e: { code: string; message: string }) => e);
    expect(refusal).toMatchObject({ code: 'REFERENCED' });

    await app.open('/stammdaten/kommunen');
    await page.getByRole('button', { name: 'Löschen: Kall' }).click();
    const confirm = page.getByRole('dialog', { name: 'Kommune löschen' });
    await confirm.getByRole('button', { name: 'Löschen' }).click();
    const alert = confirm.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Löschen nicht möglich');
    expect(await alert.textContent()).toContain((refusal as { message: string }).message);
    expect(await focusedText(page)).toBe('button:Schließen');
    await app.screenshot('stammdaten-kommunen-loeschen-verweigert', { fullPage: false });
    await confirm.getByRole('button', { name: 'Schließen', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    expect((await api.send('municipalities.list')).map((m) => m.name)).toEqual(['Kall']);
  });
});

describe('Stammdaten: Stellen', () => {
  it('shows an invalid FTE at its field, saves nothing, keeps the input, then saves a valid one', async () => {
    app = await startApp({ setup: 'empty' });
    const { page, api } = app;
    await app.open('/stammdaten/stellen');
    await page.getByRole('button', { name: /^Neu/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Neue Stelle' });
    await dialog.getByLabel('Bezeichnung').fill('Koordinierungsstelle 1 – Gesamtkoordination');
    await dialog.getByLabel('Baustein').selectOption({ label: 'Baustein 1 – Strategische Steuerung' });
    await dialog.getByLabel('Stellenart').selectOption({ label: 'Koordinierungsstelle' });
    await dialog.getByLabel('Stellenanteil (VZÄ)').fill('1,5');
    await dialog.getByLabel('Förderung je VZÄ').fill('57.000,00');
    await dialog.getByRole('button', { name: 'Anlegen' }).click();

    const fte = dialog.getByLabel('Stellenanteil (VZÄ)');
    await expect.poll(() => fte.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await fte.getAttribute('aria-describedby'))!.split(' ');
    const fieldMessages = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(fieldMessages.join(' ')).toContain('Stellenanteil (VZÄ): Muss zwischen 0 und 1,0 liegen.');
    expect(await fte.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await dialog.getByRole('alert').textContent()).toContain('Bitte prüfen Sie Ihre Eingaben');
    expect(await dialog.getByLabel('Bezeichnung').inputValue()).toBe('Koordinierungsstelle 1 – Gesamtkoordination');
    expect(await api.send('posts.list')).toEqual([]);
    await app.screenshot('stammdaten-stelle-fehler', { fullPage: false });

    await fte.fill('0,5');
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitForData(page);
    expect(await api.send('posts.list')).toMatchObject([
      { label: 'Koordinierungsstelle 1 – Gesamtkoordination', fundingModule: 'B1_COORDINATION', fte: 0.5, fundingPerFteCents: 5_700_000, status: 'VACANT' },
    ]);
    const row = page.locator('.data-table tbody tr', { hasText: 'Koordinierungsstelle 1' });
    await row.waitFor();
    expect(await row.textContent()).toContain('0,5');
    expect(await row.textContent()).toContain('unbesetzt');

    // Editing shows the stored amount in German notation again.
    await page.getByRole('button', { name: 'Bearbeiten: Koordinierungsstelle 1 – Gesamtkoordination' }).click();
    const edit = page.getByRole('dialog', { name: 'Stelle bearbeiten' });
    expect(await edit.getByLabel('Förderung je VZÄ').inputValue()).toBe('57.000,00');
    expect(await edit.getByLabel('Stellenanteil (VZÄ)').inputValue()).toBe('0,5');
  });
});
