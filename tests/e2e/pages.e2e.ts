import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, waitForData, type E2eApp } from './harness';

/** Every navigation target and every Stammdaten tab, with the demo Kreis loaded so the pages show real lists. */
const PAGES: { path: string; name: string; h1: string }[] = [
  { path: '/uebersicht', name: 'uebersicht', h1: 'Übersicht' },
  { path: '/lenkungsgruppe', name: 'lenkungsgruppe', h1: 'Lenkungsgruppe' },
  { path: '/gruppen', name: 'gruppen', h1: 'Gruppen' },
  { path: '/runde-tische', name: 'runde-tische', h1: 'Runde Tische' },
  { path: '/fallrekonstruktionen', name: 'fallrekonstruktionen', h1: 'Fallrekonstruktionen' },
  { path: '/themen', name: 'themen', h1: 'Themen & Maßnahmen' },
  { path: '/foerderung/jahre', name: 'foerderung-jahre', h1: 'Förderung & Zahlen' },
  { path: '/foerderung/jahre/2025', name: 'foerderung-jahr-2025', h1: 'Förderung & Zahlen' },
  { path: '/foerderung/personal', name: 'foerderung-personal', h1: 'Förderung & Zahlen' },
  { path: '/foerderung/fallzahlen', name: 'foerderung-fallzahlen', h1: 'Förderung & Zahlen' },
  { path: '/foerderung/veranstaltungen', name: 'foerderung-veranstaltungen', h1: 'Förderung & Zahlen' },
  { path: '/berichte', name: 'berichte', h1: 'Berichte' },
  { path: '/berichte/konzept', name: 'berichte-konzept', h1: 'Berichte' },
  { path: '/stammdaten/kommunen', name: 'stammdaten-kommunen', h1: 'Stammdaten' },
  { path: '/stammdaten/organisationen', name: 'stammdaten-organisationen', h1: 'Stammdaten' },
  { path: '/stammdaten/ansprechpersonen', name: 'stammdaten-ansprechpersonen', h1: 'Stammdaten' },
  { path: '/stammdaten/stellen', name: 'stammdaten-stellen', h1: 'Stammdaten' },
  { path: '/stammdaten/traegerzustaendigkeiten', name: 'stammdaten-traegerzustaendigkeiten', h1: 'Stammdaten' },
  { path: '/einstellungen', name: 'einstellungen', h1: 'Einstellungen' },
  { path: '/einstellungen/datensicherung', name: 'einstellungen-datensicherung', h1: 'Einstellungen' },
  { path: '/einstellungen/verschluesselung', name: 'einstellungen-verschluesselung', h1: 'Einstellungen' },
  { path: '/einstellungen/geloeschte-eintraege', name: 'einstellungen-geloeschte-eintraege', h1: 'Einstellungen' },
];

let app: E2eApp;
beforeAll(async () => { app = await startApp({ setup: 'demo' }); });
afterAll(async () => { await app?.close(); });

describe('every page with the demo Kreis', () => {
  for (const { path, name, h1 } of PAGES) {
    it(`${name}: one h1, the current navigation entry marked, no serious accessibility violation`, async () => {
      const { page } = app;
      await app.open(path);
      expect(await page.locator('h1').allTextContents()).toEqual([h1]);
      expect(await page.locator('html').getAttribute('lang')).toBe('de');
      const current = page.getByRole('navigation', { name: 'Hauptnavigation' }).locator('[aria-current="page"]');
      expect(await current.count()).toBe(1);
      expect(await page.locator('body').textContent()).not.toMatch(/undefined|null|NaN|Lorem/);
      await app.checkAccessibility(name);
      await app.screenshot(name);
      expect(app.pageErrors).toEqual([]);
    });
  }

  it('the create and delete dialogs of a master-data list pass the accessibility scan', async () => {
    const { page } = app;
    await app.open('/stammdaten/stellen');
    await page.getByRole('button', { name: /^Neu/ }).click();
    await page.getByRole('dialog', { name: 'Neue Stelle' }).waitFor();
    await app.checkAccessibility('dialog-neue-stelle');
    await app.screenshot('dialog-neue-stelle', { fullPage: false });
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: /^Löschen: / }).first().click();
    await page.getByRole('dialog', { name: 'Stelle löschen' }).waitFor();
    await app.checkAccessibility('dialog-stelle-loeschen');
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(app.pageErrors).toEqual([]);
  });

  it('fits a window zoomed to 200 %: no sideways scrolling of the page, navigation above the content', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 640, height: 400 });
    try {
      const wide = ['uebersicht', 'foerderung-jahr-2025', 'foerderung-personal', 'stammdaten-kommunen', 'einstellungen'];
      for (const { path, name } of PAGES.filter((p) => wide.includes(p.name))) {
        await app.open(path);
        await waitForData(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${name} scrolls sideways at 200 %`).toBeLessThanOrEqual(0);
        const nav = await page.getByRole('navigation', { name: 'Hauptnavigation' }).boundingBox();
        const main = await page.locator('main').boundingBox();
        expect(nav!.y + nav!.height).toBeLessThanOrEqual(main!.y + 1);
        await app.screenshot(`zoom200-${name}`);
      }
      // A form dialog at 200 %: its fields scroll inside, the buttons stay reachable.
      await app.open('/stammdaten/stellen');
      await page.getByRole('button', { name: /^Neu/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Neue Stelle' });
      await dialog.waitFor();
      const save = await dialog.getByRole('button', { name: 'Anlegen' }).boundingBox();
      expect(save!.y + save!.height).toBeLessThanOrEqual(400);
      await app.screenshot('zoom200-dialog-neue-stelle', { fullPage: false });
      await page.keyboard.press('Escape');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
});
