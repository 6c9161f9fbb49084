import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../db/core/createCore';
import { closeSqlite, openSqlite, type Sqlite } from '../../db/sqlite/open';
import { benchArchive, rawArchiveRead } from '../../scripts/bench/archiveBench';
import { benchBackup } from '../../scripts/bench/backupBench';
import { formatGrowth, GROWTH_METRICS, growthRows, type ScaleRun } from '../../scripts/bench/growth';
import { benchOverview, OVERVIEW_CALLS } from '../../scripts/bench/overviewBench';
import { measureScale } from '../../scripts/bench/scaleRun';
import { tempDir } from '../helpers/core';
import { benchOffice, type BenchOffice } from '../helpers/benchOffice';

/** The pieces `npm run bench` is made of, on a tiny office: they run and give well-formed results (timings are not judged). */
let office: BenchOffice;
let dir: string;
let core: Core;
let raw: Sqlite;

beforeAll(async () => {
  office = await benchOffice({ scale: 0.01, seed: 5, prefix: 'kim-bench-growth-' });
  ({ dir, core, raw } = office);
});
afterAll(() => office.dispose());

describe('the generated office after the bulk load', () => {
  it('has a full-text index that holds every searchable row and is kept current again afterwards', async () => {
    expect(() => raw.prepare("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')").run()).toThrow(/readonly/);
    const check = openSqlite(join(dir, 'office', 'kim-desk.sqlite'));
    try {
      check.prepare("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')").run();
      expect(check.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(check.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'search_docs_ai'").pluck().get()).toBe(1);
    } finally {
      closeSqlite(check);
    }
    const hits = await core.call('search.query', { q: 'Beschluss' }) as unknown;
    expect(JSON.stringify(hits)).toContain('Beschluss');
    await core.call('municipalities.create', { name: 'Zündhölzchenstadt', status: 'STADT', officialKey: null, active: true });
    expect(JSON.stringify(await core.call('search.query', { q: 'Zündhölzchenstadt' }))).toContain('Zündhölzchenstadt');
  });
});

describe('bench pieces', () => {
  it('loads the Übersicht with the calls the page makes and times each', async () => {
    const result = await benchOverview(core, 2);
    expect(result.loads).toBe(2);
    expect(Object.keys(result.callMedianMs)).toEqual([...OVERVIEW_CALLS]);
    expect(result.pageMedianMs).toBeGreaterThan(0);
    expect(result.pageWorstMs).toBeGreaterThanOrEqual(result.pageMedianMs);
  });

  it('exports the archive and imports it into an empty database with every row', async () => {
    const result = await benchArchive(core, raw, dir);
    expect(result.problem).toBeUndefined();
    expect(result.rows).toBe(rawArchiveRead(raw).rows);
    expect(result.importedRows).toBe(result.rows);
    expect(result.archiveBytes).toBeGreaterThan(10_000);
    // The file is gzip: its JSON Lines are several times larger.
    expect(result.jsonBytes).toBeGreaterThan(3 * result.archiveBytes!);
    expect(result.exportRatio).toBeGreaterThan(0);
    expect(existsSync(join(dir, 'archive-import'))).toBe(false);
  });

  it('backs up through the API and compares with the raw copies, leaving no files behind', async () => {
    const result = await benchBackup(core, raw, dir);
    expect(result.fileBytes).toBeGreaterThan(100_000);
    expect(result.vacuumBytes).toBeGreaterThan(0);
    expect(result.vacuumBytes).toBeLessThanOrEqual(result.fileBytes);
    expect(result.ratio).toBeGreaterThan(0);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });
});

describe('growth from one scale to the next', () => {
  let runs: ScaleRun[];
  let scratch: string;
  beforeAll(async () => {
    scratch = tempDir('kim-bench-scales-');
    const small = await measureScale({ scale: 0.01, scratch, seed: 7, base: true, iterations: 1, loads: 1 });
    expect(small.cases!.length).toBeGreaterThan(10);
    expect(small.report!.bytes).toBeGreaterThan(0);
    const larger = await measureScale({ scale: 0.02, scratch, seed: 7, base: false, iterations: 1, loads: 1 });
    expect(larger.cases).toBeUndefined();
    runs = [small.run, larger.run];
  }, 300_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('measures each scale on its own office and removes it afterwards', () => {
    expect(runs.map((r) => r.scale)).toEqual([0.01, 0.02]);
    expect(runs[1].generation.totalRows).toBeGreaterThan(runs[0].generation.totalRows * 1.5);
    for (const run of runs) {
      expect(run.search.queries).toBe(100);
      expect(run.archive.importedRows).toBe(run.archive.rows);
      expect(run.backup.fileBytes).toBeGreaterThan(0);
    }
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('gives every metric a value per scale, a factor, and the factor per amount of data', () => {
    const rows = growthRows(runs);
    expect(rows.map((r) => r.label)).toEqual(GROWTH_METRICS.map(([label]) => label));
    const data = rows.find((r) => r.label === 'Daten (Zeilen)')!;
    expect(data.factor).toBeCloseTo(runs[1].generation.totalRows / runs[0].generation.totalRows, 2);
    expect(data.perData).toBeNull();
    for (const row of rows) {
      expect(row.values, row.label).toHaveLength(2);
      if (row.values.every((v) => v != null && v > 0)) expect(row.factor, row.label).toBeGreaterThan(0);
    }
    const table = formatGrowth(runs).split('\n');
    expect(table[0]).toMatch(/^\| Messung +\| +0,01× \| +0,02× \| Faktor \| Faktor je Datenmenge \|$/);
    expect(table).toHaveLength(rows.length + 2);
  });

  it('reports an archive step that cannot run instead of failing the whole run', () => {
    const failed: ScaleRun = { ...runs[1], archive: { ...runs[1].archive, exportMs: null, importMs: null, archiveBytes: null, problem: 'Export nicht möglich: Invalid string length' } };
    const table = formatGrowth([runs[0], failed]);
    expect(table).toContain('0,02×: Export nicht möglich: Invalid string length');
    expect(growthRows([runs[0], failed]).find((r) => r.label.startsWith('JSON-Export'))!.factor).toBeNull();
  });
});
