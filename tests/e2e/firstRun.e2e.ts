import { afterEach, describe, expect, it } from 'vitest';
import { OFFICE, startApp, type E2eApp } from './harness';

let app: E2eApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('first start', () => {
  it('names the office, loads the demo Kreis and shows its counts on the overview', async () => {
    app = await startApp({ setup: 'none' });
    const { page } = app;
    await app.open('/');
    expect(await page.locator('h1').textContent()).toBe('Willkommen bei KIM Desk');
    await app.checkAccessibility('first-run');
    await app.screenshot('first-run');

    await page.getByLabel('Name des Büros').fill(OFFICE);
    await page.getByLabel('Mit Demodaten eines fiktiven Kreises beginnen').check();
    await page.getByRole('button', { name: 'Einrichten' }).click();

    await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
    expect(await page.getByRole('banner').textContent()).toContain(OFFICE);
    const summary = await app.api.send('overview.summary');
    expect(summary.counts.municipalities).toBeGreaterThan(0);
    expect(summary.counts.posts).toBeGreaterThan(0);
    const count = (label: string) => page.locator('.counts__item').filter({ has: page.getByRole('link', { name: label, exact: true }) }).locator('dd').textContent();
    expect(await count('Kommunen')).toBe(String(summary.counts.municipalities));
    expect(await count('Stellen')).toBe(String(summary.counts.posts));
    await app.screenshot('overview-after-first-run');
    expect(app.pageErrors).toEqual([]);
  });

  it('refuses an empty office name at the field and stays on the first-run screen', async () => {
    app = await startApp({ setup: 'none' });
    const { page } = app;
    await app.open('/');
    await page.getByRole('button', { name: 'Einrichten' }).click();
    const name = page.getByLabel('Name des Büros');
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByText('Name des Büros: Bitte ausfüllen.').isVisible()).toBe(true);
    expect((await app.api.send('setup.status')).configured).toBe(false);
    expect(app.pageErrors).toEqual([]);
  });
});
