import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../db/core/createCore';
import type { Sqlite } from '../../db/sqlite/open';

export interface BackupBenchResult {
  /** backup.create: SQLite's online backup, reopened and checked with integrity_check, audited. */
  backupMs: number;
  fileBytes: number;
  /** The same online backup alone, without the check. */
  rawBackupMs: number;
  /** A plain `VACUUM INTO` copy of the same database (compacted, so it can be smaller). */
  vacuumIntoMs: number;
  vacuumBytes: number;
  /** backupMs / rawBackupMs: what verifying the copy costs. */
  ratio: number;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** One backup through the API into `scratchDir`, and the raw copies it compares with; all files removed after. */
export async function benchBackup(core: Core, raw: Sqlite, scratchDir: string): Promise<BackupBenchResult> {
  const folder = join(scratchDir, 'backups');
  mkdirSync(folder, { recursive: true });
  try {
    let t0 = performance.now();
    const created = await core.call('backup.create', { folder }) as { sizeBytes: number };
    const backupMs = performance.now() - t0;

    const rawFile = join(folder, 'raw-backup.sqlite');
    t0 = performance.now();
    await raw.backup(rawFile);
    const rawBackupMs = performance.now() - t0;

    const vacuumFile = join(folder, 'vacuum-into.sqlite');
    t0 = performance.now();
    raw.prepare('VACUUM INTO ?').run(vacuumFile);
    const vacuumIntoMs = performance.now() - t0;

    return {
      backupMs: round(backupMs), fileBytes: created.sizeBytes, rawBackupMs: round(rawBackupMs),
      vacuumIntoMs: round(vacuumIntoMs), vacuumBytes: statSync(vacuumFile).size,
      ratio: round(backupMs / Math.max(rawBackupMs, 1e-3)),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
