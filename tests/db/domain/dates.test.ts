import { describe, expect, it } from 'vitest';
import {
  addDays, addMinutesLocal, berlinLocal, berlinNow, berlinToInstant, dateOf, daysBetween,
} from '../../../db/domain/dates';
import { fixedClock } from '../../../db/domain/clock';

describe('calendar dates', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2025-03-12', 0)).toBe('2025-03-12');
  });

  it('counts calendar days, not 24-hour periods, across the switch to summer time', () => {
    expect(daysBetween('2025-03-16', '2025-03-30')).toBe(14);
    expect(daysBetween('2025-10-20', '2025-10-27')).toBe(7);
    expect(daysBetween('2025-03-12', '2025-03-03')).toBe(-9);
    expect(daysBetween('2025-03-12T23:59', '2025-03-13T00:01')).toBe(1);
  });

  it('takes the day of a local date-time and adds minutes past midnight', () => {
    expect(dateOf('2025-03-12T14:00')).toBe('2025-03-12');
    expect(addMinutesLocal('2025-03-12T14:00', 120)).toBe('2025-03-12T16:00');
    expect(addMinutesLocal('2025-12-31T23:30', 60)).toBe('2026-01-01T00:30');
  });
});

describe('Berlin wall time', () => {
  it('converts winter and summer times to the right instant', () => {
    expect(berlinToInstant('2025-03-12T14:00').toISOString()).toBe('2025-03-12T13:00:00.000Z');
    expect(berlinToInstant('2025-07-01T09:30').toISOString()).toBe('2025-07-01T07:30:00.000Z');
  });

  it('resolves the hour that does not exist in spring forward and the doubled autumn hour to the earlier instant', () => {
    expect(berlinToInstant('2025-03-30T02:30').toISOString()).toBe('2025-03-30T01:30:00.000Z');
    expect(berlinLocal(berlinToInstant('2025-03-30T02:30'))).toBe('2025-03-30T03:30');
    expect(berlinToInstant('2025-10-26T02:30').toISOString()).toBe('2025-10-26T00:30:00.000Z');
  });

  it('reads "now" from the clock in Berlin, where the day may already have changed', () => {
    expect(berlinNow(fixedClock('2025-06-15T22:30:00Z'))).toBe('2025-06-16T00:30');
    expect(berlinLocal(new Date('2025-01-31T23:15:00Z'))).toBe('2025-02-01T00:15');
  });
});
