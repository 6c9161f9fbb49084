import { germanCollator } from '../../format/text';
import type { Option } from './fieldSpec';

/** Select options from a list of records, sorted as a German reader expects. */
export function optionsFrom<T>(rows: readonly T[] | undefined, value: (row: T) => string, label: (row: T) => string): Option[] {
  return (rows ?? [])
    .map((row) => ({ value: value(row), label: label(row) }))
    .sort((a, b) => germanCollator.compare(a.label, b.label));
}
