import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDevFileKeyStore } from '../../db/services/encryption/fileKeyStore';
import { tempDir } from '../helpers/core';
import { startApp, waitForData, type E2eApp } from './harness';

let app: E2eApp | undefined;
let keyDir: string | undefined;
afterEach(async () => {
  expect(app?.pageErrors ?? []).toEqual([]);
  await app?.close();
  app = undefined;
  if (keyDir) rmSync(keyDir, { recursive: true, force: true });
  keyDir = undefined;
});

const PAGE = '/einstellungen/verschluesselung';

describe('Einstellungen – Verschlüsselung', () => {
  it('in the browser without a key store: shows the state and why switching on needs the desktop app', async () => {
    app = await startApp({ setup: 'demo' });
    const { page } = app;
    await app.open(PAGE);
    expect(await page.getByTestId('encryption-state').textContent()).toBe('nicht verschlüsselt');
    expect(await page.locator('main').textContent()).toContain('nur unter diesem Benutzerkonto auf diesem Computer');
    const button = page.getByRole('button', { name: 'Verschlüsselung einschalten …' });
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    expect(await page.getByRole('button', { name: 'Verschlüsselung einschalten …', description: /nur in der Desktop-App verfügbar/ }).count()).toBe(1);
    // aria-disabled rather than disabled: the button stays reachable by keyboard, so its reason is read out.
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await app.checkAccessibility('verschluesselung-browser');
    await app.screenshot('verschluesselung-browser');
  });

  it('with a key store: switches encryption on and off after confirming, and says what happened', async () => {
    keyDir = tempDir('kim-e2e-key-');
    const keyFile = join(keyDir, 'entwicklung.key');
    app = await startApp({ setup: 'demo', keyStore: createDevFileKeyStore(keyFile) });
    const { page, api } = app;
    await api.send('backup.create');
    await app.open(PAGE);
    expect(await page.getByTestId('encryption-state').textContent()).toBe('nicht verschlüsselt');

    await page.getByRole('button', { name: 'Verschlüsselung einschalten …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Verschlüsselung einschalten' });
    expect(await dialog.textContent()).toContain('nur unter diesem Benutzerkonto auf diesem Computer');
    await app.checkAccessibility('verschluesselung-dialog');
    await app.screenshot('verschluesselung-einschalten', { fullPage: false });
    await dialog.getByRole('button', { name: 'Einschalten', exact: true }).click();

    await page.getByText('Die Datenbank ist jetzt verschlüsselt. Die Sicherung im Datenordner wurde ebenfalls verschlüsselt.').waitFor();
    await waitForData(page);
    await expect.poll(() => page.getByTestId('encryption-state').textContent()).toBe('verschlüsselt (ChaCha20-Poly1305)');
    expect(await api.send('encryption.status')).toMatchObject({ encrypted: true, keyStore: 'file' });
    // The app keeps working on the encrypted database.
    expect((await api.send('municipalities.list')).length).toBeGreaterThan(0);
    await app.checkAccessibility('verschluesselung-an');
    await app.screenshot('verschluesselung-an');

    await page.getByRole('button', { name: 'Verschlüsselung ausschalten …' }).click();
    await page.getByRole('dialog', { name: 'Verschlüsselung ausschalten' }).getByRole('button', { name: 'Ausschalten', exact: true }).click();
    await page.getByText('Die Datenbank ist jetzt unverschlüsselt; der Schlüssel wurde entfernt.', { exact: false }).waitFor();
    await expect.poll(() => page.getByTestId('encryption-state').textContent()).toBe('nicht verschlüsselt');
    expect(await api.send('encryption.status')).toMatchObject({ encrypted: false });
  });
});
