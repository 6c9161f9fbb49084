import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type E2eApp } from './harness';

/** A freshly set-up office without demo data: every area must say plainly that nothing is there yet. */
const PAGES: { path: string; name: string; empty: string[] }[] = [
  { path: '/uebersicht', name: 'uebersicht', empty: ['Es sind keine Sitzungen geplant.', 'Es haben noch keine Runden Tische stattgefunden.', 'Es sind noch keine Stellen erfasst.'] },
  { path: '/lenkungsgruppe', name: 'lenkungsgruppe', empty: ['Es ist noch keine Lenkungsgruppe erfasst.'] },
  { path: '/gruppen', name: 'gruppen', empty: ['Es sind noch keine Projektgruppen, Arbeitsgruppen oder Arbeitskreise erfasst.'] },
  { path: '/runde-tische', name: 'runde-tische', empty: ['Es sind noch keine Runden Tische erfasst.'] },
  { path: '/fallrekonstruktionen', name: 'fallrekonstruktionen', empty: ['Es sind noch keine Fallrekonstruktionen erfasst.'] },
  { path: '/themen', name: 'themen', empty: ['Es sind noch keine Themen erfasst.'] },
  { path: '/stammdaten/stellen', name: 'stammdaten-stellen', empty: ['Es sind noch keine Stellen erfasst.'] },
  { path: '/foerderung/jahre', name: 'foerderung-jahre', empty: ['Es ist noch kein Förderjahr erfasst.'] },
  { path: '/foerderung/personal', name: 'foerderung-personal', empty: ['Für 2026 ist keine Stelle mit Besetzungszeitraum erfasst.'] },
  { path: '/foerderung/fallzahlen', name: 'foerderung-fallzahlen', empty: ['Es sind noch keine Fallzahlen erfasst.'] },
  { path: '/berichte/konzept', name: 'berichte-konzept', empty: ['Es ist noch keine Version des KIM-Konzepts angelegt.'] },
  { path: '/einstellungen/geloeschte-eintraege', name: 'geloeschte-eintraege', empty: ['Es gibt keine gelöschten Einträge.'] },
];

let app: E2eApp;
beforeAll(async () => { app = await startApp({ setup: 'empty' }); });
afterAll(async () => { await app?.close(); });

describe('an office without data', () => {
  for (const { path, name, empty } of PAGES) {
    it(`${name}: says in German that nothing is recorded yet and shows no invented data`, async () => {
      await app.open(path);
      const notes = await app.page.locator('.empty-state').allTextContents();
      for (const text of empty) expect(notes.some((n) => n.startsWith(text)), `${text} on ${name}`).toBe(true);
      expect(await app.page.locator('table').count()).toBe(0);
      await app.checkAccessibility(`leer-${name}`);
      await app.screenshot(`leer-${name}`);
      expect(app.pageErrors).toEqual([]);
    });
  }

  it('shows zero for every count on the overview', async () => {
    await app.open('/uebersicht');
    const values = await app.page.locator('.counts__value').allTextContents();
    expect(values).toHaveLength(12);
    expect(new Set(values)).toEqual(new Set(['0']));
  });
});
