import { describe, expect, it } from 'vitest';
import { contactAgo, contactWarningText, formatDays, formatRate } from '../../../renderer/pages/roundTables/figures';
import { formatDate } from '../../../renderer/format/date';

describe('figures of the municipality overview in German', () => {
  it('writes completion rates as percent with a decimal comma, and a dash while nothing is owed', () => {
    expect(formatRate(1 / 3)).toBe('33,3 %');
    expect(formatRate(0.6)).toBe('60 %');
    expect(formatRate(1)).toBe('100 %');
    expect(formatRate(null)).toBe('–');
  });

  it('writes days, with the singular for one', () => {
    expect(formatDays(1)).toBe('1 Tag');
    expect(formatDays(26.5)).toBe('26,5 Tage');
    expect(formatDays(null)).toBe('–');
  });

  it('says how long ago the last contact was in days, months or years', () => {
    expect(contactAgo(null)).toBe('noch nie');
    expect(contactAgo(0)).toBe('heute');
    expect(contactAgo(1)).toBe('vor 1 Tag');
    expect(contactAgo(59)).toBe('vor 59 Tagen');
    expect(contactAgo(71)).toBe('vor 2 Monaten');
    expect(contactAgo(456)).toBe('vor 14 Monaten');
    expect(contactAgo(1212)).toBe('vor 3,3 Jahren');
  });

  it('words the contact warning with the last date, or says that there was none', () => {
    expect(contactWarningText('Zülpich', '2026-11-10', 12, formatDate))
      .toBe('Mit Zülpich gab es seit mehr als 12 Monaten keinen Kontakt (zuletzt am 10.11.2026).');
    expect(contactWarningText('Dahlem', null, 12, formatDate)).toBe('Mit Dahlem ist noch kein Termin erfasst.');
  });
});
