import { useState } from 'react';
import { useApiData } from '../../api/useApiData';
import { Dialog } from '../Dialog';
import { EmptyState } from '../EmptyState';
import { Loading } from '../Loading';
import { historyItems, shortText, type ChangeRow, type HistoryItem } from './historyView';
import './history.css';

interface HistoryDialogProps {
  /** The audit log's name of the record's table, e.g. 'municipalities'. */
  entity: string;
  entityId: string;
  /** How the record is called on the page, for the title. */
  name: string;
  onClose(): void;
}

/** A long value cut to a readable length, with a button that shows it whole. */
function Value({ text, change, side }: { text: string; change: ChangeRow; side: 'vorher' | 'nachher' }) {
  const [whole, setWhole] = useState(false);
  if (change.hidden && text !== '–') return <em className="history-hidden">{text}</em>;
  const short = shortText(text);
  if (!short.cut) return <>{text}</>;
  return (
    <>
      <span className="history-value">{whole ? text : short.text}</span>{' '}
      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small history-more" aria-expanded={whole}
        onClick={() => setWhole(!whole)}>
        <span className="kern-label" aria-hidden="true">{whole ? 'Text kürzen' : 'Ganzen Text zeigen'}</span>
        <span className="visually-hidden">{whole ? 'Text kürzen' : 'Ganzen Text zeigen'}: {change.label} {side}</span>
      </button>
    </>
  );
}

function Entry({ item }: { item: HistoryItem }) {
  return (
    <li className="history-entry">
      <h3 className="kern-heading-small history-entry__title">{item.what}</h3>
      <p className="kern-body kern-body--small history-entry__meta">am {item.when} von {item.who}</p>
      {item.changes.length === 0 ? <p className="kern-body kern-body--small">Keine Feldänderungen gespeichert.</p> : (
        <table className="kern-table kern-table--small history-table">
          <caption className="visually-hidden">{item.what} am {item.when}: Felder</caption>
          <colgroup>
            <col style={{ width: '28%' }} />
            <col style={{ width: '36%' }} />
            <col style={{ width: '36%' }} />
          </colgroup>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">Feld</th>
              <th scope="col" className="kern-table__header">vorher</th>
              <th scope="col" className="kern-table__header">nachher</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {item.changes.map((c) => (
              <tr key={c.field} className="kern-table__row">
                <th scope="row" className="kern-table__cell">{c.label}</th>
                <td className="kern-table__cell"><Value text={c.before} change={c} side="vorher" /></td>
                <td className="kern-table__cell"><Value text={c.after} change={c} side="nachher" /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}

/** A record's change history from the audit log, newest first: who changed what when, before → after. */
export function HistoryDialog({ entity, entityId, name, onClose }: HistoryDialogProps) {
  const { data, error } = useApiData('history.list', { entity, entityId });
  return (
    <Dialog title={`Verlauf: ${name}`} onClose={onClose} wide>
      {/* The body scrolls for long histories, so it takes focus and has a name for keyboard and screen reader users. */}
      <div className="kern-dialog__body app-dialog__scroll history-dialog" tabIndex={0} role="region" aria-label={`Änderungen an ${name}`}>
        {entity === 'case_reconstructions' ? (
          <p className="kern-body kern-body--small">Die Texte einer Fallrekonstruktion (Fallcode, Zusammenfassung, Begründung) zeigt der Verlauf nicht; er sagt nur, dass sie geändert wurden.</p>
        ) : null}
        <Loading data={data} error={error} what="Die Änderungen">
          {(entries) => entries.length === 0
            ? <EmptyState>Zu diesem Eintrag sind keine Änderungen gespeichert.</EmptyState>
            : <ol className="history-list">{historyItems(entries).map((item) => <Entry key={item.seq} item={item} />)}</ol>}
        </Loading>
      </div>
      <footer className="kern-dialog__footer">
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose} data-autofocus>
          <span className="kern-label">Schließen</span>
        </button>
      </footer>
    </Dialog>
  );
}
