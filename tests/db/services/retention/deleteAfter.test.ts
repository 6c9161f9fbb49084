import { describe, expect, it } from 'vitest';
import { addMonths } from '../../../../db/services/retention/deleteAfter';

describe('the deletion date of a reconstruction', () => {
  it.each([
    ['2025-05-28', 24, '2027-05-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-08-31', 10, '2026-06-30'],
    ['2025-12-15', 1, '2026-01-15'],
  ])('is %s plus %i months: %s', (heldOn, months, expected) => {
    expect(addMonths(heldOn, months)).toBe(expected);
  });
});
