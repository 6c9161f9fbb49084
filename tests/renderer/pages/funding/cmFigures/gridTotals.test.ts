import { describe, expect, it } from 'vitest';
import { gridTotals } from '../../../../../renderer/pages/funding/cmFigures/gridTotals';

const entry = {
  providerOrganisationId: 'drk', municipalityId: 'kall', fieldOfAction: null as string | null, periodEnd: '2025-06-30',
  newCases: 4, activeCases: 10, closedCases: 3, contacts: 50, accompaniments: 8, referrals: 5, avgDurationDays: 200 as number | null,
};

describe('the totals row under the grid', () => {
  it('adds up flows, takes the latest stock of active cases per unit and weights the duration by closed cases', () => {
    const later = { ...entry, periodEnd: '2025-12-31', newCases: 2, activeCases: 9, closedCases: 1, avgDurationDays: 100 };
    const other = { ...entry, municipalityId: 'zuelpich', activeCases: 5, avgDurationDays: null };
    const totals = gridTotals([entry, later, other]);
    expect(totals).toMatchObject({ entries: 3, newCases: 10, activeCases: 14, closedCases: 7, contacts: 150, accompaniments: 24, referrals: 15 });
    expect(totals.avgDurationDays).toBe(175);
    expect(totals.notes).toEqual([]);
  });

  it('leaves breakdowns by field out when totals exist, and says so', () => {
    const housing = { ...entry, fieldOfAction: 'HOUSING', newCases: 3 };
    const totals = gridTotals([entry, housing]);
    expect(totals.newCases).toBe(4);
    expect(totals.notes[0]).toMatch(/^1 nach Handlungsfeld aufgeschlüsselter Eintrag ist in den Summen nicht enthalten/);
  });

  it('adds up breakdowns when only they are shown, warning when several fields are mixed', () => {
    const housing = { ...entry, fieldOfAction: 'HOUSING' };
    expect(gridTotals([housing]).notes).toEqual([]);
    const both = gridTotals([housing, { ...entry, fieldOfAction: 'WORK_TRAINING' }]);
    expect(both.newCases).toBe(8);
    expect(both.notes[0]).toMatch(/ein Fall kann unter mehreren Handlungsfeldern gezählt sein/);
  });

  it('has no duration without timed entries, and an unweighted mean when nothing was closed', () => {
    expect(gridTotals([{ ...entry, avgDurationDays: null }]).avgDurationDays).toBeNull();
    expect(gridTotals([{ ...entry, closedCases: 0, avgDurationDays: 10 }, { ...entry, municipalityId: 'x', closedCases: 0, avgDurationDays: 21 }]).avgDurationDays).toBe(15.5);
    expect(gridTotals([]).entries).toBe(0);
  });
});
