import type { EncryptionChange, EncryptionStatus } from '../../../../db/services/encryption/encryption';

const CIPHER_NAMES: Record<string, string> = { chacha20: 'ChaCha20-Poly1305' };

/** "verschlüsselt (ChaCha20-Poly1305)" or "nicht verschlüsselt". */
export function stateText(status: EncryptionStatus): string {
  if (!status.encrypted) return 'nicht verschlüsselt';
  return `verschlüsselt (${CIPHER_NAMES[status.cipher ?? ''] ?? status.cipher ?? 'unbekanntes Verfahren'})`;
}

/** Where the key is, as a sentence part; only meaningful where a key store exists. */
export function keyText(status: EncryptionStatus): string {
  if (status.encrypted) return `Der Schlüssel liegt ${status.keyLocation}.`;
  if (status.available) return `Beim Einschalten wird ein neuer Schlüssel erzeugt und ${status.keyLocation} abgelegt.`;
  return 'Kein Schlüssel: Hier gibt es keinen sicheren Ort dafür.';
}

const backupCount = (n: number) => (n === 1 ? 'Die Sicherung im Datenordner wurde' : `Die ${n.toLocaleString('de-DE')} Sicherungen im Datenordner wurden`);

/** The confirmation after switching: what happened to the database, the key and the backups. */
export function changeText(change: EncryptionChange): string {
  const { status, backups } = change;
  const parts = [status.encrypted
    ? 'Die Datenbank ist jetzt verschlüsselt.'
    : 'Die Datenbank ist jetzt unverschlüsselt; der Schlüssel wurde entfernt.'];
  if (backups.converted > 0) parts.push(`${backupCount(backups.converted)} ebenfalls ${status.encrypted ? 'verschlüsselt' : 'entschlüsselt'}.`);
  if (backups.skipped.length > 0) {
    parts.push(`Unverändert blieben ${backups.skipped.length === 1 ? 'die Sicherung' : 'die Sicherungen'} ${backups.skipped.join(', ')}: `
      + 'Sie ließen sich mit dem Schlüssel dieses Benutzerkontos nicht öffnen.');
  }
  return parts.join(' ');
}
