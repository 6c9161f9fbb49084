import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../db/api/errors';
import { assertDateRange } from '../../../db/api/fields';

const LABELS = { validFrom: 'Gültig ab', validTo: 'Gültig bis' };

function refusal(values: { validFrom?: string | null; validTo?: string | null }): ApiError | undefined {
  try {
    assertDateRange(values, 'validFrom', 'validTo', LABELS);
    return undefined;
  } catch (error) {
    return error as ApiError;
  }
}

describe('the date range rule', () => {
  it('refuses an end before the start at the end field, naming the start in German', () => {
    const error = refusal({ validFrom: '2025-05-01', validTo: '2025-04-30' });
    expect(error).toBeInstanceOf(ApiError);
    expect(error?.toJSON()).toEqual({
      code: 'VALIDATION',
      message: 'Gültig bis: Darf nicht vor „Gültig ab“ (01.05.2025) liegen.',
      issues: [{ field: 'validTo', message: 'Gültig bis: Darf nicht vor „Gültig ab“ (01.05.2025) liegen.' }],
    });
  });

  it('accepts a single day, a later end and periods open at either end', () => {
    expect(refusal({ validFrom: '2025-05-01', validTo: '2025-05-01' })).toBeUndefined();
    expect(refusal({ validFrom: '2024-12-31', validTo: '2025-01-01' })).toBeUndefined();
    expect(refusal({ validFrom: null, validTo: '2020-01-01' })).toBeUndefined();
    expect(refusal({ validFrom: '2030-01-01', validTo: null })).toBeUndefined();
    expect(refusal({})).toBeUndefined();
  });

  it('compares across months and years by the calendar, not by the German spelling', () => {
    expect(refusal({ validFrom: '2025-10-01', validTo: '2025-09-30' })?.issues?.[0].field).toBe('validTo');
    expect(refusal({ validFrom: '2025-01-10', validTo: '2024-12-20' })?.message).toBe('Gültig bis: Darf nicht vor „Gültig ab“ (10.01.2025) liegen.');
  });
});
