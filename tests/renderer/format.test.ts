import { describe, expect, it } from 'vitest';
import { formatDate, formatInstant, formatLocalDateTime } from '../../renderer/format/date';
import { formatCents, formatCentsPlain, parseMoney } from '../../renderer/format/money';
import { formatFte, parseFte } from '../../renderer/format/fte';
import { formatBytes, formatNumber, parseInteger } from '../../renderer/format/number';
import { countLabel, formatYesNo, germanCollator, rowCountLabel } from '../../renderer/format/text';

const NBSP = '\u00a0';

describe('dates', () => {
  it('shows ISO dates as dd.mm.yyyy and nothing for no date', () => {
    expect(formatDate('2024-11-18')).toBe('18.11.2024');
    expect(formatDate('2024-04-01T09:30')).toBe('01.04.2024');
    expect(formatDate(null)).toBe('');
    expect(formatDate('')).toBe('');
  });

  it('shows local meeting times with "Uhr" and without shifting the zone', () => {
    expect(formatLocalDateTime('2025-09-03T14:00')).toBe('03.09.2025, 14:00 Uhr');
    expect(formatLocalDateTime('2025-09-03')).toBe('03.09.2025');
  });

  it('shows instants in Berlin time, summer and winter', () => {
    expect(formatInstant('2025-06-15T10:00:00.000Z')).toBe('15.06.2025, 12:00 Uhr');
    expect(formatInstant('2025-01-15T23:30:00Z')).toBe('16.01.2025, 00:30 Uhr');
  });
});

describe('money', () => {
  it('formats cents as German euros with grouped thousands', () => {
    expect(formatCents(123456)).toBe(`1.234,56${NBSP}€`);
    expect(formatCents(5_700_000)).toBe(`57.000,00${NBSP}€`);
    expect(formatCents(5)).toBe(`0,05${NBSP}€`);
    expect(formatCents(98_680_000)).toBe(`986.800,00${NBSP}€`);
    expect(formatCents(null)).toBe('');
    expect(formatCentsPlain(2_250_000)).toBe('22.500,00');
  });

  it('parses what people type into a money field', () => {
    expect(parseMoney('57.000,00')).toEqual({ ok: true, value: 5_700_000 });
    expect(parseMoney('57000')).toEqual({ ok: true, value: 5_700_000 });
    expect(parseMoney('57000,5')).toEqual({ ok: true, value: 5_700_050 });
    expect(parseMoney(' 1.234.567,89 € ')).toEqual({ ok: true, value: 123_456_789 });
    expect(parseMoney('0,99')).toEqual({ ok: true, value: 99 });
    expect(parseMoney('')).toEqual({ ok: true, value: null });
  });

  it('refuses ambiguous or malformed amounts instead of guessing', () => {
    for (const text of ['57.5', '57,000.00', '1,234', 'abc', '12.34,5', '-5', '5,']) {
      expect(parseMoney(text), text).toEqual({ ok: false });
    }
  });

  it('round-trips every formatted amount', () => {
    for (const cents of [0, 1, 99, 100, 123456, 5_700_000, 1_000_000_000]) {
      expect(parseMoney(formatCentsPlain(cents))).toEqual({ ok: true, value: cents });
    }
  });
});

describe('full-time equivalents', () => {
  it('shows FTE with a decimal comma', () => {
    expect(formatFte(0.5)).toBe('0,5');
    expect(formatFte(1)).toBe('1,0');
    expect(formatFte(0.75)).toBe('0,75');
    expect(formatFte(3.5)).toBe('3,5');
    expect(formatFte(null)).toBe('');
  });

  it('parses comma or point and leaves the range check to the core', () => {
    expect(parseFte('0,5')).toEqual({ ok: true, value: 0.5 });
    expect(parseFte('0.25')).toEqual({ ok: true, value: 0.25 });
    expect(parseFte(',5')).toEqual({ ok: true, value: 0.5 });
    expect(parseFte('1,5')).toEqual({ ok: true, value: 1.5 });
    expect(parseFte('1')).toEqual({ ok: true, value: 1 });
    expect(parseFte(' ')).toEqual({ ok: true, value: null });
    expect(parseFte('halb')).toEqual({ ok: false });
    expect(parseFte('0,5,5')).toEqual({ ok: false });
  });
});

describe('numbers and text', () => {
  it('formats numbers the German way', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatNumber(2, 2, 1)).toBe('2,0');
  });

  it('parses whole numbers and refuses fractions', () => {
    expect(parseInteger('12')).toEqual({ ok: true, value: 12 });
    expect(parseInteger('1.000')).toEqual({ ok: true, value: 1000 });
    expect(parseInteger('')).toEqual({ ok: true, value: null });
    expect(parseInteger('1,5')).toEqual({ ok: false });
    expect(parseInteger('zwölf')).toEqual({ ok: false });
  });

  it('names sizes, counts and yes/no in German', () => {
    expect(formatBytes(512)).toBe('512 Byte');
    expect(formatBytes(1536)).toBe('1,5 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5 MB');
    expect(countLabel(1, 'Eintrag', 'Einträgen')).toBe('1 Eintrag');
    expect(rowCountLabel(12, 140)).toBe('12 von 140 Einträgen');
    expect(rowCountLabel(1, 1)).toBe('1 von 1 Eintrag');
    expect(rowCountLabel(10000, 10000)).toBe('10.000 von 10.000 Einträgen');
    expect(formatYesNo(true)).toBe('ja');
    expect(formatYesNo(false)).toBe('nein');
  });

  it('sorts umlauts and numbers as a German reader expects', () => {
    const names = ['Zülpich', 'Äpfelhausen', 'Bad Münstereifel', 'Ort 10', 'Ort 9', 'Aachen'];
    expect([...names].sort(germanCollator.compare)).toEqual(['Aachen', 'Äpfelhausen', 'Bad Münstereifel', 'Ort 9', 'Ort 10', 'Zülpich']);
  });
});
