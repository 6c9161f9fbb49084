import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, waitForData, type E2eApp } from './harness';

let app: E2eApp;
let steeringId: string;
let nextMeetingId: string;
let heldMeetingId: string;
let approvedMeetingId: string;

beforeAll(async () => {
  app = await startApp({ setup: 'demo' });
  const [steering] = await app.api.send('committees.list', { kind: 'STEERING_GROUP' });
  steeringId = steering.id;
  const meetings = await app.api.send('meetings.list', { committeeId: steeringId });
  nextMeetingId = meetings.find((m) => m.status === 'PLANNED')!.id;
  heldMeetingId = meetings.find((m) => m.status === 'HELD')!.id;
  approvedMeetingId = meetings.find((m) => m.status === 'MINUTES_APPROVED')!.id;
});
afterAll(async () => { await app?.close(); });

/** Every area of the Lenkungsgruppe and of a meeting, on the demo Kreis: one h1, German, no serious axe finding. */
describe('Lenkungsgruppe pages with the demo Kreis', () => {
  const committeeTabs = [
    { sub: 'sitzungen', check: 'Neue Sitzung' },
    { sub: 'mitglieder', check: 'I. Interne Vertretung' },
    { sub: 'geschaeftsordnung', check: 'Heute gilt Fassung 1.0' },
    { sub: 'themenspeicher', check: 'Versorgungsdaten Traumatherapie' },
    { sub: 'beschlusskontrolle', check: 'überfällig seit' },
  ];
  for (const { sub, check } of committeeTabs) {
    it(`lenkungsgruppe/${sub}: shows its content and passes the accessibility scan`, async () => {
      const { page } = app;
      await app.open(`/lenkungsgruppe/${sub}`);
      expect(await page.locator('h1').allTextContents()).toEqual(['Lenkungsgruppe']);
      await expect.poll(() => page.locator('main').textContent()).toContain(check);
      expect(await page.locator('main').textContent()).not.toMatch(/undefined|null|NaN|\[object/);
      await app.checkAccessibility(`lenkungsgruppe-${sub}`);
      await app.screenshot(`lenkungsgruppe-${sub}`);
      expect(app.pageErrors).toEqual([]);
    });
  }

  const meetingTabs = [
    { name: 'planned', id: () => nextMeetingId, tab: 'vorbereitung', check: 'Vorschläge' },
    { name: 'planned', id: () => nextMeetingId, tab: 'einladung', check: 'Einladung versenden' },
    { name: 'planned', id: () => nextMeetingId, tab: 'sitzung', check: 'Beschlussfähig: nein' },
    { name: 'planned', id: () => nextMeetingId, tab: 'protokoll', check: 'Ein Protokoll gibt es erst für durchgeführte Sitzungen' },
    { name: 'held', id: () => heldMeetingId, tab: 'sitzung', check: 'Beschlussfähig: ja' },
    { name: 'held', id: () => heldMeetingId, tab: 'protokoll', check: 'Ergebnisprotokoll' },
    { name: 'approved', id: () => approvedMeetingId, tab: 'protokoll', check: 'Protokoll genehmigt' },
  ];
  for (const { name, id, tab, check } of meetingTabs) {
    it(`meeting (${name}) ${tab}: shows its content and passes the accessibility scan`, async () => {
      const { page } = app;
      await app.open(`/lenkungsgruppe/sitzung/${id()}/${tab}`);
      await waitForData(page);
      expect(await page.locator('h1').count()).toBe(1);
      await expect.poll(() => page.locator('main').textContent()).toContain(check);
      expect(await page.locator('main').textContent()).not.toMatch(/undefined|null|NaN|\[object/);
      await app.checkAccessibility(`sitzung-${name}-${tab}`);
      await app.screenshot(`sitzung-${name}-${tab}`);
      expect(app.pageErrors).toEqual([]);
    });
  }

  it('a project group reuses roster, rules and meeting pages under Gruppen', async () => {
    const { page, api } = app;
    const group = (await api.send('committees.list', { kind: 'PROJECT_GROUP' }))[0];
    await app.open('/gruppen');
    await page.getByRole('link', { name: group.name }).click();
    await page.getByRole('heading', { level: 1, name: group.name }).waitFor();
    await page.getByRole('navigation', { name: `Bereiche: ${group.name}` }).getByRole('link', { name: 'Mitglieder' }).click();
    await page.getByRole('button', { name: 'Neuer Sitz' }).waitFor();
    await waitForData(page);
    expect(page.url()).toContain(`#/gruppen/${group.id}/mitglieder`);
    await app.checkAccessibility('gruppe-mitglieder');
    await app.screenshot('gruppe-mitglieder');

    const [meeting] = await api.send('meetings.list', { committeeId: group.id });
    await app.open(`/gruppen/sitzung/${meeting.id}/sitzung`);
    expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).locator('[aria-current="page"]').textContent()).toBe('Gruppen');
    await page.getByRole('link', { name: `Alle Sitzungen: ${group.name}` }).click();
    await page.getByRole('heading', { level: 1, name: group.name }).waitFor();
    expect(page.url()).toContain(`#/gruppen/${group.id}/sitzungen`);
    expect(app.pageErrors).toEqual([]);
  });

  it('fits a window zoomed to 200 %: the agenda builder stacks, nothing scrolls sideways', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 640, height: 400 });
    try {
      for (const tab of ['vorbereitung', 'sitzung']) {
        await app.open(`/lenkungsgruppe/sitzung/${nextMeetingId}/${tab}`);
        await waitForData(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${tab} scrolls sideways at 200 %`).toBeLessThanOrEqual(0);
        await app.screenshot(`zoom200-sitzung-${tab}`);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
});
