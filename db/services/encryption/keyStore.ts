import type { Sqlite } from '../../sqlite/open';

/**
 * Where the database key is kept. The desktop app keeps it in the operating system's credential store
 * (electron/keyStore.ts); browser mode has none unless a development key file is given (fileKeyStore.ts).
 * db/ never imports Electron, so the shell passes its store to createCore.
 */
export interface KeyStore {
  readonly kind: 'os' | 'file' | 'none';
  /** For the settings page, German: where the key lives ("im Anmeldeschlüsselbund dieses Windows-Benutzerkontos"). */
  readonly location: string;
  /** Whether a key can be kept safely here now. */
  available(): boolean;
  /** Why not, in German, when available() is false. */
  unavailableReason(): string | null;
  /** The stored key, or null when none is stored. Throws (German) when a stored key cannot be read. */
  load(): Buffer | null;
  /** Stores the key durably (on disk and synced) before returning. */
  save(key: Buffer): void;
  clear(): void;
}

export const NO_KEY_STORE: KeyStore = {
  kind: 'none',
  location: 'nirgends (kein Schlüsselspeicher)',
  available: () => false,
  unavailableReason: () => 'Die Verschlüsselung ist nur in der Desktop-App verfügbar: Nur dort verwahrt der Schlüsselbund des '
    + 'Betriebssystems den Schlüssel. In der Browser-Ansicht gibt es keinen solchen Speicher.',
  load: () => null,
  save: () => {
    throw new Error('Ohne Schlüsselspeicher kann kein Schlüssel gespeichert werden.');
  },
  clear: () => {},
};

// createCore builds a fresh Context per call and Context has no slot for the store; the store belongs to the
// database a connection was opened on, so it is kept per connection (openDatabase binds every new one).
const stores = new WeakMap<Sqlite, KeyStore>();

export function bindKeyStore(sqlite: Sqlite, store: KeyStore): void {
  stores.set(sqlite, store);
}

export function keyStoreOf(sqlite: Sqlite): KeyStore {
  return stores.get(sqlite) ?? NO_KEY_STORE;
}
