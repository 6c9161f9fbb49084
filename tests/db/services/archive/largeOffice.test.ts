import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type Database from 'better-sqlite3';
import { createCore, type Core } from '../../../../db/core/createCore';
import { fixedClock } from '../../../../db/domain/clock';
import { archiveTables } from '../../../../db/services/archive/archiveTables';
import { BATCH_CHARS } from '../../../../db/services/archive/exportArchive';
import { gunzipPieces, gzipSegmentIndex } from '../../../../db/services/archive/gzipSegments';
import { BENCH_TODAY, generateOffice } from '../../../../scripts/bench/generate';
import { tempDir } from '../../../helpers/core';
import { fingerprint, inspectDatabase } from '../../../helpers/database';

/*
 * A generated office (5 % of the benchmark's large one, about 17,000 rows): the archive is built and read in bounded
 * pieces, which is what lets a tenfold office (3.4 million rows, over a gigabyte of JSON) be exported at all.
 */
let dir: string;
let source: Core;
let target: Core;
let archive: Buffer;
let longestStringified = 0;
let contentBytes = 0;

const archived = (db: Database.Database) => {
  const names = new Set(archiveTables().map((t) => t.name));
  return Object.fromEntries(Object.entries(fingerprint(db)).filter(([table]) => names.has(table)));
};

beforeAll(async () => {
  dir = tempDir('kim-archive-large-');
  await generateOffice({ dataDir: join(dir, 'source'), scale: 0.05, seed: 7 });
  const clock = fixedClock(`${BENCH_TODAY}T10:00:00Z`);
  source = await createCore({ dataDir: join(dir, 'source'), user: 'bench', clock });
  const stringify = JSON.stringify;
  const spy = vi.spyOn(JSON, 'stringify').mockImplementation((...args: Parameters<typeof JSON.stringify>) => {
    const text = stringify(...args);
    longestStringified = Math.max(longestStringified, text?.length ?? 0);
    return text;
  });
  try {
    archive = Buffer.from((await source.call('archive.export', {}) as { dataBase64: string }).dataBase64, 'base64');
  } finally {
    spy.mockRestore();
  }
  contentBytes = gunzipSync(archive).length;
  target = await createCore({ dataDir: join(dir, 'target'), user: 'bench', clock });
  await target.call('archive.import', { dataBase64: archive.toString('base64') });
}, 120_000);
afterAll(() => {
  source?.close();
  target?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the archive of a generated office', () => {
  it('round-trips: every archived table holds the same rows afterwards, the audit log one entry more', () => {
    const before = inspectDatabase({ dataDir: join(dir, 'source') });
    const after = inspectDatabase({ dataDir: join(dir, 'target') });
    try {
      const [a, b] = [archived(before), archived(after)];
      expect(Number(a.meetings.split(':')[0])).toBeGreaterThanOrEqual(100);
      expect({ ...b, audit_log: undefined }).toEqual({ ...a, audit_log: undefined });
      expect(Number(b.audit_log.split(':')[0])).toBe(Number(a.audit_log.split(':')[0]) + 1);
      expect(after.pragma('foreign_key_check')).toEqual([]);
    } finally {
      before.close();
      after.close();
    }
  });

  it('is compressed to a small part of its JSON', () => {
    expect(contentBytes).toBeGreaterThan(5_000_000);
    expect(archive.length).toBeLessThan(contentBytes * 0.2);
  });

  it('is built from JSON texts no longer than one row: the whole archive is never one string', () => {
    expect(longestStringified).toBeGreaterThan(100);
    expect(longestStringified).toBeLessThan(100_000);
    expect(longestStringified * 50).toBeLessThan(contentBytes);
  });

  it('is one gzip member made of independent segments of about a megabyte, which the import inflates one at a time', () => {
    const index = gzipSegmentIndex(archive)!;
    expect(index.length).toBeGreaterThan(contentBytes / (BATCH_CHARS * 3));
    expect(archive.subarray(10).includes(Buffer.from([0x1f, 0x8b, 8]))).toBe(false);
    const pieces = [...gunzipPieces(archive)].map((piece) => piece.length);
    expect(pieces.reduce((a, b) => a + b, 0)).toBe(contentBytes);
    expect(Math.max(...pieces)).toBeLessThanOrEqual(3 * BATCH_CHARS + longestStringified * 3);
    expect(pieces.length).toBeGreaterThan(3);
  });
});
