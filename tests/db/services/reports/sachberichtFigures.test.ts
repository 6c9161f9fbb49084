import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { readRows } from '../../../helpers/database';
import type { OutputOf } from '../../../../db/api/contract';
import type { BudgetLine } from '../../../../db/domain/enums';
import { LABELS } from '../../../../db/domain/labels';

/**
 * The figures of the demo Kreis' Sachbericht 2024 against what the database says, each counted with SQL of its own,
 * and the snapshot that keeps them when the records change afterwards.
 */
let t: TestCore;
let draftId: string;
let preview: OutputOf<'reports.preview'>;
const read = <T>(sql: string, ...params: unknown[]): T[] => readRows<T>(t.dataDir, sql, ...params);
const YEAR = 2024;
const STICHTAG = '2024-12-31';

const table = (key: string, caption: string) => {
  const chapter = preview.chapters.find((c) => c.key === key)!;
  const block = chapter.generated.find((b) => b.kind === 'table' && b.caption === caption);
  if (!block || block.kind !== 'table') throw new Error(`no table ${caption}`);
  return block;
};
const de = (n: number, decimals = 0) => n.toLocaleString('de-DE', { minimumFractionDigits: decimals, maximumFractionDigits: 2 });
const euro = (cents: number) => `${de(cents / 100, 2)}\u00a0€`;

beforeAll(async () => {
  t = await testCore({ now: '2025-03-01T09:00:00Z' });
  await t.api.send('setup.initialize', { officeName: 'Kommunales Integrationszentrum Kreis Euskirchen', demo: true });
  draftId = (await t.api.send('reports.createSachbericht', { year: YEAR })).id;
  await t.api.send('reports.takeSnapshot', { draftId, reportingDate: STICHTAG });
  preview = await t.api.send('reports.preview', { draftId });
});
afterAll(() => t.dispose());

describe('Sachbericht figures equal the database', () => {
  it('counts the steering group meetings held and its decisions by type', () => {
    const meetings = read<{ d: string }>(`SELECT substr(m.starts_at, 1, 10) AS d FROM meetings m JOIN committees c ON c.id = m.committee_id
      WHERE c.kind = 'STEERING_GROUP' AND m.status IN ('HELD', 'MINUTES_APPROVED') AND m.starts_at BETWEEN '2024-01-01' AND '2024-12-31T23:59'
      ORDER BY m.starts_at`);
    expect(meetings.length).toBeGreaterThan(0);
    const held = table('steering', 'Sitzungen der Lenkungsgruppe KI/KIM');
    expect(held.rows.map((r) => r[0])).toEqual(meetings.map((m) => m.d.split('-').reverse().join('.')));

    const byType = read<{ type: string; n: number }>(`SELECT d.type, count(*) AS n FROM decisions d JOIN meetings m ON m.id = d.meeting_id
      JOIN committees c ON c.id = m.committee_id WHERE c.kind = 'STEERING_GROUP' AND d.decided_on BETWEEN '2024-01-01' AND '2024-12-31'
      GROUP BY d.type`);
    const labels: Record<string, string> = { COMMISSION_GROUP: 'Beauftragung einer Gruppe', APPROVE_MEASURE: 'Zustimmung zu Maßnahmen',
      ADOPT_DOCUMENT: 'Beschluss eines Dokuments', NOTED: 'Kenntnisnahme', PRIORITISE_THEMES: 'Priorisierung von Themen', OTHER: 'Sonstiger Beschluss' };
    const decisions = table('steering', 'Beschlüsse nach Art');
    expect(Object.fromEntries(decisions.rows.map(([label, n]) => [label, n])))
      .toEqual(Object.fromEntries(byType.map((r) => [labels[r.type], String(r.n)])));
    expect(decisions.footer).toEqual(['Summe', String(byType.reduce((s, r) => s + r.n, 0))]);
  });

  it('shows each theme with its status at the Stichtag, from the status history', () => {
    const rows = read<{ status: string; n: number }>(`SELECT status, count(*) AS n FROM (
        SELECT (SELECT h.to_status FROM theme_status_history h WHERE h.theme_id = t.id AND h.changed_at < '2025-01-01'
          ORDER BY h.changed_at DESC, h.rowid DESC LIMIT 1) AS status FROM themes t WHERE t.merged_into_theme_id IS NULL)
      WHERE status IS NOT NULL GROUP BY status`);
    const figures = table('reconstructions', 'Generative Themen nach Status');
    const total = rows.reduce((s, r) => s + r.n, 0);
    expect(total).toBeGreaterThan(0);
    expect(figures.footer).toEqual(['Summe', String(total)]);
    expect(figures.rows.length).toBe(rows.length);
  });

  it('counts the round tables per municipality held in the year', () => {
    const rows = read<{ name: string; n: number }>(`SELECT mu.name, (SELECT count(*) FROM round_table_municipalities rm JOIN round_tables rt ON rt.id = rm.round_table_id
      WHERE rm.municipality_id = mu.id AND rt.held_on BETWEEN '2024-01-01' AND '2024-12-31') AS n FROM municipalities mu WHERE mu.active = 1`);
    const figures = table('municipalities', 'Runde Tische und weitere Formate je Kommune');
    expect(new Map(figures.rows.map(([name, n]) => [name, n]))).toEqual(new Map(rows.map((r) => [r.name, String(r.n)])));
  });

  it('states funded and filled FTE per Baustein as the mean of the twelve reference days', () => {
    const rows = read<{ module: string; funded: number; filled: number }>(`
      WITH RECURSIVE months(m) AS (SELECT 1 UNION ALL SELECT m + 1 FROM months WHERE m < 12),
        days AS (SELECT printf('2024-%02d-15', m) AS d FROM months)
      SELECT p.funding_module AS module, round(sum(pp.fte) / 12.0, 2) AS funded,
        round(sum(CASE WHEN pp.status = 'FILLED' THEN pp.fte ELSE 0 END) / 12.0, 2) AS filled
      FROM days JOIN post_periods pp ON pp.valid_from <= days.d AND (pp.valid_to IS NULL OR pp.valid_to >= days.d)
      JOIN posts p ON p.id = pp.post_id GROUP BY p.funding_module ORDER BY p.funding_module`);
    const figures = table('staff', 'Geförderte und besetzte Stellen je Baustein (VZÄ im Jahresmittel)');
    expect(figures.rows.map((r) => [r[1], r[2]])).toEqual(rows.map((r) => [de(r.funded, 1), de(r.filled, 1)]));
    const chart = preview.chapters.find((c) => c.key === 'staff')!.generated.find((b) => b.kind === 'chart')!;
    expect(chart.kind === 'chart' && chart.series.map((s) => s.values)).toEqual([rows.map((r) => r.funded), rows.map((r) => r.filled)]);
  });

  it('sets planned against spent per budget line, spent summed from the expenses', () => {
    const spent = read<{ line: string; cents: number }>(`SELECT e.budget_line AS line, sum(e.amount_cents) AS cents FROM expenses e
      JOIN funding_years y ON y.id = e.funding_year_id WHERE y.year = 2024 GROUP BY e.budget_line`);
    const figures = table('annex', 'Geplante und verausgabte Mittel (Grundlage des zahlenmäßigen Nachweises)');
    expect(spent.length).toBeGreaterThan(0);
    for (const s of spent) expect(figures.rows.find((r) => r[0] === LABELS.budgetLine[s.line as BudgetLine])?.[2], s.line).toBe(euro(s.cents));
    expect(figures.footer?.[2]).toBe(euro(spent.reduce((sum, s) => sum + s.cents, 0)));
  });

  it('suppresses case-management counts below the threshold but keeps zero', () => {
    const small = read<{ n: number }>(`SELECT count(*) AS n FROM (SELECT municipality_id, sum(new_cases) AS s FROM cm_aggregates
      WHERE field_of_action IS NULL AND period_start LIKE '2024-%' GROUP BY municipality_id) WHERE s BETWEEN 1 AND 2`)[0].n;
    const figures = table('caseManagement', 'Case Management nach Kommune');
    expect(small).toBeGreaterThan(0);
    expect(figures.rows.filter((r) => r[1] === '< 3').length).toBe(small);
    expect(figures.rows.flat().some((cell) => /^[12]$/.test(cell))).toBe(false);
  });
});

