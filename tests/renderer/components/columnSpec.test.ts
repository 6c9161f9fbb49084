import { describe, expect, it } from 'vitest';
import { cellText, compareValues, distinctTexts, searchKey, type ColumnSpec } from '../../../renderer/components/dataTable/columnSpec';

interface Row { name: string; status: string; count: number | null }

const status: ColumnSpec<Row> = { id: 'status', header: 'Stadt/Gemeinde', value: (r) => r.status, filter: 'select' };
const count: ColumnSpec<Row> = { id: 'count', header: 'Anzahl', value: (r) => r.count, text: (r) => (r.count == null ? '' : `${r.count} ×`) };

describe('data table columns', () => {
  it('show the text of a column, falling back to its value', () => {
    expect(cellText(status, { name: 'Kall', status: 'Gemeinde', count: 2 })).toBe('Gemeinde');
    expect(cellText(count, { name: 'Kall', status: 'Gemeinde', count: 2 })).toBe('2 ×');
    expect(cellText(count, { name: 'Kall', status: 'Gemeinde', count: null })).toBe('');
  });

  it('offer each distinct non-empty text once, in German order, as filter options', () => {
    const rows: Row[] = [
      { name: 'a', status: 'Stadt', count: 1 }, { name: 'b', status: 'Gemeinde', count: null },
      { name: 'c', status: 'Stadt', count: 1 }, { name: 'd', status: '', count: 3 },
    ];
    expect(distinctTexts(status, rows)).toEqual(['Gemeinde', 'Stadt']);
  });

  it('compare numbers by size and text the German way', () => {
    expect(compareValues(2, 10)).toBeLessThan(0);
    expect(compareValues('Ort 9', 'Ort 10')).toBeLessThan(0);
    expect(compareValues('Äpfelhausen', 'Bonn')).toBeLessThan(0);
    expect(compareValues('zülpich', 'Zülpich')).toBe(0);
  });

  it('search regardless of case and accents', () => {
    expect(searchKey('Zülpich')).toBe('zulpich');
    expect(searchKey('ZÜLPICH').includes(searchKey('zülp'))).toBe(true);
  });
});
