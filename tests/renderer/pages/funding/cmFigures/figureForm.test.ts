import { describe, expect, it } from 'vitest';
import { fromFormValues, toFormValues } from '../../../../../renderer/components/form/formValues';
import {
  countFieldSpecs, decimalText, figureFormRecord, keyFieldSpecs, parseDecimal, sameKeyEntry, toUpsertInput,
} from '../../../../../renderer/pages/funding/cmFigures/figureForm';

describe('German decimal numbers (average duration)', () => {
  it('reads a decimal comma and thousands dots', () => {
    expect(parseDecimal('182,5')).toEqual({ ok: true, value: 182.5 });
    expect(parseDecimal(' 1.200,75 ')).toEqual({ ok: true, value: 1200.75 });
    expect(parseDecimal('90')).toEqual({ ok: true, value: 90 });
    expect(parseDecimal('')).toEqual({ ok: true, value: null });
  });

  it('keeps a minus sign for the core to refuse at the field', () => {
    expect(parseDecimal('-3')).toEqual({ ok: true, value: -3 });
  });

  it('refuses a dot as decimal separator and text rather than guessing', () => {
    expect(parseDecimal('182.5')).toEqual({ ok: false });
    expect(parseDecimal('12,5 Tage')).toEqual({ ok: false });
    expect(parseDecimal('1,2,3')).toEqual({ ok: false });
  });

  it('shows a stored duration with a comma for editing', () => {
    expect(decimalText(182.5)).toBe('182,5');
    expect(decimalText(null)).toBe('');
  });
});

describe('the figure form', () => {
  const options = { providers: [{ value: 'drk', label: 'DRK' }], municipalities: [], fields: [] };
  const fields = [...keyFieldSpecs(options), ...countFieldSpecs()];

  it('turns typed figures into the upsert input, empty choices into null', () => {
    const values = {
      ...toFormValues(fields), periodStart: '2025-01-01', periodEnd: '2025-06-30', providerOrganisationId: 'drk',
      newCases: '6', activeCases: '1.018', closedCases: '5', contacts: '126', accompaniments: '22', referrals: '9', avgDurationDays: '182,5',
    };
    const { input, issues } = fromFormValues(fields, values);
    expect(issues).toEqual([]);
    expect(toUpsertInput(input)).toEqual({
      issues: [],
      input: {
        periodStart: '2025-01-01', periodEnd: '2025-06-30', providerOrganisationId: 'drk', municipalityId: null, fieldOfAction: null,
        newCases: 6, activeCases: 1018, closedCases: 5, contacts: 126, accompaniments: 22, referrals: 9, avgDurationDays: 182.5, source: null,
      },
    });
  });

  it('passes a negative count on, so the core answers in German at the field', () => {
    const { input } = fromFormValues(countFieldSpecs(), { ...toFormValues(countFieldSpecs()), newCases: '-2' });
    expect(input.newCases).toBe(-2);
  });

  it('names the duration field when it is no number', () => {
    expect(toUpsertInput({ avgDurationDays: '182.5' }).issues).toEqual([
      { field: 'avgDurationDays', message: 'Durchschnittliche Dauer (Tage): Bitte eine Zahl wie 182,5 eingeben.' },
    ]);
  });

  it('fills the edit form with the stored duration in German notation', () => {
    expect(toFormValues(countFieldSpecs(), figureFormRecord({ newCases: 3, avgDurationDays: 90.5 }))).toMatchObject({ newCases: '3', avgDurationDays: '90,5' });
  });

  it('finds the stored entry a new one with the same period and assignment would replace', () => {
    const stored = [{ id: 'a', periodStart: '2025-01-01', periodEnd: '2025-06-30', providerOrganisationId: 'drk', municipalityId: null, fieldOfAction: null }];
    expect(sameKeyEntry(stored, { ...stored[0] })?.id).toBe('a');
    expect(sameKeyEntry(stored, { ...stored[0], municipalityId: 'kall' })).toBeUndefined();
    expect(sameKeyEntry(stored, { ...stored[0], periodEnd: '2025-03-31' })).toBeUndefined();
  });
});
