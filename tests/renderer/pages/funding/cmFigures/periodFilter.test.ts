import { describe, expect, it } from 'vitest';
import { figureYears, matchesFigureFilter, NO_FIGURE_FILTER, NONE, periodRange } from '../../../../../renderer/pages/funding/cmFigures/periodFilter';

const firstHalf2025 = { periodStart: '2025-01-01', periodEnd: '2025-06-30', providerOrganisationId: 'drk', municipalityId: 'kall', fieldOfAction: null };
const secondHalf2025 = { ...firstHalf2025, periodStart: '2025-07-01', periodEnd: '2025-12-31', municipalityId: null, fieldOfAction: 'HOUSING' };

describe('the period a filter stands for', () => {
  it('does not narrow anything for all periods or before a year is known', () => {
    expect(periodRange(NO_FIGURE_FILTER)).toBeNull();
    expect(periodRange({ ...NO_FIGURE_FILTER, mode: 'year', year: '' })).toBeNull();
  });

  it('covers a whole calendar year, a half-year or a quarter', () => {
    expect(periodRange({ ...NO_FIGURE_FILTER, mode: 'year', year: '2025' })).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodRange({ ...NO_FIGURE_FILTER, mode: 'half', year: '2025', part: '2' })).toEqual({ from: '2025-07-01', to: '2025-12-31' });
    expect(periodRange({ ...NO_FIGURE_FILTER, mode: 'quarter', year: '2024', part: '1' })).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodRange({ ...NO_FIGURE_FILTER, mode: 'quarter', year: '2024', part: '2' })).toEqual({ from: '2024-04-01', to: '2024-06-30' });
  });

  it('takes a free range open at either end', () => {
    expect(periodRange({ ...NO_FIGURE_FILTER, mode: 'range', from: '2025-03-01' })).toEqual({ from: '2025-03-01', to: null });
    expect(periodRange({ ...NO_FIGURE_FILTER, mode: 'range' })).toBeNull();
  });
});

describe('which entries the grid shows', () => {
  it('keeps entries whose period touches the chosen one, so half-year figures appear for a quarter inside it', () => {
    const q2 = { ...NO_FIGURE_FILTER, mode: 'quarter' as const, year: '2025', part: '2' };
    expect(matchesFigureFilter(firstHalf2025, q2)).toBe(true);
    expect(matchesFigureFilter(secondHalf2025, q2)).toBe(false);
    expect(matchesFigureFilter(firstHalf2025, { ...NO_FIGURE_FILTER, mode: 'range', from: '2025-06-30', to: '' })).toBe(true);
    expect(matchesFigureFilter(firstHalf2025, { ...NO_FIGURE_FILTER, mode: 'range', from: '2025-07-01', to: '' })).toBe(false);
  });

  it('filters by provider, municipality (or none) and field of action (or the totals)', () => {
    expect(matchesFigureFilter(firstHalf2025, { ...NO_FIGURE_FILTER, provider: 'caritas' })).toBe(false);
    expect(matchesFigureFilter(firstHalf2025, { ...NO_FIGURE_FILTER, municipality: 'kall' })).toBe(true);
    expect(matchesFigureFilter(secondHalf2025, { ...NO_FIGURE_FILTER, municipality: NONE })).toBe(true);
    expect(matchesFigureFilter(firstHalf2025, { ...NO_FIGURE_FILTER, municipality: NONE })).toBe(false);
    expect(matchesFigureFilter(firstHalf2025, { ...NO_FIGURE_FILTER, field: NONE })).toBe(true);
    expect(matchesFigureFilter(secondHalf2025, { ...NO_FIGURE_FILTER, field: 'HOUSING' })).toBe(true);
    expect(matchesFigureFilter(secondHalf2025, { ...NO_FIGURE_FILTER, field: NONE })).toBe(false);
  });

  it('offers the years entries begin in, newest first', () => {
    expect(figureYears([firstHalf2025, { periodStart: '2023-07-01' }, secondHalf2025])).toEqual(['2025', '2023']);
  });
});
