import { describe, expect, it } from 'vitest';
import { flatHits, moveActive, searchStatus } from '../../../renderer/components/search/searchStatus';
import type { SearchResult } from '../../../renderer/components/search/useSearchResults';

const hit = (id: string) => ({ kind: 'decision', id, parentId: null, meetingId: null, roundTableId: null, date: null, title: [], snippet: [] });
const result: SearchResult = {
  query: 'beschließt',
  total: 3,
  groups: [
    { kind: 'decision', label: 'Beschlüsse', hits: [hit('a'), hit('b')] },
    { kind: 'agendaItem', label: 'Tagesordnungspunkte', hits: [hit('c')] },
  ],
};

describe('search status and keyboard movement', () => {
  it('announces the number of hits and areas', () => {
    expect(searchStatus('beschließt', result, false)).toMatch(/^3 Treffer in 2 Bereichen\./);
    expect(searchStatus('xy', { query: 'xy', total: 0, groups: [] }, false)).toBe('Keine Treffer für „xy“.');
  });

  it('asks for a second letter and says when a search is running', () => {
    expect(searchStatus('b', undefined, false)).toBe('Bitte mindestens 2 Zeichen eingeben.');
    expect(searchStatus('be', undefined, true)).toBe('Suche läuft …');
  });

  it('moves through all groups in the order shown and wraps at both ends', () => {
    expect(flatHits(result).map((h) => h.id)).toEqual(['a', 'b', 'c']);
    expect(moveActive(1, 3, 'ArrowDown')).toBe(2);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(1, 3, 'End')).toBe(2);
    expect(moveActive(0, 0, 'ArrowDown')).toBe(-1);
  });
});
