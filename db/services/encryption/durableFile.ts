import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a small file so that after a crash it is either the old or the complete new content: a temporary
 * file, synced, renamed over the target, and the folder synced so the rename itself is on disk. A key must be
 * durably stored before the database is encrypted with it.
 */
export function writeFileDurably(path: string, data: Buffer | string): void {
  const temp = `${path}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  syncFolder(dirname(path));
}

/** Removes a file and syncs its folder, so a cleared key stays cleared after a crash. */
export function removeFileDurably(path: string): void {
  rmSync(path, { force: true });
  syncFolder(dirname(path));
}

/** Makes renames and removals in a folder durable, before a next step may depend on them. */
export function syncFolder(folder: string): void {
  // Windows cannot open a folder for syncing; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
