import { describe, expect, it } from 'vitest';
import {
  cellOf, filledOfFunded, filledShareText, holdersOf, vacancyDuration, vacancySpan, type StaffingPost, type Vacancy,
} from '../../../../../renderer/pages/funding/staffing/staffingCells';

const LABELS = { FILLED: 'besetzt', VACANT: 'unbesetzt', ADVERTISED: 'ausgeschrieben' };

const month = (m: number, status: StaffingPost['months'][number]['status'], fte = 1, holderName: string | null = null) => ({
  month: `2025-${String(m).padStart(2, '0')}`, status, fte, filledFte: status === 'FILLED' ? fte : 0, holderName,
});

describe('cellOf: one post in one month', () => {
  it('shows the FTE with a short status word and the full word to read out', () => {
    expect(cellOf(month(1, 'FILLED', 0.5, 'Anna Beck'), LABELS)).toEqual({ kind: 'filled', fte: '0,5', short: 'bes.', status: 'besetzt' });
    expect(cellOf(month(2, 'VACANT'), LABELS)).toEqual({ kind: 'vacant', fte: '1,0', short: 'unbes.', status: 'unbesetzt' });
    expect(cellOf(month(3, 'ADVERTISED', 0.75), LABELS)).toEqual({ kind: 'advertised', fte: '0,75', short: 'ausg.', status: 'ausgeschrieben' });
  });

  it('marks months without any staffing period as no post', () => {
    expect(cellOf(month(4, null, 0), LABELS)).toEqual({ kind: 'none', fte: '–', short: '', status: 'keine Stelle' });
  });
});

describe('holdersOf', () => {
  it('names each holder of the year once, in order', () => {
    const post = {
      months: [month(1, 'FILLED', 1, 'Anna Beck'), month(2, 'VACANT'), month(3, 'FILLED', 1, 'Jan Roth'), month(4, 'FILLED', 1, 'Jan Roth')],
    } as StaffingPost;
    expect(holdersOf(post)).toBe('Anna Beck, dann Jan Roth');
    expect(holdersOf({ months: [month(1, 'VACANT')] } as StaffingPost)).toBe('');
  });
});

describe('figures of the staffing proof', () => {
  it('says filled of funded FTE and the filled share', () => {
    expect(filledOfFunded(4, 4.5)).toBe('4,0 von 4,5');
    expect(filledShareText(0.87)).toBe('87\u00a0%');
    expect(filledShareText(null)).toBe('–');
  });

  const vacancy = (over: Partial<Vacancy>): Vacancy => ({
    postId: 'p', postLabel: 'CM DRK 2', from: '2024-12-01', to: '2025-02-28', statuses: ['ADVERTISED'], days: 90, monthsInYear: 2, open: false, ...over,
  });

  it('gives a vacancy its span and duration, also while it is still open', () => {
    expect(vacancySpan(vacancy({}))).toBe('01.12.2024–28.02.2025');
    expect(vacancyDuration(vacancy({}), 2025)).toBe('90 Tage; 2 Monate in 2025');
    const open = vacancy({ from: '2022-01-01', to: null, days: 1781, monthsInYear: 12, open: true });
    expect(vacancySpan(open)).toBe('seit 01.01.2022 (offen)');
    expect(vacancyDuration(open, 2025)).toBe('1.781 Tage bis heute; 12 Monate in 2025');
    expect(vacancyDuration(vacancy({ days: 1, monthsInYear: 1 }), 2025)).toBe('1 Tag; 1 Monat in 2025');
  });
});
