import { describe, expect, it } from 'vitest';
import { staffingPath, yearOfRest, yearPath } from '../../../../../renderer/pages/funding/years/fundingPaths';

describe('funding paths', () => {
  it('builds the addresses of a funding year and of its staffing proof', () => {
    expect(yearPath(2025)).toBe('/foerderung/jahre/2025');
    expect(staffingPath(2024)).toBe('/foerderung/personal/2024');
  });

  it('reads the year from the rest of the path and ignores anything that is no plausible year', () => {
    expect(yearOfRest('2025')).toBe(2025);
    expect(yearOfRest('2025/ausgaben')).toBe(2025);
    expect(yearOfRest('')).toBeNull();
    expect(yearOfRest('abc')).toBeNull();
    expect(yearOfRest('25')).toBeNull();
    expect(yearOfRest('1999')).toBeNull();
    expect(yearOfRest('2101')).toBeNull();
  });
});
