import { describe, expect, it } from 'vitest';
import { fromFormValues, issuesByField, toFormValues } from '../../../renderer/components/form/formValues';
import type { FieldSpec } from '../../../renderer/components/form/fieldSpec';

const FIELDS: FieldSpec[] = [
  { name: 'label', label: 'Bezeichnung', kind: 'text', required: true },
  { name: 'status', label: 'Besetzung', kind: 'select', defaultValue: 'VACANT' },
  { name: 'fte', label: 'Stellenanteil (VZÄ)', kind: 'fte' },
  { name: 'fundingPerFteCents', label: 'Förderung je VZÄ', kind: 'money' },
  { name: 'keep', label: 'Aufzubewahrende Sicherungen', kind: 'integer' },
  { name: 'permanent', label: 'Unbefristet', kind: 'checkbox' },
  { name: 'active', label: 'Aktiv', kind: 'checkbox', defaultValue: true },
  { name: 'filledSince', label: 'Besetzt seit', kind: 'date' },
];

describe('form values', () => {
  it('start from the field defaults for a new record', () => {
    expect(toFormValues(FIELDS)).toEqual({
      label: '', status: 'VACANT', fte: '', fundingPerFteCents: '', keep: '', permanent: false, active: true, filledSince: '',
    });
  });

  it('show a stored record in German notation', () => {
    const record = { label: 'KS 1', status: 'FILLED', fte: 0.5, fundingPerFteCents: 5_700_000, keep: 10, permanent: true, active: false, filledSince: null };
    expect(toFormValues(FIELDS, record)).toEqual({
      label: 'KS 1', status: 'FILLED', fte: '0,5', fundingPerFteCents: '57.000,00', keep: '10', permanent: true, active: false, filledSince: '',
    });
  });

  it('turn German numbers back into API values and leave every other rule to the core', () => {
    const values = { label: ' ', status: '', fte: '1,5', fundingPerFteCents: '22.500', keep: '', permanent: true, active: false, filledSince: '2024-04-01' };
    expect(fromFormValues(FIELDS, values)).toEqual({
      input: { label: ' ', status: '', fte: 1.5, fundingPerFteCents: 2_250_000, keep: null, permanent: true, active: false, filledSince: '2024-04-01' },
      issues: [],
    });
  });

  it('refuse text that is no number, naming the field like the core does', () => {
    const values = { ...toFormValues(FIELDS), fte: 'halb', fundingPerFteCents: '57.5', keep: 'zehn' };
    expect(fromFormValues(FIELDS, values).issues).toEqual([
      { field: 'fte', message: 'Stellenanteil (VZÄ): Bitte eine Zahl wie 0,5 eingeben.' },
      { field: 'fundingPerFteCents', message: 'Förderung je VZÄ: Bitte einen Betrag wie 57.000,00 eingeben.' },
      { field: 'keep', message: 'Aufzubewahrende Sicherungen: Bitte eine ganze Zahl eingeben.' },
    ]);
  });
});

describe('issues by field', () => {
  it('put each issue at the field its path starts with and drop unknown fields', () => {
    const byField = issuesByField(FIELDS, [
      { field: 'fte', message: 'Stellenanteil (VZÄ): Muss zwischen 0 und 1,0 liegen.' },
      { field: 'label.0', message: 'Bezeichnung: Bitte ausfüllen.' },
      { field: 'mayor', message: 'Unbekanntes Feld „mayor“.' },
    ]);
    expect(Object.fromEntries(byField)).toEqual({
      fte: ['Stellenanteil (VZÄ): Muss zwischen 0 und 1,0 liegen.'],
      label: ['Bezeichnung: Bitte ausfüllen.'],
    });
  });

  it('place a refusal without issues at the field its message names', () => {
    const byField = issuesByField(FIELDS, [], 'Bezeichnung: Dieser Wert ist bereits vergeben.');
    expect(Object.fromEntries(byField)).toEqual({ label: ['Bezeichnung: Dieser Wert ist bereits vergeben.'] });
    expect(issuesByField(FIELDS, [], 'Ein interner Fehler ist aufgetreten.').size).toBe(0);
  });
});
