import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { ApiFailure } from '../../api/ApiFailure';

export type SearchResult = OutputOf<'search.query'>;

/** Shorter input matches half the office; the search waits for a second letter. */
export const MIN_QUERY_LENGTH = 2;
const DEBOUNCE_MS = 200;
const LIMIT = 50;

export interface SearchState {
  result: SearchResult | undefined;
  error: ApiFailure | undefined;
  searching: boolean;
}

/** Searches as the user types, after a short pause; an answer to an older query never replaces a newer one. */
export function useSearchResults(query: string): SearchState {
  const q = query.trim();
  const [state, setState] = useState<SearchState>({ result: undefined, error: undefined, searching: false });
  useEffect(() => {
    if (q.length < MIN_QUERY_LENGTH) {
      setState({ result: undefined, error: undefined, searching: false });
      return;
    }
    let current = true;
    setState((s) => ({ ...s, searching: true }));
    const timer = window.setTimeout(() => {
      api.send('search.query', { q, limit: LIMIT }).then(
        (result) => { if (current) setState({ result, error: undefined, searching: false }); },
        (error: unknown) => { if (current) setState({ result: undefined, error: ApiFailure.from(error), searching: false }); },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [q]);
  return state;
}
