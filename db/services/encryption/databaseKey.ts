import { basename } from 'node:path';
import { isEncryptedFile } from '../../sqlite/cipher';
import type { KeyStore } from './keyStore';

/**
 * The key to open a database file with: none for a plain file, whatever the key store holds (a key saved just
 * before a crash interrupted enabling encryption is simply not needed yet); the stored key for an encrypted one.
 */
export function keyForFile(file: string, keyStore: KeyStore): Buffer | null {
  if (!isEncryptedFile(file)) return null;
  const key = keyStore.load();
  if (key) return key;
  const where = keyStore.kind === 'none' ? 'Hier gibt es keinen Schlüsselspeicher' : `Es ist kein Schlüssel ${keyStore.location} gespeichert`;
  throw new Error(`Die Datenbank „${basename(file)}“ ist verschlüsselt, aber ihr Schlüssel fehlt: ${where}. `
    + 'Ohne den Schlüssel lassen sich die Daten nicht lesen. Starten Sie KIM Desk unter dem Benutzerkonto, unter dem die '
    + 'Verschlüsselung eingeschaltet wurde, oder stellen Sie die Daten aus einer Archivdatei oder einer unverschlüsselten Sicherung wieder her.');
}
