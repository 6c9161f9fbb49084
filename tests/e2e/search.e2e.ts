import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusedText, startApp, waitForData, type E2eApp } from './harness';

let app: E2eApp;
beforeAll(async () => { app = await startApp({ setup: 'demo' }); });
afterAll(async () => { await app?.close(); });

describe('the search', () => {
  it('finds a decision by a word with ß, marks the word and opens its meeting with Enter', async () => {
    const { page } = app;
    await app.open('/uebersicht');
    const expected = await app.api.send('search.query', { q: 'beschließt', limit: 50 });
    expect(expected.groups[0].kind).toBe('decision');
    expect(expected.total).toBeGreaterThan(1);
    const decision = expected.groups[0].hits[0];
    expect(decision.snippet.some((p) => p.match && p.text === 'beschließt')).toBe(true);

    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Suchen' });
    await dialog.waitFor();
    const field = dialog.getByRole('combobox', { name: 'Suchbegriff' });
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.fill('beschließt');

    const status = dialog.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ Treffer in \d+ Bereich/);
    const decisions = dialog.getByRole('group', { name: 'Beschlüsse' });
    expect(await decisions.getByRole('option').count()).toBe(expected.groups.find((g) => g.kind === 'decision')!.hits.length);
    const first = decisions.getByRole('option').first();
    expect(await first.locator('mark').allTextContents()).toContain('beschließt');
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await field.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));

    await app.checkAccessibility('search-dialog');
    await app.screenshot('search-dialog', { fullPage: false });

    // The arrow keys move the active option through the groups and back.
    await field.press('ArrowDown');
    expect(await first.getAttribute('aria-selected')).toBe('false');
    await field.press('ArrowUp');
    expect(await first.getAttribute('aria-selected')).toBe('true');

    await field.press('Enter');
    await page.waitForURL(new RegExp(`#/lenkungsgruppe/sitzung/${decision.meetingId}/sitzung$`));
    await waitForData(page);
    expect(await page.getByRole('dialog').count()).toBe(0);
    const snippet = decision.snippet.map((p) => p.text).join('');
    // The decisions of an agenda item load after the page itself.
    await expect.poll(() => page.locator('main').textContent(), { timeout: 10_000 }).toContain(snippet.slice(0, 40));
    expect(app.pageErrors).toEqual([]);
  });

  it('opens from the header with Cmd+K too, and Escape closes it and returns focus', async () => {
    const { page } = app;
    await app.open('/stammdaten/kommunen');
    const launcher = page.getByRole('banner').getByRole('button', { name: 'Suchen …' });
    await launcher.click();
    const dialog = page.getByRole('dialog', { name: 'Suchen' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focusedText(page)).toMatch(/^button:Suchen …/);

    await page.keyboard.press('Meta+k');
    await dialog.waitFor();
    await dialog.getByRole('combobox').fill('Zülpich');
    const status = dialog.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/Treffer/);
    await dialog.getByRole('group', { name: 'Kommunen' }).getByRole('option').first().click();
    await page.waitForURL(/#\/kommunen\/[^/]+$/);
    expect(await page.locator('h1').textContent()).toContain('Zülpich');
    expect(app.pageErrors).toEqual([]);
  });

  it('opens an agreement of a round table on that round table', async () => {
    const { page } = app;
    await app.open('/uebersicht');
    const expected = await app.api.send('search.query', { q: 'Infoblatt Vermieter', limit: 50 });
    const agreement = expected.groups.find((g) => g.kind === 'task')!.hits[0];
    expect(agreement.roundTableId).toBeTruthy();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Suchen' });
    await dialog.getByRole('combobox', { name: 'Suchbegriff' }).fill('Infoblatt Vermieter');
    await dialog.getByRole('group', { name: 'Aufgaben und Vereinbarungen' }).getByRole('option').first().click();
    await page.waitForURL(new RegExp(`#/runde-tische/termin/${agreement.roundTableId}$`));
    await waitForData(page);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 10_000 }).toContain('Infoblatt für Vermieter*innen entwerfen');
    expect(app.pageErrors).toEqual([]);
  });

  it('says so when nothing matches', async () => {
    const { page } = app;
    await app.open('/uebersicht');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Suchen' });
    await dialog.getByRole('combobox').fill('Quarkstrudelwettbewerb');
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Keine Treffer für „Quarkstrudelwettbewerb“.');
    expect(await dialog.getByRole('option').count()).toBe(0);
  });
});