describe('snapshots', () => {
  it('regenerates identical figures after the records changed, and a new snapshot shows the differences', async () => {
    const before = JSON.stringify(preview.chapters.map((c) => c.generated));
    const fundingYearId = read<{ id: string }>('SELECT id FROM funding_years WHERE year = 2024')[0].id;
    await t.api.send('expenses.create', { fundingYearId, budgetLine: 'B1_EVENTS', spentOn: '2024-11-20', amountCents: 50_000, note: 'Nachbuchung' });
    const zuelpich = read<{ id: string; status: string }>("SELECT id, status FROM municipalities WHERE name = 'Zülpich'")[0];
    await t.api.send('municipalities.update', { id: zuelpich.id, name: 'Stadt Zülpich', status: zuelpich.status as 'STADT', active: true });

    const again = await t.api.send('reports.preview', { draftId });
    expect(JSON.stringify(again.chapters.map((c) => c.generated))).toBe(before);

    await t.api.send('reports.takeSnapshot', { draftId, reportingDate: STICHTAG });
    const diff = await t.api.send('reports.snapshotDiff', { draftId });
    expect(diff.message).toBeNull();
    const spent = diff.changes.find((c) => c.path === 'funding.totals.spentCents')!;
    expect(spent.label).toBe('Finanzierung › Summe › ausgegeben');
    expect(Number(spent.after) - Number(spent.before)).toBe(50_000);
    expect(diff.changes).toContainEqual(expect.objectContaining({
      path: 'roundTables.perMunicipality[Stadt Zülpich].name', label: 'Runde Tische › je Kommune › Stadt Zülpich › name', before: null, after: 'Stadt Zülpich',
    }));
    const fresh = await t.api.send('reports.preview', { draftId });
    expect(JSON.stringify(fresh.chapters.map((c) => c.generated))).not.toBe(before);
  });
});
