import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/core';

/**
 * safeStorage as the OS provides it: a reversible transformation only this "account" can undo (here: XOR with a
 * per-test secret, so the file content is demonstrably not the key), plus the switches the tests flip.
 */
const os = vi.hoisted(() => ({
  available: true,
  backend: 'gnome_libsecret' as string,
  secret: 0x5a,
}));
vi.mock('electron', () => {
  const xor = (data: Buffer) => Buffer.from(data.map((b) => b ^ os.secret));
  return {
    safeStorage: {
      isEncryptionAvailable: () => os.available,
      getSelectedStorageBackend: () => os.backend,
      encryptString: (text: string) => Buffer.concat([Buffer.from('v10'), xor(Buffer.from(text, 'utf8'))]),
      decryptString: (data: Buffer) => {
        if (data.subarray(0, 3).toString() !== 'v10') throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
        const text = xor(data.subarray(3)).toString('utf8');
        if (!/^[0-9a-f]*$/.test(text)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
        return text;
      },
    },
  };
});

const { createOsKeyStore, KEY_FILE } = await import('../../electron/keyStore');

const KEY = Buffer.alloc(32, 0x3c);
let dir: string;
beforeEach(() => {
  dir = tempDir('kim-keystore-');
  Object.assign(os, { available: true, backend: 'gnome_libsecret', secret: 0x5a });
});

describe('the OS key store (Electron safeStorage)', () => {
  it('keeps the key only encrypted by the OS, in kim-desk.key in the user data folder, and reads it back', () => {
    const store = createOsKeyStore(dir, 'win32');
    expect(store).toMatchObject({ kind: 'os', location: 'im Anmeldeschlüsselbund dieses Windows-Benutzerkontos' });
    expect(store.available()).toBe(true);
    expect(store.load()).toBeNull();
    store.save(KEY);
    const file = readFileSync(join(dir, KEY_FILE));
    expect(file.includes(KEY.toString('hex'))).toBe(false);
    expect(file.includes(KEY)).toBe(false);
    expect(store.load()?.equals(KEY)).toBe(true);
    expect(existsSync(join(dir, `${KEY_FILE}.tmp`))).toBe(false);
  });

  it('forgets the key on clear', () => {
    const store = createOsKeyStore(dir, 'darwin');
    store.save(KEY);
    store.clear();
    expect(existsSync(join(dir, KEY_FILE))).toBe(false);
    expect(store.load()).toBeNull();
  });

  it('on Linux refuses the basic_text backend, which is no credential store, and says so in German', () => {
    os.backend = 'basic_text';
    const store = createOsKeyStore(dir, 'linux');
    expect(store.available()).toBe(false);
    expect(store.unavailableReason()).toMatch(/kein Schlüsselbund eingerichtet.*fest eingebauten Passwort/);
    expect(() => store.save(KEY)).toThrow(/kein Schlüsselbund eingerichtet/);
    expect(existsSync(join(dir, KEY_FILE))).toBe(false);
  });

  it('the same backend name on Windows is irrelevant: only Linux has the fallback', () => {
    os.backend = 'basic_text';
    expect(createOsKeyStore(dir, 'win32').available()).toBe(true);
  });

  it('is unavailable, with a reason, when the OS offers no encryption', () => {
    os.available = false;
    const store = createOsKeyStore(dir, 'win32');
    expect(store.available()).toBe(false);
    expect(store.unavailableReason()).toMatch(/Schlüsselbund des Betriebssystems ist für KIM Desk nicht erreichbar/);
    expect(() => store.save(KEY)).toThrow();
  });

  it('a key file from another account cannot be read: a German error, not a wrong key', () => {
    const store = createOsKeyStore(dir, 'win32');
    store.save(KEY);
    os.secret = 0x13;
    expect(() => store.load()).toThrow(/lässt sich mit dem Schlüsselbund dieses Benutzerkontos nicht entschlüsseln/);
    writeFileSync(join(dir, KEY_FILE), 'kaputt');
    expect(() => store.load()).toThrow(/nicht entschlüsseln/);
  });
});
