import { describe, expect, it } from 'vitest';
import {
  countLabel, formatDate, formatDateTime, formatEuro, formatFte, formatMinutes, formatNumber, formatPercent, formatTime,
  formatTimeRange, formatWeekdayDate,
} from '../../../db/domain/format';

const NBSP = '\u00a0';

describe('German date formats', () => {
  it('writes ISO dates as dd.mm.yyyy and nothing for no date', () => {
    expect(formatDate('2025-03-12')).toBe('12.03.2025');
    expect(formatDate('2025-03-12T14:00')).toBe('12.03.2025');
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
  });

  it('names the weekday the way invitations do', () => {
    expect(formatWeekdayDate('2025-03-12')).toBe('Mittwoch, 12.03.2025');
    expect(formatWeekdayDate('2026-12-08')).toBe('Dienstag, 08.12.2026');
    expect(formatWeekdayDate('2024-03-31')).toBe('Sonntag, 31.03.2024');
  });

  it('writes meeting times as wall-clock time with "Uhr", never shifted to another zone', () => {
    expect(formatDateTime('2025-03-12T14:00')).toBe('12.03.2025, 14:00 Uhr');
    expect(formatDateTime('2025-10-26T02:30')).toBe('26.10.2025, 02:30 Uhr');
    expect(formatDateTime('2025-03-12')).toBe('12.03.2025');
    expect(formatTime('2025-03-12T09:05')).toBe('09:05');
    expect(formatTime('2025-03-12')).toBe('');
  });

  it('writes a meeting slot from start and duration, naming the end day when it runs past midnight', () => {
    expect(formatTimeRange('2025-03-12T14:00', 120)).toBe('14:00–16:00 Uhr');
    expect(formatTimeRange('2025-03-12T09:30', 45)).toBe('09:30–10:15 Uhr');
    expect(formatTimeRange('2025-03-12T23:00', 90)).toBe('23:00–13.03.2025, 00:30 Uhr');
  });
});

describe('German number formats', () => {
  it('groups thousands with a dot and uses a decimal comma', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(1_234_567)).toBe('1.234.567');
    expect(formatNumber(0.125, 2)).toBe('0,13');
    expect(formatNumber(-2.5)).toBe('-2,5');
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatNumber(3, 2, 2)).toBe('3,00');
    expect(formatNumber(null)).toBe('');
    expect(formatNumber(Number.NaN)).toBe('');
  });

  it('writes cents as euros with a non-breaking space before the sign', () => {
    expect(formatEuro(123456)).toBe(`1.234,56${NBSP}€`);
    expect(formatEuro(5_700_000)).toBe(`57.000,00${NBSP}€`);
    expect(formatEuro(5)).toBe(`0,05${NBSP}€`);
    expect(formatEuro(-250)).toBe(`-2,50${NBSP}€`);
    expect(formatEuro(null)).toBe('');
  });

  it('writes full-time equivalents with at least one decimal', () => {
    expect(formatFte(0.5)).toBe('0,5');
    expect(formatFte(1)).toBe('1,0');
    expect(formatFte(0.75)).toBe('0,75');
    expect(formatFte(3.5)).toBe('3,5');
    expect(formatFte(null)).toBe('');
  });

  it('writes shares as percent, minutes as agendas count them, and counted nouns', () => {
    expect(formatPercent(0.425)).toBe(`42,5${NBSP}%`);
    expect(formatPercent(1)).toBe(`100${NBSP}%`);
    expect(formatMinutes(15)).toBe(`15${NBSP}Min.`);
    expect(formatMinutes(120)).toBe(`120${NBSP}Min.`);
    expect(formatMinutes(null)).toBe('');
    expect(countLabel(1, 'Sitzung', 'Sitzungen')).toBe('1 Sitzung');
    expect(countLabel(1200, 'Sitzung', 'Sitzungen')).toBe('1.200 Sitzungen');
  });
});
