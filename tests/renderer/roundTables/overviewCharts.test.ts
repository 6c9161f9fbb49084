import { describe, expect, it } from 'vitest';
import { agreementBars, byYearText, contactBars, warningDays, yearBars, type OverviewRow } from '../../../renderer/pages/roundTables/overview/overviewCharts';
import { activityPoints } from '../../../renderer/pages/municipalities/activityData';

const row = (name: string, days: number | null, overdue: number, counts: Partial<OverviewRow['agreements']>, byYear: Record<string, number> = {}): OverviewRow => ({
  municipalityId: name, name, status: 'GEMEINDE', roundTablesByYear: byYear, roundTableCount: 0,
  agreements: { OPEN: 0, IN_PROGRESS: 0, DONE: 0, DEFERRED: 0, DISCARDED: 0, total: 0, ...counts },
  completionRate: null, overdue, medianDaysToComplete: null,
  lastContactOn: days == null ? null : '2026-01-01', nextPlannedOn: null, daysSinceContact: days, contactWarning: days == null || days > 365,
});

describe('charts of the municipality overview', () => {
  it('puts the longest contact gap first and lists municipalities never visited apart', () => {
    const { bars, neverMet } = contactBars([row('Kall', 100, 0, {}), row('Dahlem', 456, 0, {}), row('Hellenthal', null, 0, {})]);
    expect(bars).toEqual([{ name: 'Dahlem', days: 456, warning: true }, { name: 'Kall', days: 100, warning: false }]);
    expect(neverMet).toEqual(['Hellenthal']);
    expect(warningDays(12)).toBe(365);
  });

  it('splits owed agreements into overdue and in time, most overdue first, leaving out municipalities without any', () => {
    expect(agreementBars([
      row('Kall', 1, 0, { OPEN: 1, DONE: 2 }), row('Dahlem', 1, 2, { OPEN: 1, IN_PROGRESS: 2 }), row('Zülpich', 1, 0, {}),
    ])).toEqual([
      { name: 'Dahlem', overdue: 2, openInTime: 1, done: 0 },
      { name: 'Kall', overdue: 0, openInTime: 1, done: 2 },
    ]);
  });

  it('lays out round tables per year with zeros for years without one', () => {
    expect(yearBars([row('Kall', 1, 0, {}, { '2024': 2 })], [2023, 2024])).toEqual([{ name: 'Kall', '2023': 0, '2024': 2 }]);
    expect(byYearText({ '2025': 2, '2022': 1 })).toBe('2022: 1 · 2025: 2');
  });
});

describe('activity of one municipality', () => {
  const period = (year: number, quarter: number | null, roundTables: number) =>
    ({ key: `${year}-Q${quarter}`, year, quarter, roundTables, agreements: 0, completed: 0 });

  it('shows quarters while the history is short, whole years for a longer one', () => {
    const short = activityPoints({ quarters: [period(2026, 3, 1), period(2026, 4, 0)], years: [period(2026, null, 1)] });
    expect(short).toEqual({ unit: 'quarter', points: [
      { label: 'Q3 2026', roundTables: 1, agreements: 0, completed: 0 }, { label: 'Q4 2026', roundTables: 0, agreements: 0, completed: 0 },
    ] });
    const long = activityPoints({ quarters: Array.from({ length: 13 }, (_, i) => period(2023 + Math.floor(i / 4), (i % 4) + 1, 1)), years: [period(2023, null, 4)] });
    expect(long.unit).toBe('year');
    expect(long.points.map((p) => p.label)).toEqual(['2023']);
  });
});
