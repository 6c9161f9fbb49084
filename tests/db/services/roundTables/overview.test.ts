import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { insertRows } from '../../../helpers/seedMeeting';
import * as schema from '../../../../db/schema';
import { newId } from '../../../../db/domain/ids';
import { median } from '../../../../db/services/roundTables/roundTableOverview';
import { roundTableWorld, zuelpichRoundTable, type RoundTableWorld } from './fixture';

/**
 * On 15.06.2025: Zülpich visited 2024 and 2025 with one overdue agreement, Kall last visited in 2023 (warning)
 * and Dahlem never; a joint round table of Zülpich and Kall in 2024; agreements inserted with their
 * completion days, so durations are known.
 */
let w: RoundTableWorld;
let joint: string;
let zuelpich2025: string;

beforeEach(async () => {
  w = await roundTableWorld('2025-06-15T10:00:00Z');
  const rt = async (heldOn: string, municipalityIds: string[], title = `Runder Tisch ${heldOn}`) =>
    (await w.t.api.send('roundTables.create', zuelpichRoundTable(w, { heldOn, municipalityIds, title }))).id;
  await rt('2023-03-01', [w.municipality.kall]);
  joint = await rt('2024-02-01', [w.municipality.zuelpich, w.municipality.kall]);
  zuelpich2025 = await rt('2025-03-01', [w.municipality.zuelpich]);
  await rt('2025-09-01', [w.municipality.dahlem], 'Geplanter Runder Tisch Dahlem');
  const agreement = (roundTableId: string, status: string, dueDate: string, completedOn: string | null = null) =>
    [schema.actionItems, { id: newId(), source: 'ROUND_TABLE', roundTableId, title: `${status} ${dueDate}`, ownerText: 'Rathaus', status, dueDate, completedOn }] as [SQLiteTable, Record<string, unknown>];
  insertRows(w.t, [
    agreement(joint, 'DONE', '2024-03-31', '2024-02-11'),
    agreement(joint, 'DONE', '2024-06-30', '2024-03-02'),
    agreement(joint, 'DISCARDED', '2024-06-30'),
    agreement(zuelpich2025, 'DONE', '2025-04-30', '2025-03-21'),
    agreement(zuelpich2025, 'IN_PROGRESS', '2025-05-31'),
    agreement(zuelpich2025, 'OPEN', '2025-12-31'),
  ]);
});
afterEach(() => w.dispose());

describe('roundTables.overview', () => {
  it('puts the municipalities that need the office next first: warnings (never visited first), then most overdue', async () => {
    const overview = await w.t.api.send('roundTables.overview');
    expect(overview.rows.map((r) => [r.name, r.contactWarning, r.overdue])).toEqual([
      ['Dahlem', true, 0], ['Kall', true, 0], ['Zülpich', false, 1],
    ]);
    expect(overview.rows.find((r) => r.name === 'Dahlem')).toMatchObject({
      lastContactOn: null, nextPlannedOn: '2025-09-01', daysSinceContact: null, roundTableCount: 0, roundTablesByYear: {}, completionRate: null,
      medianDaysToComplete: null,
    });
    expect(overview.years).toEqual([2023, 2024, 2025]);
  });

  it('without warnings orders by overdue agreements', async () => {
    const recent = (await w.t.api.send('roundTables.create', zuelpichRoundTable(w, {
      heldOn: '2025-05-01', municipalityIds: [w.municipality.kall, w.municipality.dahlem], title: 'Runder Tisch Kall und Dahlem',
    }))).id;
    const dahlemOnly = (await w.t.api.send('roundTables.create', zuelpichRoundTable(w, { heldOn: '2025-04-01', municipalityIds: [w.municipality.dahlem] }))).id;
    insertRows(w.t, [recent, dahlemOnly].map((roundTableId) => [schema.actionItems, {
      id: newId(), source: 'ROUND_TABLE', roundTableId, title: 'Überfällig', ownerText: 'Rathaus', status: 'OPEN', dueDate: '2025-05-15',
    }]));
    const overview = await w.t.api.send('roundTables.overview');
    expect(overview.rows.map((r) => [r.name, r.contactWarning, r.overdue])).toEqual([
      ['Dahlem', false, 2], ['Zülpich', false, 1], ['Kall', false, 1],
    ]);
    // Equal overdue counts: the longer without contact comes first (Zülpich 01.03., Kall 01.05.).
    expect(overview.totals).toMatchObject({ overdue: 3, contactWarnings: 0 });
  });

  it('counts per municipality: round tables per year, agreements by status, completion rate and median days', async () => {
    const { rows } = await w.t.api.send('roundTables.overview');
    const zuelpich = rows.find((r) => r.name === 'Zülpich')!;
    expect(zuelpich).toMatchObject({
      roundTablesByYear: { 2024: 1, 2025: 1 }, roundTableCount: 2, lastContactOn: '2025-03-01', daysSinceContact: 106,
      agreements: { DONE: 3, DISCARDED: 1, IN_PROGRESS: 1, OPEN: 1, DEFERRED: 0, total: 6 },
      overdue: 1, completionRate: 3 / 5,
      // 10, 20 and 30 days from the round table to completion.
      medianDaysToComplete: 20,
    });
    const kall = rows.find((r) => r.name === 'Kall')!;
    expect(kall).toMatchObject({ roundTablesByYear: { 2023: 1, 2024: 1 }, lastContactOn: '2024-02-01', completionRate: 1, medianDaysToComplete: 20 });
  });

  it('counts a joint round table’s agreements once in the totals', async () => {
    const { totals } = await w.t.api.send('roundTables.overview');
    expect(totals).toMatchObject({
      municipalities: 3, roundTables: 3, contactWarnings: 2, overdue: 1,
      agreements: { DONE: 3, DISCARDED: 1, IN_PROGRESS: 1, OPEN: 1, total: 6 }, completionRate: 3 / 5, medianDaysToComplete: 20,
    });
  });

  it('narrows the counts to the round tables of one year; contact and the per-year map stay whole', async () => {
    const overview = await w.t.api.send('roundTables.overview', { year: 2024 });
    const zuelpich = overview.rows.find((r) => r.name === 'Zülpich')!;
    expect(zuelpich).toMatchObject({
      roundTableCount: 1, roundTablesByYear: { 2024: 1, 2025: 1 }, agreements: { DONE: 2, DISCARDED: 1, total: 3 }, overdue: 0,
      completionRate: 1, medianDaysToComplete: 20, lastContactOn: '2025-03-01',
    });
    expect(overview.year).toBe(2024);
    expect(overview.totals.roundTables).toBe(1);
  });

  it('leaves inactive municipalities out', async () => {
    await w.t.api.send('municipalities.update', { id: w.municipality.dahlem, name: 'Dahlem', status: 'GEMEINDE', active: false });
    const overview = await w.t.api.send('roundTables.overview');
    expect(overview.rows.map((r) => r.name)).toEqual(['Kall', 'Zülpich']);
    expect(overview.totals.municipalities).toBe(2);
  });

  it('takes the median of an even number as the mean of the middle two', () => {
    expect(median([30, 10, 20, 40])).toBe(25);
    expect(median([])).toBeNull();
  });
});
