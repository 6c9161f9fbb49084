import { formatNumber } from '../../format/number';
import type { SearchHit } from './hitPath';
import { MIN_QUERY_LENGTH, type SearchResult } from './useSearchResults';

/** The sentence the live region reads after each search: how many hits, or why there are none. */
export function searchStatus(query: string, result: SearchResult | undefined, searching: boolean): string {
  if (query.trim().length < MIN_QUERY_LENGTH) return `Bitte mindestens ${MIN_QUERY_LENGTH} Zeichen eingeben.`;
  if (searching || !result) return 'Suche läuft …';
  if (result.total === 0) return `Keine Treffer für „${result.query}“.`;
  const groups = result.groups.length;
  return `${formatNumber(result.total)} Treffer in ${formatNumber(groups)} ${groups === 1 ? 'Bereich' : 'Bereichen'}. Mit den Pfeiltasten auswählen, mit Eingabe öffnen.`;
}

/** All hits in the order they are shown, for moving through the groups with the arrow keys. */
export function flatHits(result: SearchResult | undefined): SearchHit[] {
  return result ? result.groups.flatMap((g) => g.hits) : [];
}

/** The next position after an arrow key: wraps at both ends, -1 when there is nothing to choose. */
export function moveActive(current: number, count: number, key: 'ArrowDown' | 'ArrowUp' | 'Home' | 'End'): number {
  if (count === 0) return -1;
  switch (key) {
    case 'Home': return 0;
    case 'End': return count - 1;
    case 'ArrowDown': return current < 0 ? 0 : (current + 1) % count;
    case 'ArrowUp': return current <= 0 ? count - 1 : current - 1;
  }
}
