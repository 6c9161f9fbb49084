import { describe, expect, it } from 'vitest';
import { defaultYear, pickerYears } from '../../../../../renderer/pages/funding/staffing/defaultYear';

describe('defaultYear: which year the staffing proof opens with', () => {
  it('is the current year when it is a funding year', () => {
    expect(defaultYear([2022, 2023, 2024, 2025, 2026], '2026-11-16')).toBe(2026);
  });

  it('is the latest earlier funding year otherwise', () => {
    expect(defaultYear([2022, 2024], '2026-03-01')).toBe(2024);
    expect(defaultYear([2024, 2030], '2026-03-01')).toBe(2024);
  });

  it('is the current year when no earlier funding year exists', () => {
    expect(defaultYear([], '2026-03-01')).toBe(2026);
    expect(defaultYear([2030], '2026-03-01')).toBe(2026);
  });

  it('offers every funding year and the shown one, newest first, each once', () => {
    expect(pickerYears([2023, 2024, 2025], 2021)).toEqual([2025, 2024, 2023, 2021]);
    expect(pickerYears([2023, 2024], 2024)).toEqual([2024, 2023]);
  });
});
