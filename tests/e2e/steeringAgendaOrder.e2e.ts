import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type E2eApp } from './harness';
import { agendaTitles, demoSteering, focusedName, tabTo } from './steeringHelpers';

let app: E2eApp;
let meetingId: string;
beforeAll(async () => {
  app = await startApp({ setup: 'demo' });
  meetingId = (await demoSteering(app.api)).planned.id;
});
afterAll(async () => { await app?.close(); });

const storedOrder = async () => (await app.api.send('meetings.get', { id: meetingId })).agenda.map((i) => i.title);
const announcement = () => app.page.locator('.preparation > [role="status"]').textContent();

describe('reordering the agenda', () => {
  it('works with the keyboard alone: focus stays on the pressed button and the new position is announced', async () => {
    const { page } = app;
    await app.open(`/lenkungsgruppe/sitzung/${meetingId}/vorbereitung`);
    const before = await agendaTitles(page);
    expect(before.indexOf('Bericht der Koordination')).toBe(2);

    await tabTo(page, 'Nach unten: Bericht der Koordination');
    await page.keyboard.press('Enter');
    await expect.poll(announcement).toBe(`„Bericht der Koordination“ ist jetzt TOP 4 von ${before.length}.`);
    expect(await focusedName(page)).toBe('Nach unten: Bericht der Koordination');
    await page.keyboard.press('Space');
    await expect.poll(announcement).toBe(`„Bericht der Koordination“ ist jetzt TOP 5 von ${before.length}.`);
    await expect.poll(storedOrder).toEqual((await agendaTitles(page)));
    expect((await storedOrder()).indexOf('Bericht der Koordination')).toBe(4);

    // Back up one with Shift+Tab to its "Nach oben" button.
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName(page)).toBe('Nach oben: Bericht der Koordination');
    await page.keyboard.press('Enter');
    await expect.poll(announcement).toBe(`„Bericht der Koordination“ ist jetzt TOP 4 von ${before.length}.`);
    expect(await focusedName(page)).toBe('Nach oben: Bericht der Koordination');

    // At the top the "up" button is gone from the tab order; focus moves to its twin instead of getting lost.
    await tabTo(page, 'Nach oben: Genehmigung des Protokolls der letzten Sitzung');
    await page.keyboard.press('Enter');
    await expect.poll(announcement).toBe(`„Genehmigung des Protokolls der letzten Sitzung“ ist jetzt TOP 1 von ${before.length}.`);
    expect(await focusedName(page)).toBe('Nach unten: Genehmigung des Protokolls der letzten Sitzung');
    await expect.poll(async () => (await storedOrder())[0]).toBe('Genehmigung des Protokolls der letzten Sitzung');
    await app.checkAccessibility('tagesordnung-tastatur');
    expect(app.pageErrors).toEqual([]);
  });

  it('works with the mouse by dragging an item onto its new place', async () => {
    const { page } = app;
    await app.open(`/lenkungsgruppe/sitzung/${meetingId}/vorbereitung`);
    const item = (title: string) => page.locator('.agenda-item', { has: page.locator('.agenda-item__title', { hasText: new RegExp(`^${title}$`) }) });
    await item('Termine').dragTo(item('Verschiedenes'), { targetPosition: { x: 40, y: 5 } });
    await expect.poll(storedOrder).toContain('Termine');
    await expect.poll(async () => {
      const order = await storedOrder();
      return order.indexOf('Termine') < order.indexOf('Verschiedenes');
    }).toBe(true);
    await expect.poll(() => agendaTitles(page)).toEqual(await storedOrder());
    expect(await announcement()).toMatch(/^„Termine“ ist jetzt TOP \d+ von \d+\.$/);
    expect(app.pageErrors).toEqual([]);
  });
});
