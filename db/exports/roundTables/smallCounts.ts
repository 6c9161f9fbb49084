import { formatNumber } from '../../domain/format';

/**
 * A count as it may leave the office: small numbers of people in one municipality can point at persons, so
 * 0 < n < threshold becomes "< threshold". Zero stays zero (nobody to recognise); no value stays empty.
 */
export function suppressedCount(count: number | null | undefined, threshold: number): string {
  if (count == null) return '';
  if (count > 0 && count < threshold) return `< ${threshold}`;
  return formatNumber(count, 0);
}

export function isSuppressed(count: number | null | undefined, threshold: number): boolean {
  return count != null && count > 0 && count < threshold;
}
