import { describe, expect, it } from 'vitest';
import { emptyMeasure, measureInput } from '../../../renderer/pages/themes/measureForm';

describe('the measure form', () => {
  it('starts a theme\'s measure as proposed, with the theme\'s group', () => {
    expect(emptyMeasure('T1', 'G1')).toMatchObject({ themeId: 'T1', committeeId: 'G1', status: 'PROPOSED', budgets: [] });
  });

  it('turns German amounts into cents per year and skips empty rows', () => {
    const { input, issues } = measureInput({
      ...emptyMeasure('T1', null), title: 'Lotsendienst', budgetLine: 'B1_INTERFACE_MEASURES',
      budgets: [{ year: '2027', amount: '8.000,00' }, { year: '', amount: '' }, { year: '2028', amount: '4500' }],
    });
    expect(issues).toEqual([]);
    expect(input.budgets).toEqual([{ year: 2027, amountCents: 800_000 }, { year: 2028, amountCents: 450_000 }]);
    expect(input).toMatchObject({ themeId: 'T1', committeeId: '', budgetLine: 'B1_INTERFACE_MEASURES' });
  });

  it('names the row of a year or amount that is no number', () => {
    const { issues } = measureInput({ ...emptyMeasure('T1', null), budgets: [{ year: '27', amount: '8.000,00' }, { year: '2028', amount: 'viel' }] });
    expect(issues.map((i) => i.field)).toEqual(['budgets.0.year', 'budgets.1.amountCents']);
    expect(issues[1].message).toBe('Budget 2, Betrag: Bitte einen Betrag wie 8.000,00 eingeben.');
  });
});
