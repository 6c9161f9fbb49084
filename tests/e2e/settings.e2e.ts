import { afterEach, describe, expect, it } from 'vitest';
import { focusedText, startApp, waitForData, type E2eApp } from './harness';

let app: E2eApp | undefined;
afterEach(async () => {
  expect(app?.pageErrors ?? []).toEqual([]);
  await app?.close();
  app = undefined;
});

describe('Einstellungen', () => {
  it('saves the office settings, shows a refused value at its field, and renames the office in the header', async () => {
    app = await startApp({ setup: 'empty' });
    const { page, api } = app;
    await app.open('/einstellungen/dienststelle');

    const threshold = page.getByLabel('Kleinzahlen unterdrücken unter');
    expect(await threshold.inputValue()).toBe('3');
    await threshold.fill('50');
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await expect.poll(() => threshold.getAttribute('aria-invalid')).toBe('true');
    expect(await focusedText(page)).toBe('input:');
    expect(await page.getByRole('alert').textContent()).toContain('Kleinzahlen unterdrücken unter: Höchstens 20.');
    expect((await api.send('settings.get')).smallCountThreshold).toBe(3);

    await threshold.fill('5');
    await page.getByLabel('Name des Büros').fill('Stadt Musterhausen – Kommunales Integrationszentrum');
    await page.getByLabel('Anschrift').fill('Rathausplatz 1\n12345 Musterhausen');
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await page.getByText('Die Einstellungen wurden gespeichert.').waitFor();
    expect(await api.send('settings.get')).toMatchObject({
      officeName: 'Stadt Musterhausen – Kommunales Integrationszentrum',
      addressLines: 'Rathausplatz 1\n12345 Musterhausen',
      smallCountThreshold: 5,
    });
    await expect.poll(() => page.getByRole('banner').textContent()).toContain('Stadt Musterhausen');
  });

  it('creates a backup and restores it after confirming, with the current state saved first', async () => {
    app = await startApp({ setup: 'empty' });
    const { page, api } = app;
    await api.send('municipalities.create', { name: 'Dahlem', status: 'GEMEINDE' });
    await app.open('/einstellungen/datensicherung');
    expect(await page.getByText('Es gibt noch keine Sicherungen im Datenordner.').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Jetzt sichern' }).click();
    await page.getByText('Sicherung erstellt').waitFor();
    const [backup] = await api.send('backup.list');
    expect(await page.locator('main').textContent()).toContain(backup.fileName);

    await api.send('municipalities.create', { name: 'Hellenthal', status: 'GEMEINDE' });
    await page.getByRole('button', { name: `Wiederherstellen: ${backup.fileName}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Sicherung wiederherstellen' });
    expect(await dialog.textContent()).toContain('Vorher sichert KIM Desk automatisch den aktuellen Stand');
    await app.screenshot('einstellungen-wiederherstellen', { fullPage: false });
    await dialog.getByRole('button', { name: 'Wiederherstellen', exact: true }).click();

    await page.getByText('Sicherung wiederhergestellt').waitFor();
    await waitForData(page);
    expect((await api.send('municipalities.list')).map((m) => m.name)).toEqual(['Dahlem']);
    const after = await api.send('backup.list');
    expect(after.some((b) => b.fileName.includes('vor-wiederherstellung'))).toBe(true);
    expect(await page.locator('main').textContent()).toContain('vor-wiederherstellung');
    await app.screenshot('einstellungen-nach-wiederherstellung');
  });
});
