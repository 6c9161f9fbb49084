import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../db/core/createCore';
import { fixedClock } from '../../db/domain/clock';
import { closeSqlite, openSqlite } from '../../db/sqlite/open';
import { benchArchive } from './archiveBench';
import { benchBackup } from './backupBench';
import { BENCH_TODAY, generateOffice } from './generate';
import type { ScaleRun } from './growth';
import { benchOverview } from './overviewBench';
import { benchReport, type ReportBenchResult } from './reportBench';
import { median, runCases, type CaseResult } from './runner';
import { benchSearch } from './searchBench';

export interface ScaleOptions {
  scale: number;
  /** A folder for this run's office and the copies it makes (backups, the imported archive). */
  scratch: string;
  seed?: number;
  /** The base run also times every API case and the Sachbericht; the larger ones only what the growth table shows. */
  base: boolean;
  iterations: number;
  /** How often the Übersicht is loaded (at most three times after the base run). */
  loads: number;
  /** Keep the generated office on disk (otherwise it is removed to make room for the next, larger one). */
  keep?: boolean;
  log?: (line: string) => void;
}

export interface ScaleMeasurement {
  run: ScaleRun;
  cases?: CaseResult[];
  report?: ReportBenchResult;
}

const OPEN_RUNS = 3;
/** Übersicht loads on the offices after the base one. */
const LARGE_LOADS = 3;

/** Generates one office and measures it: the growth metrics always, the case table and the Sachbericht on the base run. */
export async function measureScale(options: ScaleOptions): Promise<ScaleMeasurement> {
  const log = options.log ?? (() => undefined);
  const dataDir = join(options.scratch, `office-${options.scale}`);
  const generated = await generateOffice({ dataDir, scale: options.scale, seed: options.seed });
  const totalRows = Object.values(generated.counts).reduce((a, b) => a + b, 0);
  const fileBytes = statSync(generated.databaseFile).size;
  log(`${totalRows.toLocaleString('de-DE')} Zeilen in ${(generated.milliseconds / 1000).toFixed(1)} s, ${(fileBytes / 1e6).toFixed(1)} MB`);

  const opens: number[] = [];
  for (let i = 0; i < OPEN_RUNS; i++) {
    const t0 = performance.now();
    (await createCore({ dataDir, user: 'bench' })).close();
    opens.push(performance.now() - t0);
  }
  const core = await createCore({ dataDir, user: 'bench', clock: fixedClock(`${BENCH_TODAY}T10:00:00Z`) });
  const raw = openSqlite(generated.databaseFile, { readonly: true });
  try {
    const cases = options.base ? await runCases(core, raw, { iterations: options.iterations, today: BENCH_TODAY }) : undefined;
    const report = options.base ? await benchReport(core, raw) : undefined;
    log('Suche …');
    const search = await benchSearch(core, raw);
    log('Übersicht …');
    // The larger offices load the Übersicht fewer times: at 10× one load takes about a minute.
    const overview = options.base ? await benchOverview(core, options.loads) : await benchOverview(core, Math.min(options.loads, LARGE_LOADS), false);
    log('JSON-Export und -Import …');
    const archive = await benchArchive(core, raw, options.scratch);
    log('Sicherung …');
    const backup = await benchBackup(core, raw, options.scratch);
    return {
      run: {
        scale: options.scale,
        generation: { milliseconds: generated.milliseconds, totalRows, fileBytes, counts: generated.counts },
        openMedianMs: Math.round(median(opens) * 100) / 100,
        search, overview, archive, backup,
      },
      cases, report,
    };
  } finally {
    closeSqlite(raw);
    core.close();
    if (!options.keep) rmSync(dataDir, { recursive: true, force: true });
  }
}
