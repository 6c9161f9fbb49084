import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { entry, seedCmOffice, type CmOffice } from './fixture';

let t: TestCore;
let o: CmOffice;
beforeEach(async () => {
  t = await testCore({ now: '2026-01-20T10:00:00Z' });
  o = await seedCmOffice(t.api);
});
afterEach(() => t.dispose());

const H2 = { periodStart: '2025-07-01', periodEnd: '2025-12-31' };

async function record() {
  const save = (...args: Parameters<typeof entry>) => t.api.send('cmFigures.upsert', entry(...args));
  // Caritas Eifel in Mechernich, two half-years: active cases carry over, so the year's active cases are the second half's.
  await save(o.caritasEifel, o.mechernich, { newCases: 6, activeCases: 18, closedCases: 5, contacts: 120, accompaniments: 20, referrals: 9, avgDurationDays: 200 });
  await save(o.caritasEifel, o.mechernich, { ...H2, newCases: 4, activeCases: 17, closedCases: 15, contacts: 100, accompaniments: 10, referrals: 1, avgDurationDays: 160 });
  await save(o.drk, o.zuelpich, { newCases: 3, activeCases: 7, closedCases: 0, contacts: 40, accompaniments: 5, referrals: 2, avgDurationDays: null });
  await save(o.kja, null, { newCases: 2, activeCases: 4, closedCases: 1, contacts: 12, accompaniments: 1, referrals: 0, avgDurationDays: 300 });
  // A breakdown by field of action of the Mechernich figures: one case may count under two fields.
  await save(o.caritasEifel, o.mechernich, { fieldOfAction: 'HOUSING', newCases: 4, activeCases: 10, closedCases: 2, contacts: 60, accompaniments: 8, referrals: 3, avgDurationDays: 150 });
  await save(o.caritasEifel, o.mechernich, { fieldOfAction: 'WORK_TRAINING', newCases: 3, activeCases: 9, closedCases: 3, contacts: 50, accompaniments: 6, referrals: 4, avgDurationDays: 210 });
  // Another year must not leak in.
  await save(o.drk, o.zuelpich, { periodStart: '2024-07-01', periodEnd: '2024-12-31', newCases: 50, activeCases: 50, closedCases: 50 });
}

describe('cmFigures.summary', () => {
  it('adds up a year per provider, with active cases as of the latest period and a duration weighted by closed cases', async () => {
    await record();
    const summary = await t.api.send('cmFigures.summary', { year: 2025, groupBy: 'provider' });
    expect(summary.groups.map((g) => [g.label, g.newCases, g.activeCases, g.closedCases, g.contacts, g.accompaniments, g.referrals, g.avgDurationDays, g.entries])).toEqual([
      // (200 × 5 + 160 × 15) / 20 = 170
      ['Caritas Eifel', 10, 17, 20, 220, 30, 10, 170, 2],
      ['DRK KV Euskirchen', 3, 7, 0, 40, 5, 2, null, 1],
      ['KJA Bonn', 2, 4, 1, 12, 1, 0, 300, 1],
    ]);
    expect(summary.total).toMatchObject({ newCases: 15, activeCases: 28, closedCases: 21, contacts: 272, entries: 4 });
    expect(summary.total.avgDurationDays).toBe(176.2);
    expect(summary.notes).toEqual([]);
  });

  it('groups per municipality, putting county-wide figures last', async () => {
    await record();
    const { groups } = await t.api.send('cmFigures.summary', { year: 2025, groupBy: 'municipality' });
    expect(groups.map((g) => [g.label, g.newCases])).toEqual([
      ['Mechernich', 10], ['Zülpich', 3], ['ohne Zuordnung zu einer Kommune', 2],
    ]);
  });

  it('sums the breakdown by field of action separately, never into the totals', async () => {
    await record();
    const byField = await t.api.send('cmFigures.summary', { year: 2025, groupBy: 'fieldOfAction' });
    expect(byField.groups.map((g) => [g.key, g.label, g.newCases, g.activeCases])).toEqual([
      ['WORK_TRAINING', 'Arbeit, Ausbildung und Anerkennung', 3, 9],
      ['HOUSING', 'Wohnen', 4, 10],
    ]);
    expect(byField.total.newCases).toBe(7);
  });

  it('says so when figures exist only broken down by field, without totals', async () => {
    await t.api.send('cmFigures.upsert', entry(o.kja, o.zuelpich, { fieldOfAction: 'EDUCATION' }));
    const summary = await t.api.send('cmFigures.summary', { year: 2025, groupBy: 'provider' });
    expect(summary.groups).toEqual([]);
    expect(summary.notes).toEqual([
      '1 Eintrag liegt nur nach Handlungsfeldern aufgeschlüsselt vor, ohne Gesamtzahlen; sie sind in diesen Summen nicht enthalten (siehe Auswertung nach Handlungsfeldern).',
    ]);
  });

  it('refuses an unknown grouping in German', async () => {
    await expect(t.api.send('cmFigures.summary', { year: 2025, groupBy: 'person' as never })).rejects.toMatchObject({
      message: 'Gruppierung: Bitte einen gültigen Wert auswählen.',
    });
  });
});
