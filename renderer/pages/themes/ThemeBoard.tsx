import { useState } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { enumLabel, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import { hrefFor } from '../../app/router';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { StatusDialog } from './StatusDialog';
import type { ThemeFilter } from './ThemeFilters';
import { themePath } from './themePaths';

type Card = OutputOf<'themes.board'>[number]['cards'][number];

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The themes by lifecycle status, one column each. Everything is a link or a button in reading order, so the board
 * works with the keyboard; the status changes through a dialog that offers only the allowed transitions.
 */
export function ThemeBoard({ filter }: { filter: ThemeFilter }) {
  const enums = useEnums();
  const { data, error } = useApiData('themes.board', filter);
  const [changing, setChanging] = useState<Card>();
  return (
    <Loading data={data} error={error} what="Die Themen">
      {(columns) => columns.every((c) => c.cards.length === 0) ? (
        <EmptyState>
          {Object.values(filter).some(Boolean)
            ? 'Keine Themen für diese Auswahl.'
            : 'Es sind noch keine Themen erfasst. Legen Sie das erste mit „Neues Thema aus Erkenntnissen“ an.'}
        </EmptyState>
      ) : (
        <div className="theme-board" role="region" aria-label="Statustafel der Themen">
          {columns.map((column) => (
            <section key={column.status} className="theme-board__column" aria-labelledby={`board-${column.status}`}>
              <h2 className="theme-board__heading" id={`board-${column.status}`}>
                {column.label} <span className="theme-board__count">({column.cards.length})</span>
              </h2>
              {column.cards.length === 0 ? <p className="kern-body kern-body--small theme-board__empty">keine</p> : (
                <ul className="theme-board__cards">
                  {column.cards.map((card) => (
                    <li key={card.id} className="theme-card">
                      <a className="kern-link theme-card__title" href={hrefFor(themePath(card.id))}>{card.title}</a>
                      <dl className="theme-card__facts">
                        <div><dt>Evidenz</dt><dd>{count(card.findingCount, 'Erkenntnis', 'Erkenntnisse')}, {count(card.caseCount, 'Fall', 'Fälle')}</dd></div>
                        {card.fieldOfActionLabel ? <div><dt>Handlungsfeld</dt><dd>{card.fieldOfActionLabel}</dd></div> : null}
                        {card.priority ? <div><dt>Priorität</dt><dd>{enumLabel(enums, 'themePriority', card.priority)}</dd></div> : null}
                        {card.daysInStatus != null ? <div><dt>Im Status seit</dt><dd>{count(card.daysInStatus, 'Tag', 'Tagen')}</dd></div> : null}
                      </dl>
                      {column.status !== 'CLOSED' ? (
                        <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => setChanging(card)}
                          aria-label={`Status ändern: ${card.title}`}>
                          <span className="kern-label">Status ändern</span>
                        </button>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
          {changing ? <StatusDialog themeId={changing.id} onClose={() => setChanging(undefined)} /> : null}
        </div>
      )}
    </Loading>
  );
}
