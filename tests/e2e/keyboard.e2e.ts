import { afterEach, describe, expect, it } from 'vitest';
import { focusedText, startApp, waitForData, type E2eApp } from './harness';

let app: E2eApp | undefined;
afterEach(async () => {
  expect(app?.pageErrors ?? []).toEqual([]);
  await app?.close();
  app = undefined;
});

/** Presses Tab until focus is on an element whose text is `target`; fails after `max` presses. */
async function tabTo(e2e: E2eApp, target: string, max = 20): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await e2e.page.keyboard.press('Tab');
    if ((await focusedText(e2e.page)).endsWith(`:${target}`)) return presses;
  }
  throw new Error(`"${target}" not reached with ${max} presses of Tab; focus is on ${await focusedText(e2e.page)}`);
}

describe('keyboard only', () => {
  it('reaches the navigation and opens Stammdaten with Tab and Enter; focus lands on the new page heading', async () => {
    app = await startApp({ setup: 'demo' });
    const { page } = app;
    await app.open('/uebersicht');

    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('a:Zum Inhalt springen');
    // The skip link is hidden until focused; then it must be on screen.
    const skip = await page.getByRole('link', { name: 'Zum Inhalt springen' }).boundingBox();
    expect(skip!.y).toBeGreaterThanOrEqual(0);

    const presses = await tabTo(app, 'Stammdaten');
    expect(presses).toBeLessThanOrEqual(10);
    expect(await page.getByRole('link', { name: 'Stammdaten' }).evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Stammdaten' }).waitFor();
    await expect.poll(() => focusedText(page)).toBe('h1:Stammdaten');
    expect(await page.getByRole('link', { name: 'Stammdaten' }).getAttribute('aria-current')).toBe('page');
    await waitForData(page);

    // Onward into the list: the sub-navigation, then "Neu" opens the form with focus in its first field.
    await tabTo(app, 'Kommunen');
    await tabTo(app, 'Neu: Neue Kommune');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Neue Kommune' }).waitFor();
    expect(await page.getByLabel('Name').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await focusedText(page)).toBe('button:Neu: Neue Kommune');
  });

  it('skips past the navigation with the skip link', async () => {
    app = await startApp({ setup: 'empty' });
    const { page } = app;
    await app.open('/berichte');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedText(page)).toBe('h1:Berichte');
    expect(page.url()).toMatch(/#\/berichte$/);
  });
});
