import { describe, expect, it } from 'vitest';
import { matchesFilter, NO_FILTER, yearsOf } from '../../../renderer/pages/roundTables/roundTableFilter';

const zuelpich = { format: 'ROUND_TABLE', heldOn: '2026-11-10', countyWide: false, municipalityNames: 'Euskirchen, Zülpich' };
const forum = { format: 'EXCHANGE_FORUM', heldOn: '2025-06-16', countyWide: true, municipalityNames: '' };

describe('filtering the list of dates', () => {
  it('keeps everything without a filter', () => {
    expect([zuelpich, forum].filter((r) => matchesFilter(r, NO_FILTER))).toEqual([zuelpich, forum]);
  });

  it('filters by format and year', () => {
    expect(matchesFilter(zuelpich, { ...NO_FILTER, format: 'EXCHANGE_FORUM' })).toBe(false);
    expect(matchesFilter(forum, { ...NO_FILTER, format: 'EXCHANGE_FORUM', year: '2025' })).toBe(true);
    expect(matchesFilter(zuelpich, { ...NO_FILTER, year: '2025' })).toBe(false);
  });

  it('matches a municipality by its whole name, and keeps county-wide dates for every municipality', () => {
    expect(matchesFilter(zuelpich, { ...NO_FILTER, municipality: 'Zülpich' })).toBe(true);
    expect(matchesFilter(zuelpich, { ...NO_FILTER, municipality: 'Kall' })).toBe(false);
    expect(matchesFilter({ ...zuelpich, municipalityNames: 'Bad Münstereifel' }, { ...NO_FILTER, municipality: 'Münstereifel' })).toBe(false);
    expect(matchesFilter(forum, { ...NO_FILTER, municipality: 'Kall' })).toBe(true);
  });

  it('offers the years that occur, newest first', () => {
    expect(yearsOf([forum, zuelpich, { heldOn: '2025-01-02' }])).toEqual(['2026', '2025']);
  });
});
