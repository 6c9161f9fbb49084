import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../db/core/createCore';
import { fixedClock } from '../../db/domain/clock';
import { closeSqlite, integrityCheck, openSqlite, type Sqlite } from '../../db/sqlite/open';
import { BENCH_CASES, caseLabel } from '../../scripts/bench/cases';
import { BENCH_TODAY, FULL_SCALE, generateOffice, type GenerateResult } from '../../scripts/bench/generate';
import { formatTable, percentile, runCases } from '../../scripts/bench/runner';
import { tempDir } from '../helpers/core';
import { fingerprint } from '../helpers/database';

const SCALE = 0.01;
let dir: string;
let generated: GenerateResult;
let raw: Sqlite;

beforeAll(async () => {
  dir = tempDir('kim-bench-test-');
  generated = await generateOffice({ dataDir: join(dir, 'a'), scale: SCALE, seed: 7 });
  raw = openSqlite(generated.databaseFile, { readonly: true });
});
afterAll(() => {
  closeSqlite(raw);
  rmSync(dir, { recursive: true, force: true });
});

describe('bench generator', () => {
  it('fills every entity in proportion to the scale factor', () => {
    const c = generated.counts;
    expect(c.municipalities).toBe(Math.round(FULL_SCALE.municipalities * SCALE) || 1);
    expect(c.meetings).toBe(FULL_SCALE.meetings * SCALE);
    expect(c.agenda_items).toBe(FULL_SCALE.agendaItems * SCALE);
    expect(c.decisions).toBe(FULL_SCALE.decisions * SCALE);
    expect(c.action_items).toBe((FULL_SCALE.decisionTasks + FULL_SCALE.agreements) * SCALE);
    expect(c.findings).toBe(FULL_SCALE.findings * SCALE);
    expect(c.audit_log).toBe(FULL_SCALE.auditRows * SCALE);
    for (const [table, count] of Object.entries(c)) {
      expect(raw.prepare(`SELECT count(*) FROM "${table}"`).pluck().get(), table).toBe(count);
    }
  });

  it('writes a database whose foreign keys all resolve and which passes the integrity check', () => {
    expect(raw.pragma('foreign_key_check')).toEqual([]);
    expect(integrityCheck(raw)).toEqual([]);
    expect(raw.prepare("SELECT count(*) FROM action_items WHERE source = 'ROUND_TABLE' AND round_table_id IS NULL").pluck().get()).toBe(0);
  });

  it('is deterministic for a seed and scale', async () => {
    const again = await generateOffice({ dataDir: join(dir, 'b'), scale: SCALE, seed: 7 });
    const other = openSqlite(again.databaseFile, { readonly: true });
    try {
      expect(fingerprint(other)).toEqual(fingerprint(raw));
    } finally {
      closeSqlite(other);
    }
  });
});

describe('bench cases', () => {
  let core: Core;
  beforeAll(async () => {
    core = await createCore({ dataDir: join(dir, 'a'), user: 'bench', clock: fixedClock(`${BENCH_TODAY}T10:00:00Z`) });
  });
  afterAll(() => core.close());

  it('has SQL that runs on the current schema for every case, present method or not', () => {
    for (const c of BENCH_CASES) {
      for (const sql of Array.isArray(c.sql) ? c.sql : [c.sql]) expect(() => raw.prepare(sql), caseLabel(c)).not.toThrow();
    }
  });

  it('returns the same number of rows through the API and through the raw SQL', async () => {
    const results = await runCases(core, raw, { iterations: 1, today: BENCH_TODAY });
    const present = BENCH_CASES.filter((c) => core.methodNames().includes(c.method)).map(caseLabel);
    expect(results.map((r) => r.label)).toEqual(present);
    expect(present).toContain('municipalities.list');
    for (const r of results) {
      expect(r.apiRows, r.label).toBe(r.rawRows);
      expect(r.apiMedianMs, r.label).toBeGreaterThanOrEqual(0);
    }
    expect(results.filter((r) => r.method.endsWith('.list')).every((r) => r.apiRows > 0)).toBe(true);
    expect(formatTable(results).split('\n')).toHaveLength(results.length + 2);
  });

  it('computes percentiles by nearest rank', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
  });
});
