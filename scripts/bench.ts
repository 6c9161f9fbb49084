/**
 * Benchmark: `npm run bench [-- --scale 1 --iterations 15 --dir <folder> --keep]`.
 *
 * Generates a large office (scripts/bench/generate.ts), times opening databases and every API list/lookup in
 * scripts/bench/cases.ts against equivalent raw SQL, prints a table and writes bench-results/latest.json.
 * Nothing here asserts timings; the numbers are for people reading them.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createCore } from '../db/core/createCore';
import { fixedClock } from '../db/domain/clock';
import { closeSqlite, openSqlite } from '../db/sqlite/open';
import { BENCH_TODAY, generateOffice } from './bench/generate';
import { formatTable, median, runCases } from './bench/runner';
import { benchSearch, type SearchBenchResult } from './bench/searchBench';
import { benchReport, type ReportBenchResult } from './bench/reportBench';

const OPEN_RUNS = 5;

async function timeOpen(dataDir: () => string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < OPEN_RUNS; i++) {
    const dir = dataDir();
    const t0 = performance.now();
    const core = await createCore({ dataDir: dir, user: 'bench' });
    times.push(performance.now() - t0);
    core.close();
  }
  return Math.round(median(times) * 100) / 100;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      iterations: { type: 'string', default: '15' },
      seed: { type: 'string' },
      dir: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const scale = Number(values.scale);
  const iterations = Number(values.iterations);
  const scratch = mkdtempSync(join(tmpdir(), 'kim-bench-'));
  const dataDir = values.dir ?? join(scratch, 'office');

  try {
    let fresh = 0;
    const freshOpenMs = await timeOpen(() => join(scratch, `fresh-${fresh++}`));

    console.log(`Erzeuge Benchmark-Büro (Faktor ${scale}) in ${dataDir} …`);
    const generated = await generateOffice({ dataDir, scale, seed: values.seed ? Number(values.seed) : undefined });
    const totalRows = Object.values(generated.counts).reduce((a, b) => a + b, 0);
    const fileBytes = statSync(generated.databaseFile).size;
    console.log(`${totalRows.toLocaleString('de-DE')} Zeilen in ${(generated.milliseconds / 1000).toFixed(1)} s, ${(fileBytes / 1e6).toFixed(1)} MB`);

    const largeOpenMs = await timeOpen(() => dataDir);
    const core = await createCore({ dataDir, user: 'bench', clock: fixedClock(`${BENCH_TODAY}T10:00:00Z`) });
    const raw = openSqlite(generated.databaseFile, { readonly: true });
    let cases;
    let searchResult: SearchBenchResult;
    let reportResult: ReportBenchResult;
    try {
      cases = await runCases(core, raw, { iterations, today: BENCH_TODAY });
      searchResult = await benchSearch(core, raw);
      reportResult = await benchReport(core, raw);
    } finally {
      closeSqlite(raw);
      core.close();
    }

    console.log(`\nÖffnen + Migrieren einer neuen Datenbank (Median aus ${OPEN_RUNS}): ${freshOpenMs} ms`);
    console.log(`Öffnen der großen Datenbank (Median aus ${OPEN_RUNS}): ${largeOpenMs} ms\n`);
    console.log(formatTable(cases));
    const sr = searchResult!;
    console.log(`\nSuche (${sr.queries} Anfragen): API Median ${sr.apiMedianMs} ms, schlechteste ${sr.apiWorstMs} ms („${sr.worstQuery}“); `
      + `FTS5 direkt Median ${sr.rawMedianMs} ms, schlechteste ${sr.rawWorstMs} ms; Verhältnis ${sr.ratio}`);
    const rr = reportResult!;
    console.log(`Sachbericht ${rr.year} (aktivstes Jahr: ${rr.activity.meetings} Sitzungen, ${rr.activity.decisions} Beschlüsse, `
      + `${rr.activity.roundTables} Runde Tische): Zahlenstand ${rr.snapshotMs} ms, Vorschau ${rr.previewMs} ms, `
      + `Word-Datei ${rr.exportMs} ms (${(rr.bytes / 1e6).toFixed(1)} MB)`);

    const results = {
      generatedAt: new Date().toISOString(),
      node: process.version, platform: `${process.platform}-${process.arch}`, cpus: cpus().length,
      scale, iterations, today: BENCH_TODAY,
      generation: { milliseconds: generated.milliseconds, totalRows, fileBytes, counts: generated.counts },
      open: { freshMigrateMedianMs: freshOpenMs, largeOpenMedianMs: largeOpenMs, runs: OPEN_RUNS },
      cases,
      search: searchResult!,
      report: reportResult!,
    };
    const outDir = fileURLToPath(new URL('../bench-results', import.meta.url));
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nErgebnisse: ${join(outDir, 'latest.json')}`);
  } finally {
    if (!values.keep) rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
