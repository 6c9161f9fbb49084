import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../db/api/contract';
import { OFFICE, startApp, waitForData, type E2eApp } from './harness';
import { download } from './steeringHelpers';

const apps: E2eApp[] = [];
afterEach(async () => {
  for (const app of apps) expect(app.pageErrors).toEqual([]);
  for (const app of apps.splice(0)) await app.close();
});

const start = async (setup: 'none' | 'demo') => {
  const app = await startApp({ setup });
  apps.push(app);
  return app;
};

const asFile = (name: string, buffer: Buffer) => ({ name, mimeType: 'application/gzip', buffer });

describe('Archiv: all data from one installation into a new one', () => {
  it('exports the demo Kreis in Einstellungen and takes it over on the first-run page of a new installation', async () => {
    const old = await start('demo');
    await old.open('/einstellungen/datensicherung');
    const oldPage = old.page;
    expect(await oldPage.locator('h1').textContent()).toBe('Einstellungen');
    expect(await oldPage.getByRole('link', { name: 'Datensicherung' }).getAttribute('aria-current')).toBe('page');
    expect(await oldPage.getByText('Das Archiv ist nicht verschlüsselt').isVisible()).toBe(true);

    // The old installation holds data, so the import is offered only with the reason it is not possible here.
    const field = oldPage.getByLabel('Archivdatei (.jsonl.gz)');
    expect(await field.isDisabled()).toBe(true);
    const blocked = oldPage.getByText('Hier nicht möglich: Diese Datenbank enthält bereits Daten');
    expect(await blocked.isVisible()).toBe(true);
    expect(await oldPage.locator('.archive-import').textContent()).toContain('Kommunen (11)');

    const file = await download(oldPage, oldPage.getByRole('button', { name: 'Archiv exportieren' }));
    expect(file.name).toBe('kim-desk-archiv-2026-11-16.jsonl.gz');
    await oldPage.getByText(/„kim-desk-archiv-2026-11-16\.jsonl\.gz“ wurde heruntergeladen\. Größe: .+, Stand der Daten:/).waitFor();
    // Any gunzip makes it readable: JSON Lines, the header first.
    const lines = gunzipSync(file.bytes).toString('utf8').split('\n');
    expect(JSON.parse(lines[0])).toMatchObject({ format: 'kim-desk-archive', formatVersion: 2, office: { officeName: OFFICE } });
    await old.checkAccessibility('einstellungen-datensicherung');
    await old.screenshot('archiv-einstellungen');

    const fresh = await start('none');
    const { page } = fresh;
    await fresh.open('/');
    expect(await page.locator('h1').textContent()).toBe('Willkommen bei KIM Desk');
    const archiveField = page.getByLabel('Archivdatei (.jsonl.gz)');
    const unpackFailed = 'Die Archivdatei ist unvollständig oder beschädigt: Sie lässt sich nicht entpacken.';

    // A download that broke off within the header is refused at the field by the page itself; nothing is sent.
    await archiveField.setInputFiles(asFile('kaputt.jsonl.gz', file.bytes.subarray(0, 60)));
    await page.getByText(unpackFailed).waitFor();
    expect(await archiveField.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('button', { name: 'Daten übernehmen' }).count()).toBe(0);

    // The page reads only the header: a file cut off later, or edited after the export, looks fine to it; the core
    // refuses it and the page stays.
    await archiveField.setInputFiles(asFile('abgebrochen.jsonl.gz', file.bytes.subarray(0, Math.floor(file.bytes.length * 0.6))));
    await page.getByRole('button', { name: 'Daten übernehmen' }).click();
    await page.getByRole('alert').getByText(unpackFailed).waitFor();
    const municipality = lines.findIndex((line) => line.startsWith('{"t":"municipalities"'));
    const edited = [...lines];
    edited[municipality] = edited[municipality].replace(/"name":"[^"]*"/, '"name":"Geändert"');
    await archiveField.setInputFiles(asFile('geaendert.jsonl.gz', gzipSync(edited.join('\n'))));
    await page.getByRole('button', { name: 'Daten übernehmen' }).click();
    await page.getByText('Das Archiv wurde nach dem Export verändert oder ist beschädigt: Die Prüfsumme stimmt nicht.').waitFor();
    expect((await fresh.api.send('setup.status')).configured).toBe(false);

    await archiveField.setInputFiles(asFile(file.name, file.bytes));
    const preview = page.getByRole('region', { name: 'Inhalt des Archivs' });
    await preview.waitFor();
    const previewText = await preview.textContent();
    expect(previewText).toContain(OFFICE);
    expect(previewText).toContain('16.11.2026, 09:00 Uhr');
    expect(previewText).toContain('Kommunen11');
    await fresh.checkAccessibility('first-run-archiv-vorschau');
    await fresh.screenshot('archiv-erster-start-vorschau');

    await page.getByRole('button', { name: 'Daten übernehmen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
    await waitForData(page);
    expect(await page.getByRole('banner').textContent()).toContain(OFFICE);
    await fresh.screenshot('archiv-uebersicht-nach-import');

    const committeeId = (await old.api.send('committees.list'))[0].id;
    const lists: Array<[MethodName, unknown]> = [
      ['settings.get', {}], ['municipalities.list', {}], ['persons.list', {}], ['committees.list', {}],
      ['meetings.list', { committeeId }], ['roundTables.list', {}], ['tasks.list', {}], ['overview.summary', {}],
    ];
    for (const [name, input] of lists) {
      const call = (app: E2eApp) => (app.api.send as (n: MethodName, i: unknown) => Promise<unknown>)(name, input);
      expect(await call(fresh), name).toEqual(await call(old));
    }
  });
});
