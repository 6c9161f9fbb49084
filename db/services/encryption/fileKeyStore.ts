import { existsSync, readFileSync } from 'node:fs';
import { KEY_BYTES } from '../../sqlite/cipher';
import { removeFileDurably, writeFileDurably } from './durableFile';
import type { KeyStore } from './keyStore';

const HEX_KEY = new RegExp(`^[0-9a-f]{${KEY_BYTES * 2}}$`);

export function parseHexKey(text: string, where: string): Buffer {
  const hex = text.trim();
  if (!HEX_KEY.test(hex)) throw new Error(`${where} enthält keinen gültigen Datenbankschlüssel.`);
  return Buffer.from(hex, 'hex');
}

/**
 * FOR DEVELOPMENT AND TESTS ONLY: the key as plain hex in a file. Anyone who can read the file can read the
 * database, so it protects nothing; it lets browser mode (KIM_KEY_FILE for scripts/serve.ts) and tests run
 * the same encryption code as the desktop app, whose key lives in the OS credential store.
 */
export function createDevFileKeyStore(path: string): KeyStore {
  return {
    kind: 'file',
    location: `in der Schlüsseldatei ${path} (nur für Entwicklung und Tests, ungeschützt)`,
    available: () => true,
    unavailableReason: () => null,
    load: () => (existsSync(path) ? parseHexKey(readFileSync(path, 'utf8'), `Die Schlüsseldatei „${path}“`) : null),
    save: (key) => writeFileDurably(path, key.toString('hex')),
    clear: () => removeFileDurably(path),
  };
}
