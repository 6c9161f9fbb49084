/**
 * Benchmark: `npm run bench [-- --scales 1,10 --iterations 15 --loads 5 --keep]` (`--scale 0.1` for one quick run).
 *
 * Generates one office per scale (scripts/bench/generate.ts; 1 = ten big Kreise over ten years). On the first
 * (base) office it times every API list/lookup in scripts/bench/cases.ts against equivalent raw SQL and the
 * Sachbericht of the busiest year; on every office it times search, the Übersicht, the JSON export and import and
 * a backup, and prints how each grows from the first scale to the last. Results go to bench-results/latest.json.
 * Nothing here asserts timings; the numbers are for people reading them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createCore } from '../db/core/createCore';
import { BENCH_TODAY } from './bench/generate';
import { formatTable, median } from './bench/runner';
import { formatGrowth, growthRows } from './bench/growth';
import { measureScale, type ScaleMeasurement } from './bench/scaleRun';

const OPEN_RUNS = 5;

function parseScales(values: { scales?: string; scale?: string }): number[] {
  const list = (values.scale ?? values.scales ?? '1,10').split(',').map((s) => Number(s.trim()));
  if (list.length === 0 || list.some((s) => !Number.isFinite(s) || s <= 0)) throw new Error(`Ungültige Faktoren: ${values.scales ?? values.scale}`);
  return [...new Set(list)].sort((a, b) => a - b);
}

async function freshOpenMedian(scratch: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < OPEN_RUNS; i++) {
    const t0 = performance.now();
    const core = await createCore({ dataDir: join(scratch, `fresh-${i}`), user: 'bench' });
    times.push(performance.now() - t0);
    core.close();
  }
  return Math.round(median(times) * 100) / 100;
}

function printBase(base: ScaleMeasurement): void {
  console.log(formatTable(base.cases!));
  const rr = base.report!;
  console.log(`\nSachbericht ${rr.year} (aktivstes Jahr: ${rr.activity.meetings} Sitzungen, ${rr.activity.decisions} Beschlüsse, `
    + `${rr.activity.roundTables} Runde Tische): Zahlenstand ${rr.snapshotMs} ms, Vorschau ${rr.previewMs} ms, `
    + `Word-Datei ${rr.exportMs} ms (${(rr.bytes / 1e6).toFixed(1)} MB)`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scales: { type: 'string' },
      scale: { type: 'string' },
      iterations: { type: 'string', default: '15' },
      loads: { type: 'string', default: '5' },
      seed: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const scales = parseScales(values);
  const iterations = Number(values.iterations);
  const scratch = mkdtempSync(join(tmpdir(), 'kim-bench-'));
  const started = performance.now();
  try {
    const freshOpenMs = await freshOpenMedian(scratch);
    const measured: ScaleMeasurement[] = [];
    for (const scale of scales) {
      console.log(`\nErzeuge Benchmark-Büro (Faktor ${scale}) in ${join(scratch, `office-${scale}`)} …`);
      const m = await measureScale({
        scale, scratch, seed: values.seed ? Number(values.seed) : undefined, base: measured.length === 0,
        iterations, loads: Number(values.loads), keep: values.keep, log: (line) => console.log(line),
      });
      measured.push(m);
      if (m.cases) printBase(m);
    }
    const runs = measured.map((m) => m.run);
    console.log(`\nÖffnen + Migrieren einer neuen Datenbank (Median aus ${OPEN_RUNS}): ${freshOpenMs} ms`);
    for (const r of runs) {
      const s = r.search;
      console.log(`Suche ${r.scale}× (${s.queries} Anfragen): API Median ${s.apiMedianMs} ms, schlechteste ${s.apiWorstMs} ms („${s.worstQuery}“); `
        + `FTS5 direkt Median ${s.rawMedianMs} ms, schlechteste ${s.rawWorstMs} ms; Verhältnis ${s.ratio}`);
    }
    console.log(`\nWachstum von ${scales[0]}× auf ${scales.at(-1)}× Daten (Faktor je Datenmenge 1 = linear, darüber schlechter):\n`);
    console.log(formatGrowth(runs));

    const base = measured[0];
    const results = {
      generatedAt: new Date().toISOString(),
      node: process.version, platform: `${process.platform}-${process.arch}`, cpus: cpus().length,
      totalSeconds: Math.round((performance.now() - started) / 1000),
      scale: base.run.scale, scales, iterations, today: BENCH_TODAY,
      generation: base.run.generation,
      open: { freshMigrateMedianMs: freshOpenMs, largeOpenMedianMs: base.run.openMedianMs, runs: OPEN_RUNS },
      cases: base.cases,
      search: base.run.search,
      report: base.report,
      growth: { runs, rows: growthRows(runs) },
    };
    const outDir = fileURLToPath(new URL('../bench-results', import.meta.url));
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nErgebnisse: ${join(outDir, 'latest.json')} (${results.totalSeconds} s)`);
  } finally {
    if (!values.keep) rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
