import { formatNumber } from './number';

/** 'ja' / 'nein' for yes/no columns. */
export function formatYesNo(value: boolean | null | undefined): string {
  if (value == null) return '';
  return value ? 'ja' : 'nein';
}

/** German plural of a counted noun: count(1, 'Eintrag', 'Einträgen') → '1 Eintrag'. */
export function countLabel(count: number, one: string, many: string): string {
  return `${formatNumber(count, 0)} ${count === 1 ? one : many}`;
}

/** Sorting and comparing as a German reader expects (ä with a, numbers by value). */
export const germanCollator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

/** The row count of a filtered table: '12 von 140 Einträgen'. */
export function rowCountLabel(shown: number, total: number): string {
  return `${formatNumber(shown, 0)} von ${countLabel(total, 'Eintrag', 'Einträgen')}`;
}
