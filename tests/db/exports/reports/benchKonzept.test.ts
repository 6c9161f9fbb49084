import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../../db/core/createCore';
import type { Sqlite } from '../../../../db/sqlite/open';
import { BENCH_TODAY } from '../../../../scripts/bench/generate';
import { docxParts, paragraphsWithStyle, tables } from '../../../helpers/docx';
import { benchOffice, type BenchOffice } from '../../../helpers/benchOffice';

/** The KIM-Konzept of a generated office (the benchmark's data, small): its generated tables read back from Word. */
let office: BenchOffice;
let core: Core;
let raw: Sqlite;
let file: Buffer;

beforeAll(async () => {
  office = await benchOffice({ scale: 0.01, seed: 17, prefix: 'kim-konzept-bench-' });
  ({ core, raw } = office);
  const draft = await core.call('reports.createConcept', { versionLabel: 'Fortschreibung Benchmark' }) as { id: string };
  file = Buffer.from((await core.call('exports.konzept', { draftId: draft.id }) as { dataBase64: string }).dataBase64, 'base64');
}, 300_000);
afterAll(() => office.dispose());

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
