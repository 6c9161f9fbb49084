import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../../db/core/createCore';
import { fixedClock } from '../../../../db/domain/clock';
import { closeSqlite, openSqlite, type Sqlite } from '../../../../db/sqlite/open';
import { BENCH_TODAY, generateOffice } from '../../../../scripts/bench/generate';
import { tempDir } from '../../../helpers/core';
import { docxParts, paragraphsWithStyle, tables } from '../../../helpers/docx';

/** The KIM-Konzept of a generated office (the benchmark's data, small): its generated tables read back from Word. */
let dir: string;
let core: Core;
let raw: Sqlite;
let file: Buffer;

beforeAll(async () => {
  dir = tempDir('kim-konzept-bench-');
  const generated = await generateOffice({ dataDir: join(dir, 'office'), scale: 0.01, seed: 17 });
  core = await createCore({ dataDir: join(dir, 'office'), user: 'bench', clock: fixedClock(`${BENCH_TODAY}T10:00:00Z`) });
  raw = openSqlite(generated.databaseFile, { readonly: true });
  const draft = await core.call('reports.createConcept', { versionLabel: 'Fortschreibung Benchmark' }) as { id: string };
  file = Buffer.from((await core.call('exports.konzept', { draftId: draft.id }) as { dataBase64: string }).dataBase64, 'base64');
}, 300_000);
afterAll(() => {
  closeSqlite(raw);
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the KIM-Konzept of the benchmark office', () => {
  it('has the structure of the Fortschreibung with real headings and header rows', () => {
    const { document } = docxParts(file);
    expect(paragraphsWithStyle(document, 'Heading1')).toContain('5. Lenkungsgruppe');
    expect(tables(document).every((t) => t.headerRows === 1)).toBe(true);
  });

  it('lists every post, every provider in charge today and every current steering-group member the database holds', () => {
    const all = tables(docxParts(file).document);
    const byHeader = (header: string) => all.find((t) => t.rows[0].join('|') === header)!;
    const count = (sql: string, ...params: unknown[]) => raw.prepare(sql).pluck().get(...params) as number;
    // The posts table ends with a sum row.
    expect(byHeader('Stelle|Baustein|VZÄ|Status').rows.length - 2).toBe(count('SELECT count(*) FROM posts'));
    expect(byHeader('Träger|Kommunen|Zielgruppe').rows.length - 1).toBe(count(`SELECT count(DISTINCT provider_organisation_id)
      FROM provider_assignments WHERE coalesce(valid_from, '') <= ? AND (valid_to IS NULL OR valid_to >= ?)`, BENCH_TODAY, BENCH_TODAY));
    expect(byHeader('Bereich|Sitz|Rolle').rows.length - 1).toBe(count(`SELECT count(*) FROM committee_memberships m
      JOIN committees c ON c.id = m.committee_id WHERE c.kind = 'STEERING_GROUP'
      AND coalesce(m.valid_from, '') <= ? AND (m.valid_to IS NULL OR m.valid_to >= ?)`, BENCH_TODAY, BENCH_TODAY));
  });
});
