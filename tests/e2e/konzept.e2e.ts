import { afterEach, describe, expect, it } from 'vitest';
import { startApp, waitForData, type E2eApp } from './harness';
import { download } from './steeringHelpers';
import { docxParts } from '../helpers/docx';

let app: E2eApp | undefined;
afterEach(async () => {
  expect(app?.pageErrors ?? []).toEqual([]);
  await app?.close();
  app = undefined;
});

const FIRST_TEXT = 'Das KIM im Kreis Euskirchen wurde seit Mai 2021 schrittweise aufgebaut.\n\nDie Koordinierungsstelle gehört zum KoBIZ.';
const SECOND_TEXT = 'Das KIM im Kreis Euskirchen wurde seit Mai 2021 dauerhaft verstetigt.\n\nDie Koordinierungsstelle gehört zum KoBIZ.';

describe('Berichte: the KIM-Konzept in versions', () => {
  it('starts the first version, continues it as a Fortschreibung, previews, compares, publishes and exports with marked changes', async () => {
    app = await startApp({ setup: 'demo' });
    const { page, api } = app;
    expect(await api.send('reports.list', { kind: 'CONCEPT_UPDATE' })).toEqual([]);

    await app.open('/berichte');
    await page.getByRole('navigation', { name: 'Arten von Berichten' }).getByRole('link', { name: 'KIM-Konzept' }).click();
    await page.getByRole('heading', { name: 'Versionen des KIM-Konzepts' }).waitFor();
    expect(await page.locator('.empty-state').textContent()).toContain('Es ist noch keine Version des KIM-Konzepts angelegt.');

    // The first version: the dialog explains that it starts from the default structure.
    await page.getByRole('button', { name: 'Neue Fortschreibung' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neue Fortschreibung des KIM-Konzepts' });
    expect(await dialog.textContent()).toContain('Dies ist die erste Version.');
    await dialog.getByRole('button', { name: 'Fortschreibung anlegen' }).click();
    expect(await dialog.locator('.kern-error').textContent()).toBe('Version: Bitte ausfüllen.');
    await dialog.getByRole('textbox', { name: 'Version' }).fill('Fortschreibung Januar 2025');
    await dialog.getByRole('button', { name: 'Fortschreibung anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'KIM-Konzept – Fortschreibung Januar 2025' }).waitFor();
    const [first] = await api.send('reports.list', { kind: 'CONCEPT_UPDATE' });
    expect(page.url()).toContain(`#/berichte/konzept/${first.id}`);
    const firstText = page.getByLabel('Text: Grundlagen');
    await firstText.fill(FIRST_TEXT);
    await firstText.blur();
    await expect.poll(() => page.locator('.autosave__state').first().textContent()).toContain('gespeichert');
    // That version was adopted earlier; publishing it is tested below on the Fortschreibung.
    await api.send('reports.publish', { draftId: first.id });

    await page.getByRole('link', { name: 'Alle Versionen des KIM-Konzepts' }).click();
    await page.getByRole('cell', { name: 'veröffentlicht am 16.11.2026' }).waitFor();
    await app.checkAccessibility('konzept-versionen');
    await app.screenshot('konzept-versionen');
    await page.getByRole('button', { name: 'Neue Fortschreibung' }).click();
    expect(await dialog.getByRole('combobox', { name: 'Grundlage' }).inputValue()).toBe(first.id);
    expect(await dialog.textContent()).toContain('beginnt als Kopie dieser Version');
    await dialog.getByRole('textbox', { name: 'Version' }).fill('Fortschreibung Januar 2027');
    await app.checkAccessibility('konzept-neue-fortschreibung');
    await dialog.getByRole('button', { name: 'Fortschreibung anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'KIM-Konzept – Fortschreibung Januar 2027' }).waitFor();
    await waitForData(page);
    const second = (await api.send('reports.list', { kind: 'CONCEPT_UPDATE' })).find((v) => v.versionLabel === 'Fortschreibung Januar 2027')!;

    // The copy carries the text over; one changed sentence is saved by leaving the field.
    const text = page.getByLabel('Text: Grundlagen');
    expect(await text.inputValue()).toBe(FIRST_TEXT);
    await text.fill(SECOND_TEXT);
    await text.blur();
    await expect.poll(async () => (await api.send('reports.get', { id: second.id })).sections.find((s) => s.key === 'foundations')!.narrative)
      .toBe(SECOND_TEXT);
    const funding = page.getByRole('article', { name: 'Förderung von Personal- und Sachausgaben' });
    expect(await funding.textContent()).toContain('entstehen aus den erfassten Daten');
    expect(await funding.getByRole('link', { name: 'Stammdaten: Stellen' }).getAttribute('href')).toBe('#/stammdaten/stellen');
    expect(await page.getByLabel('Im Konzept: Ausblick').isChecked()).toBe(true);
    await app.checkAccessibility('konzept-kapitel');
    await app.screenshot('konzept-kapitel');

    const tabs = page.getByRole('navigation', { name: 'Bereiche der Version' });
    await tabs.getByRole('link', { name: 'Vorschau' }).click();
    const preview = page.getByRole('article', { name: 'KIM-Konzept – Fortschreibung Januar 2027' });
    await preview.waitFor();
    await waitForData(page);
    expect(await preview.textContent()).toContain('dauerhaft verstetigt.');
    expect(await preview.getByRole('heading', { level: 2, name: '1. Grundlagen' }).count()).toBe(1);
    expect(await preview.getByRole('heading', { level: 3, name: '1.1 Förderung von Personal- und Sachausgaben' }).count()).toBe(1);
    expect(await preview.locator('table').count()).toBeGreaterThan(2);
    await app.checkAccessibility('konzept-vorschau');
    await app.screenshot('konzept-vorschau');

    await tabs.getByRole('link', { name: 'Vergleich' }).click();
    await page.getByRole('heading', { name: 'Vergleich zweier Versionen' }).waitFor();
    await waitForData(page);
    expect(await page.getByLabel('Frühere Version').inputValue()).toBe(first.id);
    expect(await page.getByLabel('Neuere Version').inputValue()).toBe(second.id);
    const changed = page.getByRole('region', { name: 'Grundlagen (geändert)' });
    expect(await changed.locator('ins').allTextContents()).toEqual(['[eingefügt: dauerhaft verstetigt.]']);
    expect(await changed.locator('del').allTextContents()).toEqual(['[gelöscht: schrittweise aufgebaut. ]']);
    expect(await page.locator('[role="status"]', { hasText: 'geändert' }).textContent()).toMatch(/^1 Abschnitt geändert, \d+ unverändert$/);
    const unchanged = page.locator('details.concept-diff__section--unchanged').first();
    expect(await unchanged.getAttribute('open')).toBeNull();
    await unchanged.locator('summary').click();
    expect(await unchanged.getAttribute('open')).toBe('');
    await app.checkAccessibility('konzept-vergleich');
    await app.screenshot('konzept-vergleich');

    // Publishing asks first, says what freezing means, and leaves a read-only version.
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    const confirm = page.getByRole('dialog', { name: '„Fortschreibung Januar 2027“ veröffentlichen?' });
    expect(await confirm.textContent()).toContain('mit dem heutigen Stand gespeichert');
    await app.screenshot('konzept-veroeffentlichen', { fullPage: false });
    await confirm.getByRole('button', { name: 'Veröffentlichen' }).click();
    await page.getByText('Diese Version ist veröffentlicht und festgeschrieben').waitFor();
    await tabs.getByRole('link', { name: 'Kapitel' }).click();
    await page.getByRole('article', { name: 'Grundlagen' }).waitFor();
    expect(await page.locator('textarea, select, input[type="checkbox"]:not(.concept-export input)').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Veröffentlichen' }).count()).toBe(0);
    expect(await page.getByRole('article', { name: 'Grundlagen' }).textContent()).toContain('dauerhaft verstetigt.');
    expect((await api.send('reports.get', { id: second.id })).draft.status).toBe('PUBLISHED');
    await app.checkAccessibility('konzept-veroeffentlicht');
    await app.screenshot('konzept-veroeffentlicht');

    await page.getByLabel('Änderungen gegenüber der Vorversion markieren').check();
    const file = await download(page, page.getByRole('button', { name: 'Als Word speichern' }));
    expect(file.name).toBe('KIM-Konzept – Fortschreibung Januar 2027 (Änderungen markiert).docx');
    const { document } = docxParts(file.bytes);
    expect(document).toMatch(/<w:ins [^>]*>[\s\S]*?<w:t[^>]*>dauerhaft verstetigt\. ?<\/w:t>/);
    await page.getByText(`„${file.name}“ wurde heruntergeladen.`).waitFor();
  });
});
