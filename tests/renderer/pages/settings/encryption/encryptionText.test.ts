import { describe, expect, it } from 'vitest';
import type { EncryptionStatus } from '../../../../../db/services/encryption/encryption';
import { changeText, keyText, stateText } from '../../../../../renderer/pages/settings/encryption/encryptionText';

const WINDOWS = 'im Anmeldeschlüsselbund dieses Windows-Benutzerkontos';
const status = (over: Partial<EncryptionStatus>): EncryptionStatus => ({
  encrypted: false, cipher: null, keyStore: 'os', keyLocation: WINDOWS, available: true, reason: null, ...over,
});

describe('encryption texts of the settings page', () => {
  it('names the state and the cipher', () => {
    expect(stateText(status({}))).toBe('nicht verschlüsselt');
    expect(stateText(status({ encrypted: true, cipher: 'chacha20' }))).toBe('verschlüsselt (ChaCha20-Poly1305)');
  });

  it('says where the key lives, will live, or that there is no place for one', () => {
    expect(keyText(status({ encrypted: true, cipher: 'chacha20' }))).toBe(`Der Schlüssel liegt ${WINDOWS}.`);
    expect(keyText(status({}))).toBe(`Beim Einschalten wird ein neuer Schlüssel erzeugt und ${WINDOWS} abgelegt.`);
    expect(keyText(status({ keyStore: 'none', available: false }))).toMatch(/^Kein Schlüssel/);
  });

  it('reports what happened to the database and to the backups, in singular and plural', () => {
    expect(changeText({ status: status({ encrypted: true, cipher: 'chacha20' }), backups: { converted: 1, skipped: [] } }))
      .toBe('Die Datenbank ist jetzt verschlüsselt. Die Sicherung im Datenordner wurde ebenfalls verschlüsselt.');
    expect(changeText({ status: status({}), backups: { converted: 12, skipped: ['kim-desk-2025-01-01_10-00-00.sqlite'] } }))
      .toBe('Die Datenbank ist jetzt unverschlüsselt; der Schlüssel wurde entfernt. Die 12 Sicherungen im Datenordner wurden ebenfalls '
        + 'entschlüsselt. Unverändert blieben die Sicherung kim-desk-2025-01-01_10-00-00.sqlite: Sie ließen sich mit dem Schlüssel '
        + 'dieses Benutzerkontos nicht öffnen.');
    expect(changeText({ status: status({ encrypted: true, cipher: 'chacha20' }), backups: { converted: 0, skipped: [] } }))
      .toBe('Die Datenbank ist jetzt verschlüsselt.');
  });
});
