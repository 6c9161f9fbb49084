import { describe, expect, it } from 'vitest';
import { summaryCells, summaryChart, type CmSummary } from '../../../../../renderer/pages/funding/cmFigures/summaryTable';

const totals = { newCases: 1200, activeCases: 40, closedCases: 12, contacts: 300, accompaniments: 20, referrals: 9, avgDurationDays: 182.5, entries: 4 };
const summary: CmSummary = {
  year: 2025, groupBy: 'municipality', notes: [], total: totals,
  groups: [
    { key: 'kall', label: 'Kall', ...totals, newCases: 5, closedCases: 2 },
    { key: 'eu', label: 'Euskirchen', ...totals, newCases: 30, closedCases: 11 },
  ],
};

describe('the annual summary', () => {
  it('formats a row in German notation with a dash for no duration', () => {
    expect(summaryCells(totals)).toEqual(['1.200', '40', '12', '300', '20', '9', '182,5']);
    expect(summaryCells({ ...totals, avgDurationDays: null }).at(-1)).toBe('–');
  });

  it('charts new and closed cases largest first, with the same numbers as its table', () => {
    const chart = summaryChart(summary);
    expect(chart.bars.map((b) => b.name)).toEqual(['Euskirchen', 'Kall']);
    expect(chart.table).toEqual({ columns: ['Kommune', 'Neue Fälle', 'Abgeschlossene Fälle'], rows: [['Euskirchen', '30', '11'], ['Kall', '5', '2']] });
    expect(chart.text).toBe('Neue und abgeschlossene Fälle 2025 je Kommune. Die meisten neuen Fälle: Euskirchen (30).');
    expect(summaryChart({ ...summary, groups: [] }).text).toBe('Für 2025 liegen keine Zahlen je Kommune vor.');
  });
});
