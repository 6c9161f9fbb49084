import { describe, expect, it } from 'vitest';
import { fromFormValues, toFormValues } from '../../../../../renderer/components/form/formValues';
import { ALL_YEARS, breakable, eventFields, eventYears, inYear } from '../../../../../renderer/pages/funding/events/eventForm';

const enums = {
  eventKind: { EVENT: 'Veranstaltung', TRAINING: 'Fortbildung', PUBLIC_RELATIONS: 'Öffentlichkeitsarbeit' },
  budgetLine: { B1_EVENTS: 'Veranstaltungsformate (B1)', OTHER: 'Sonstiges' },
} as unknown as Parameters<typeof eventFields>[0];

describe('the event form', () => {
  const fields = eventFields(enums, '2026-11-16');

  it('starts a new event today as a Veranstaltung', () => {
    expect(toFormValues(fields)).toMatchObject({ heldOn: '2026-11-16', kind: 'EVENT', costCents: '' });
  });

  it('reads a cost in German notation into cents', () => {
    const values = { ...toFormValues(fields), title: 'Fachtag', costCents: '1.250,50', participants: '85', budgetLine: 'B1_EVENTS' };
    const { input, issues } = fromFormValues(fields, values);
    expect(issues).toEqual([]);
    expect(input).toMatchObject({ costCents: 125050, participants: 85, budgetLine: 'B1_EVENTS' });
    expect(fromFormValues(fields, { ...values, costCents: '480 €' }).input.costCents).toBe(48000);
    expect(fromFormValues(fields, { ...values, costCents: '' }).input.costCents).toBeNull();
  });

  it('refuses a cost with a decimal point instead of guessing, naming the field', () => {
    const { issues } = fromFormValues(fields, { ...toFormValues(fields), costCents: '1250.5' });
    expect(issues).toEqual([{ field: 'costCents', message: 'Kosten: Bitte einen Betrag wie 57.000,00 eingeben.' }]);
  });

  it('shows a stored cost in German notation for editing', () => {
    expect(toFormValues(fields, { costCents: 125050, participants: null }).costCents).toBe('1.250,50');
  });

  it('offers the kinds and budget lines with their German labels', () => {
    expect(fields.find((f) => f.name === 'kind')?.options?.map((o) => o.label)).toEqual(['Veranstaltung', 'Fortbildung', 'Öffentlichkeitsarbeit']);
  });
});

describe('the year filter', () => {
  it('offers the years with events and the current one, newest first', () => {
    expect(eventYears([{ heldOn: '2024-09-26' }, { heldOn: '2025-03-21' }, { heldOn: '2024-10-15' }], '2026-11-16')).toEqual(['2026', '2025', '2024']);
    expect(eventYears([], undefined)).toEqual([]);
  });

  it('keeps the events of the chosen year, or all', () => {
    expect(inYear({ heldOn: '2025-03-21' }, '2025')).toBe(true);
    expect(inYear({ heldOn: '2025-03-21' }, '2024')).toBe(false);
    expect(inYear({ heldOn: '2025-03-21' }, ALL_YEARS)).toBe(true);
  });
});

describe('long labels in narrow columns', () => {
  it('get a soft hyphen inside known compounds and stay the same words', () => {
    expect(breakable('Veranstaltungsformate (B1)')).toBe('Veranstaltungs\u00adformate (B1)');
    expect(breakable('Öffentlichkeitsarbeit').replace(/\u00ad/g, '')).toBe('Öffentlichkeitsarbeit');
    expect(breakable('Fortbildung')).toBe('Fortbildung');
    expect(breakable(null)).toBe('');
  });
});
