import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { safeStorage } from 'electron';
import { removeFileDurably, writeFileDurably } from '../db/services/encryption/durableFile';
import { parseHexKey } from '../db/services/encryption/fileKeyStore';
import type { KeyStore } from '../db/services/encryption/keyStore';

export const KEY_FILE = 'kim-desk.key';

const LOCATION: Partial<Record<NodeJS.Platform, string>> = {
  win32: 'im Anmeldeschlüsselbund dieses Windows-Benutzerkontos',
  darwin: 'im Schlüsselbund (Keychain) dieses macOS-Benutzers',
  linux: 'im Schlüsselbund dieses Linux-Benutzers (GNOME-Schlüsselbund oder KWallet)',
};

/**
 * The database key in the OS credential store through Electron's safeStorage: the key (hex) is encrypted with a
 * secret the OS keeps for this user account (DPAPI on Windows, Keychain on macOS, libsecret/KWallet on Linux), and
 * only that ciphertext is written to kim-desk.key in the user data folder. Copying the data folder to another
 * account or computer therefore copies nothing that opens the database.
 */
export function createOsKeyStore(userDataDir: string, platform: NodeJS.Platform = process.platform): KeyStore {
  const file = path.join(userDataDir, KEY_FILE);

  const unavailableReason = (): string | null => {
    if (!safeStorage.isEncryptionAvailable()) {
      return 'Der Schlüsselbund des Betriebssystems ist für KIM Desk nicht erreichbar. Ohne ihn kann der Schlüssel nicht sicher aufbewahrt werden.';
    }
    // Without a real keyring Electron falls back to a password built into Chromium: the "encrypted" key file
    // could be decrypted by anyone with a copy of it, which would make the database encryption pointless.
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
      return 'Auf diesem Linux-System ist kein Schlüsselbund eingerichtet (GNOME-Schlüsselbund/libsecret oder KWallet). '
        + 'Electron würde den Schlüssel dann nur mit einem fest eingebauten Passwort verschleiern; das schützt nicht. '
        + 'Bitte richten Sie einen Schlüsselbund ein und starten Sie KIM Desk neu.';
    }
    return null;
  };

  return {
    kind: 'os',
    location: LOCATION[platform] ?? 'im Schlüsselbund dieses Benutzerkontos',
    available: () => unavailableReason() === null,
    unavailableReason,
    load: () => {
      if (!existsSync(file)) return null;
      let hex: string;
      try {
        hex = safeStorage.decryptString(readFileSync(file));
      } catch {
        throw new Error(`Der Datenbankschlüssel in „${file}“ lässt sich mit dem Schlüsselbund dieses Benutzerkontos nicht entschlüsseln. `
          + 'Er wurde unter einem anderen Benutzerkonto oder auf einem anderen Computer gespeichert, oder der Schlüsselbund ist gesperrt.');
      }
      return parseHexKey(hex, `Die Schlüsseldatei „${file}“`);
    },
    save: (key) => {
      const reason = unavailableReason();
      if (reason) throw new Error(reason);
      writeFileDurably(file, safeStorage.encryptString(key.toString('hex')));
    },
    clear: () => removeFileDurably(file),
  };
}
