import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE } from '../../../db/core/createCore';
import { closeSqlite, integrityCheck, openSqlite } from '../../../db/sqlite/open';
import { tempDir } from '../../helpers/core';
import { bundleWriter, WriterProcess } from './writerProcess';

const KILLS = 20;
/** Writers started ahead, loading their modules while the last database is being checked. */
const AHEAD = 3;

// A seeded generator: a failing run can be repeated with the seed it prints.
const SEED = Number(process.env.KIM_CRASH_SEED ?? Date.now() % 1_000_000);
let state = SEED;
const random = (max: number) => {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  return state % (max + 1);
};

let bundle: { file: string; dispose(): void };
let dataDir: string;
let hostId: string;
beforeAll(async () => {
  bundle = await bundleWriter();
  dataDir = tempDir('kim-crash-');
  const core = await createCore({ dataDir, user: 'test' });
  hostId = ((await core.call('organisations.create', { name: 'Träger der Absturztests', kind: 'WELFARE_PROVIDER' })) as { id: string }).id;
  core.close();
});
afterAll(() => {
  bundle?.dispose();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

interface Check { numbers: number[]; problems: string[] }

/** Opens the database the killed writer left behind and checks it, the way the app would find it. */
function checkDatabase(): Check {
  const db = openSqlite(join(dataDir, DATABASE_FILE));
  try {
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    const problems = [
      ...integrityCheck(db).map((p) => `integrity_check: ${p}`),
      ...(db.pragma('foreign_key_check') as unknown[]).map((v) => `foreign_key_check: ${JSON.stringify(v)}`),
    ];
    // A record and its audit row commit together or not at all; a post comes with its first period.
    const halfWritten: Array<[string, string]> = [
      ['municipality without exactly one CREATE audit row', `SELECT count(*) FROM municipalities m WHERE (SELECT count(*) FROM audit_log a
        WHERE a.entity = 'municipalities' AND a.entity_id = m.id AND a.action = 'CREATE') <> 1`],
      ['post without exactly one CREATE audit row', `SELECT count(*) FROM posts p WHERE (SELECT count(*) FROM audit_log a
        WHERE a.entity = 'posts' AND a.entity_id = p.id AND a.action = 'CREATE') <> 1`],
      ['post without exactly one staffing period', 'SELECT count(*) FROM posts p WHERE (SELECT count(*) FROM post_periods pp WHERE pp.post_id = p.id) <> 1'],
      ['period without its audit row', `SELECT count(*) FROM post_periods pp WHERE NOT EXISTS (SELECT 1 FROM audit_log a
        WHERE a.entity = 'post_periods' AND a.entity_id = pp.id)`],
      ['audit row without its record', `SELECT count(*) FROM audit_log a WHERE a.action = 'CREATE' AND (
        (a.entity = 'municipalities' AND NOT EXISTS (SELECT 1 FROM municipalities m WHERE m.id = a.entity_id))
        OR (a.entity = 'posts' AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.id = a.entity_id))
        OR (a.entity = 'post_periods' AND NOT EXISTS (SELECT 1 FROM post_periods p WHERE p.id = a.entity_id)))`],
    ];
    for (const [what, sql] of halfWritten) {
      const n = count(sql);
      if (n > 0) problems.push(`${n} × ${what}`);
    }
    const names = db.prepare("SELECT name FROM municipalities UNION ALL SELECT label FROM posts WHERE label LIKE 'Stelle %'").pluck().all() as string[];
    const numbers = names.map((n) => Number(/(\d+)$/.exec(n)?.[1])).sort((a, b) => a - b);
    return { numbers, problems };
  } finally {
    closeSqlite(db);
  }
}

describe('crash safety: a writer killed at random moments', () => {
  it(`loses no committed write and leaves a sound database, ${KILLS} kills in a row (seed printed on failure)`, async () => {
    const reported: number[] = [];
    let next = 1;
    const pool: WriterProcess[] = [];
    const refill = () => { while (pool.length < AHEAD) pool.push(new WriterProcess(bundle.file, dataDir)); };
    const context = (round: number) => `seed ${SEED}, kill ${round + 1}`;
    refill();
    try {
      for (let round = 0; round < KILLS; round++) {
        const writer = pool.shift()!;
        expect(await writer.next(), context(round)).toBe('loaded');
        writer.start(next, hostId);
        refill();
        expect(await writer.next(), context(round)).toBe(`ready ${next}`);
        // The kill moment is decided by committed writes read back, never by wall-clock time alone:
        // after 0 to 8 reported commits, and then up to 20 ms more while the writer keeps going.
        const commits = random(8);
        for (let i = 0; i < commits; i++) reported.push(Number(await writer.next()));
        await new Promise((resolve) => setTimeout(resolve, random(20)));
        reported.push(...(await writer.kill()).map(Number));

        const { numbers, problems } = checkDatabase();
        expect(problems, context(round)).toEqual([]);
        const stored = new Set(numbers);
        expect(reported.filter((n) => !stored.has(n)), `${context(round)}: reported as committed but missing`).toEqual([]);
        // Nothing made up or duplicated: 1..n without gaps, at most one write past the last one reported.
        expect(numbers, context(round)).toEqual(numbers.map((_, i) => i + 1));
        expect(numbers.length, context(round)).toBeLessThanOrEqual(Math.max(0, ...reported) + 1);
        const core = await createCore({ dataDir, user: 'check' });
        core.close();
        next = numbers.length + 1;
      }
    } finally {
      for (const writer of pool) await writer.kill();
    }
    // Most kills fall after some commits; a run in which none was reported would have tested little.
    expect(reported.length).toBeGreaterThanOrEqual(KILLS);
  }, 60_000);
});
