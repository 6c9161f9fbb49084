import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createCore, type Core } from '../../db/core/createCore';
import { fixedClock } from '../../db/domain/clock';
import { closeSqlite, openSqlite, type Sqlite } from '../../db/sqlite/open';
import { BENCH_TODAY, generateOffice } from '../../scripts/bench/generate';
import { tempDir } from './core';

export interface BenchOffice {
  /** The temp folder; the office's data folder is `<dir>/office`. */
  dir: string;
  core: Core;
  /** A read-only connection for the test's own SQL. */
  raw: Sqlite;
  dispose(): void;
}

/** The benchmark's generated office, small, with a core on the benchmark's day and a read-only connection beside it. */
export async function benchOffice(options: { scale: number; seed: number; prefix: string }): Promise<BenchOffice> {
  const dir = tempDir(options.prefix);
  const dataDir = join(dir, 'office');
  const generated = await generateOffice({ dataDir, scale: options.scale, seed: options.seed });
  const core = await createCore({ dataDir, user: 'bench', clock: fixedClock(`${BENCH_TODAY}T10:00:00Z`) });
  const raw = openSqlite(generated.databaseFile, { readonly: true });
  return {
    dir, core, raw,
    dispose: () => {
      closeSqlite(raw);
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
