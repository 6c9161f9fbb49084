import { describe, expect, it } from 'vitest';
import { figureColumns, figureName, type FigureRow } from '../../../../../renderer/pages/funding/cmFigures/figureColumns';

const row = {
  periodStart: '2026-01-01', periodEnd: '2026-06-30', providerName: 'DRK KV Euskirchen', municipalityName: null, fieldOfActionLabel: null,
  newCases: 1234, avgDurationDays: 182.5,
} as unknown as FigureRow;

describe('the grid columns', () => {
  it('show the field of action only when the rows are broken down by field', () => {
    expect(figureColumns(false).map((c) => c.id)).toEqual([
      'period', 'provider', 'municipality', 'newCases', 'activeCases', 'closedCases', 'contacts', 'accompaniments', 'referrals', 'avgDurationDays',
    ]);
    expect(figureColumns(true).map((c) => c.id).slice(0, 4)).toEqual(['period', 'provider', 'municipality', 'field']);
  });

  it('show the period, numbers and duration in German notation', () => {
    const text = (id: string) => { const c = figureColumns(true).find((s) => s.id === id)!; return c.text ? c.text(row) : String(c.value(row)); };
    expect(text('period')).toBe('01.01.2026–30.06.2026');
    expect(text('newCases')).toBe('1.234');
    expect(text('avgDurationDays')).toBe('182,5');
    expect(text('municipality')).toBe('alle Kommunen');
    expect(text('field')).toBe('Gesamt');
  });

  it('name an entry for buttons and dialogs', () => {
    expect(figureName(row)).toBe('01.01.2026–30.06.2026, DRK KV Euskirchen, alle Kommunen, Gesamt');
  });
});
