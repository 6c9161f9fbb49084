import { Fragment } from 'react';
import type { Header } from '@tanstack/react-table';
import { specOf, type DataTableFeatures } from './tableModel';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
const NEXT_LABEL = { asc: 'absteigend sortieren', desc: 'Sortierung aufheben', none: 'aufsteigend sortieren' } as const;

/**
 * A column header whose label is a button: Enter/Space or a click cycles ascending → descending → unsorted.
 * The th carries aria-sort; the button's description says what the next press does.
 */
export function SortableHeader<Row extends object>({ header }: { header: Header<DataTableFeatures, Row, unknown> }) {
  const spec = specOf<Row>(header.column.columnDef.meta);
  const sorted = header.column.getIsSorted();
  const next = NEXT_LABEL[sorted || 'none'];
  return (
    <th
      scope="col"
      className={`kern-table__header${spec.numeric ? ' kern-table__header--numeric' : ''}`}
      aria-sort={sorted ? ARIA_SORT[sorted] : undefined}
      style={spec.width ? { width: spec.width } : undefined}
    >
      <button type="button" className="sort-button" onClick={() => header.column.toggleSorting(undefined, false)} title={`${spec.header}: ${next}`}>
        <span>{withBreaks(spec.header)}</span>
        <span
          className={`kern-icon kern-icon--small sort-button__icon${sorted ? '' : ' sort-button__icon--idle'} kern-icon--${sorted === 'desc' ? 'arrow-down' : 'arrow-up'}`}
          aria-hidden="true"
        />
      </button>
    </th>
  );
}

/** Lets "Stadt/Gemeinde" wrap after the slash in a narrow column without changing its accessible name. */
function withBreaks(text: string) {
  const parts = text.split('/');
  return parts.map((part, i) => (
    <Fragment key={i}>{part}{i < parts.length - 1 ? <>/<wbr /></> : null}</Fragment>
  ));
}
