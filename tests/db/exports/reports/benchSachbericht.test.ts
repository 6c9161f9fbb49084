import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../../db/core/createCore';
import type { Sqlite } from '../../../../db/sqlite/open';
import { benchReport, busiestYear } from '../../../../scripts/bench/reportBench';
import { docxParts, tables } from '../../../helpers/docx';
import { benchOffice, type BenchOffice } from '../../../helpers/benchOffice';

/** The benchmark's Sachbericht case on a small generated office: the busiest year, its figures read back from Word. */
let office: BenchOffice;
let core: Core;
let raw: Sqlite;

beforeAll(async () => {
  office = await benchOffice({ scale: 0.01, seed: 11, prefix: 'kim-report-bench-' });
  ({ core, raw } = office);
});
afterAll(() => office.dispose());

describe('the Sachbericht of the busiest benchmark year', () => {
  it('picks the year with the most meetings, decisions and round tables', () => {
    const perYear = new Map<string, number>();
    for (const sql of ["SELECT substr(starts_at, 1, 4) FROM meetings WHERE status IN ('HELD', 'MINUTES_APPROVED')",
      'SELECT substr(decided_on, 1, 4) FROM decisions', 'SELECT substr(held_on, 1, 4) FROM round_tables']) {
      for (const year of raw.prepare(sql).pluck().all() as string[]) perYear.set(year, (perYear.get(year) ?? 0) + 1);
    }
    const max = Math.max(...perYear.values());
    expect(perYear.get(String(busiestYear(raw).year))).toBe(max);
  });

  it('writes it with the decisions and round tables the database holds', async () => {
    const result = await benchReport(core, raw);
    expect(result.exportMs).toBeGreaterThan(0);
    const drafts = await core.call('reports.list', { kind: 'SACHBERICHT' }) as Array<{ id: string; year: number }>;
    const draft = drafts.find((d) => d.year === result.year)!;
    const file = await core.call('exports.sachbericht', { draftId: draft.id }) as { dataBase64: string };
    const { document } = docxParts(Buffer.from(file.dataBase64, 'base64'));
    const all = tables(document);
    const steering = raw.prepare("SELECT id FROM committees WHERE kind = 'STEERING_GROUP' ORDER BY created_at LIMIT 1").pluck().get() as string;
    const decisions = raw.prepare(`SELECT count(*) FROM decisions d JOIN meetings m ON m.id = d.meeting_id
      WHERE m.committee_id = ? AND substr(d.decided_on, 1, 4) = ?`).pluck().get(steering, String(result.year)) as number;
    const byType = all.find((t) => t.rows[0].join('|') === 'Art des Beschlusses|Anzahl')!;
    expect(byType.rows.at(-1)).toEqual(['Summe', decisions.toLocaleString('de-DE')]);
    const roundTables = raw.prepare('SELECT count(*) FROM round_tables WHERE substr(held_on, 1, 4) = ?').pluck().get(String(result.year)) as number;
    const byFormat = all.find((t) => t.rows[0].join('|') === 'Format|Anzahl');
    if (roundTables > 0) expect(byFormat!.rows.at(-1)).toEqual(['Summe', roundTables.toLocaleString('de-DE')]);
    expect(all.every((t) => t.headerRows === 1)).toBe(true);
    // The contents list every chapter with a page number, in page order.
    const toc = document.match(/<w:sdt>[\s\S]*?<\/w:sdt>/)?.[0] ?? '';
    const pages = (toc.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [])
      .map((p) => (p.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')))
      .filter((texts) => texts.length > 0).map((texts) => Number(texts.at(-1)));
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(pages.every((p) => Number.isInteger(p) && p >= 3)).toBe(true);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  }, 300_000);
});
