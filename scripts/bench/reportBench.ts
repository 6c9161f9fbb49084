import type { Core } from '../../db/core/createCore';
import type { Sqlite } from '../../db/sqlite/open';

export interface ReportBenchResult {
  year: number;
  /** What made the year the busiest: held meetings, decisions and round tables in it. */
  activity: { meetings: number; decisions: number; roundTables: number };
  snapshotMs: number;
  previewMs: number;
  exportMs: number;
  bytes: number;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** The year with the most held meetings, decisions and round tables together. */
export function busiestYear(raw: Sqlite): { year: number; meetings: number; decisions: number; roundTables: number } {
  const rows = raw.prepare(`SELECT year, sum(meetings) AS meetings, sum(decisions) AS decisions, sum(roundTables) AS roundTables FROM (
      SELECT substr(starts_at, 1, 4) AS year, count(*) AS meetings, 0 AS decisions, 0 AS roundTables FROM meetings
        WHERE status IN ('HELD', 'MINUTES_APPROVED') GROUP BY 1
      UNION ALL SELECT substr(decided_on, 1, 4), 0, count(*), 0 FROM decisions GROUP BY 1
      UNION ALL SELECT substr(held_on, 1, 4), 0, 0, count(*) FROM round_tables GROUP BY 1)
    GROUP BY year ORDER BY meetings + decisions + roundTables DESC, year DESC LIMIT 1`).get() as
    { year: string; meetings: number; decisions: number; roundTables: number } | undefined;
  if (!rows) throw new Error('Keine Sitzungen, Beschlüsse oder Runden Tische im Benchmark-Büro.');
  return { ...rows, year: Number(rows.year) };
}

/**
 * The Sachbericht of the busiest year, end to end through the API as the app runs it: the snapshot of all figures,
 * the preview model and the Word file (with its charts and the laid-out table of contents).
 */
export async function benchReport(core: Core, raw: Sqlite): Promise<ReportBenchResult> {
  const { year, ...activity } = busiestYear(raw);
  const drafts = await core.call('reports.list', { kind: 'SACHBERICHT' }) as Array<{ id: string; year: number }>;
  const draft = drafts.find((d) => d.year === year) ?? await core.call('reports.createSachbericht', { year }) as { id: string };
  let t0 = performance.now();
  await core.call('reports.takeSnapshot', { draftId: draft.id, reportingDate: `${year}-12-31` });
  const snapshotMs = performance.now() - t0;
  t0 = performance.now();
  await core.call('reports.preview', { draftId: draft.id });
  const previewMs = performance.now() - t0;
  t0 = performance.now();
  const file = await core.call('exports.sachbericht', { draftId: draft.id }) as { dataBase64: string };
  const exportMs = performance.now() - t0;
  return {
    year, activity, snapshotMs: round(snapshotMs), previewMs: round(previewMs), exportMs: round(exportMs),
    bytes: Buffer.from(file.dataBase64, 'base64').length,
  };
}
