import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { navigate } from '../../app/router';
import { formatDate } from '../../format/date';
import { Dialog } from '../Dialog';
import { HighlightedText } from './HighlightedText';
import { hitPath, type SearchHit } from './hitPath';
import { flatHits, moveActive, searchStatus } from './searchStatus';
import { useHitPlaces } from './useHitPlaces';
import { useSearchResults } from './useSearchResults';
import './search.css';

/**
 * The search: a combobox whose list shows the hits grouped by kind. Focus stays in the field; the arrow keys move
 * the active option (aria-activedescendant), Enter opens it, Escape closes the dialog and focus returns to the opener.
 */
export function SearchDialog({ onClose }: { onClose(): void }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const { result, error, searching } = useSearchResults(query);
  const places = useHitPlaces();
  const hits = flatHits(result);
  const optionId = (i: number) => `${id}-hit-${i}`;

  // A new answer starts at its best hit, so Enter right after typing opens it.
  useEffect(() => setActive(hits.length > 0 ? 0 : -1), [result]);

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const open = (hit: SearchHit) => {
    onClose();
    navigate(hitPath(hit, places));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp' || ((event.key === 'Home' || event.key === 'End') && event.ctrlKey)) {
      event.preventDefault();
      setActive(moveActive(active, hits.length, event.key));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[active];
      if (hit) open(hit);
    }
  };

  const status = error ? `Die Suche ist fehlgeschlagen: ${error.message}` : searchStatus(query, result, searching);
  let index = -1;
  return (
    <Dialog title="Suchen" onClose={onClose} wide>
      <div className="kern-dialog__body search-dialog">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${id}-q`}>Suchbegriff</label>
          <div className="kern-hint" id={`${id}-hint`}>Sucht in Sitzungen, Beschlüssen, Protokollen, Themen, Maßnahmen, Vereinbarungen und Berichten.</div>
          <input id={`${id}-q`} className="kern-form-input__input" type="search" role="combobox" autoComplete="off" spellCheck={false}
            data-autofocus value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onKeyDown}
            aria-describedby={`${id}-hint`} aria-autocomplete="list" aria-expanded={hits.length > 0}
            aria-controls={`${id}-list`} aria-activedescendant={active >= 0 ? optionId(active) : undefined} />
        </div>
        <p className="kern-body kern-body--small search-dialog__status" role="status" aria-live="polite">{status}</p>
        <ul id={`${id}-list`} role="listbox" aria-label="Suchergebnisse" className="search-results" hidden={hits.length === 0}>
          {result?.groups.map((group) => (
            <li key={group.kind} role="presentation" className="search-group">
              <span id={`${id}-group-${group.kind}`} className="search-group__label" aria-hidden="true">{group.label}</span>
              <ul role="group" aria-labelledby={`${id}-group-${group.kind}`} className="search-group__hits">
                {group.hits.map((hit) => {
                  index += 1;
                  const i = index;
                  return (
                    <li key={`${hit.kind}-${hit.id}`} id={optionId(i)} role="option" aria-selected={i === active}
                      className={`search-hit${i === active ? ' search-hit--active' : ''}`}
                      onMouseDown={(e) => e.preventDefault()} onClick={() => open(hit)} onMouseMove={() => i !== active && setActive(i)}>
                      <span className="search-hit__title"><HighlightedText parts={hit.title} /></span>
                      {hit.date && <span className="search-hit__date">{formatDate(hit.date)}</span>}
                      {hit.snippet.length > 0 && <span className="search-hit__snippet"><HighlightedText parts={hit.snippet} /></span>}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      </div>
    </Dialog>
  );
}
