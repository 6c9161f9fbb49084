import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type E2eApp } from './harness';

let app: E2eApp;
beforeAll(async () => { app = await startApp({ setup: 'empty' }); });
afterAll(async () => { await app?.close(); });

/** The checks the other specs rely on must be able to fail, or their passing means nothing. */
describe('the browser-test harness', () => {
  it('serves the built renderer with the API token and a German document', async () => {
    await app.open('/berichte');
    expect(await app.page.locator('meta[name="kim-api-token"]').getAttribute('content')).toMatch(/.{20,}/);
    expect(await app.page.locator('html').getAttribute('lang')).toBe('de');
  });

  it('fails the accessibility check on a serious violation', async () => {
    await app.open('/berichte');
    await app.page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'text';
      document.querySelector('main')!.append(input);
    });
    const outcome = await app.checkAccessibility('deliberately-broken').then(() => 'passed', (e: Error) => e.message);
    expect(outcome).toContain('serious/critical accessibility violations');
  });
});
