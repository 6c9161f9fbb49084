import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../../db/core/context';
import { DATABASE_FILE, defaultMigrationsFolder, openDatabase } from '../../db/core/createCore';
import { fixedClock } from '../../db/domain/clock';
import { closeSqlite } from '../../db/sqlite/open';
import { inWriteTransaction } from '../../db/services/audit';
import { tempDir } from './core';

export interface TestContext {
  ctx: Context;
  dataDir: string;
  dispose(): void;
}

/**
 * A Context built the way createCore builds one, for code that runs below the API (the demo loader, generators).
 * Uses a fresh migrated database in a temp folder unless one is given.
 */
export function testContext(options: { now?: string; dataDir?: string; user?: string } = {}): TestContext {
  const dataDir = options.dataDir ?? tempDir('kim-ctx-');
  const clock = fixedClock(options.now ?? '2025-06-15T10:00:00Z');
  const migrationsFolder = defaultMigrationsFolder();
  const { sqlite, db } = openDatabase(join(dataDir, DATABASE_FILE), migrationsFolder);
  const ctx: Context = {
    db, sqlite, clock, user: options.user ?? 'test', dataDir, migrationsFolder,
    write: <T>(fn: () => T): T => inWriteTransaction(sqlite, fn),
    nowIso: () => clock.now().toISOString(),
    emit: () => {},
    replaceDatabase: () => { throw new Error('replaceDatabase is not available in a test context'); },
  };
  return {
    ctx, dataDir,
    dispose: () => {
      closeSqlite(sqlite);
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
