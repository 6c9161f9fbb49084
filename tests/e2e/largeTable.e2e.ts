import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type E2eApp } from './harness';

const ROWS = 10_000;
const name = (i: number) => `Ort ${String(i).padStart(5, '0')}`;

let app: E2eApp;
beforeAll(async () => {
  app = await startApp({ setup: 'empty' });
  for (let i = 1; i <= ROWS; i++) {
    await app.api.send('municipalities.create', { name: name(i), status: i % 3 === 0 ? 'STADT' : 'GEMEINDE' });
  }
});
afterAll(async () => { await app?.close(); });

describe('a list of ten thousand rows', () => {
  it('renders only the rows in view, tells assistive technology the full size, and scrolls to the last row', async () => {
    const { page } = app;
    const started = Date.now();
    await app.open('/stammdaten/kommunen');
    await page.locator('.data-table tbody tr[aria-rowindex]').first().waitFor();
    const openMs = Date.now() - started;

    expect(await page.locator('.data-table__count').textContent()).toBe('10.000 von 10.000 Einträgen');
    const table = page.getByRole('table', { name: 'Kommunen' });
    expect(await table.getAttribute('aria-rowcount')).toBe(String(ROWS + 1));
    const rendered = await page.locator('.data-table tbody tr[aria-rowindex]').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    expect(await page.locator('.data-table tbody tr[aria-rowindex="2"] th').textContent()).toBe(name(1));

    await page.locator('.data-table__scroll').evaluate((el) => { el.scrollTop = el.scrollHeight; });
    const last = page.locator(`.data-table tbody tr[aria-rowindex="${ROWS + 1}"]`);
    await last.waitFor();
    expect(await last.locator('th').textContent()).toBe(name(ROWS));
    expect(await page.locator('.data-table tbody tr[aria-rowindex]').count()).toBeLessThan(60);

    // Opening ten thousand rows must stay well within what a person waits for without doubting the app.
    expect(openMs).toBeLessThan(5_000);
    await app.screenshot('stammdaten-kommunen-10000');
  });

  it('sorts and filters the ten thousand rows', async () => {
    const { page } = app;
    await app.open('/stammdaten/kommunen');
    await page.getByRole('button', { name: 'Name' }).click();
    await expect.poll(() => page.locator('.data-table tbody tr[aria-rowindex="2"] th').textContent()).toBe(name(ROWS));

    await page.getByLabel('Stadt/Gemeinde').selectOption('Stadt');
    await expect.poll(() => page.locator('.data-table__count').textContent()).toBe('3.333 von 10.000 Einträgen');
    await page.getByLabel('Suchen').fill('Ort 09999');
    await expect.poll(() => page.locator('.data-table__count').textContent()).toBe('1 von 10.000 Einträgen');
    expect(await page.locator('.data-table tbody tr[aria-rowindex] th').allTextContents()).toEqual([name(9999)]);
    expect(app.pageErrors).toEqual([]);
  });
});
