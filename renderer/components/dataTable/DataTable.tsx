import { useMemo, useRef, type ReactNode } from 'react';
import { useTable, type RowData, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ColumnSpec } from './columnSpec';
import { dataTableFeatures, globalTextFilter, specOf, toColumnDefs } from './tableModel';
import { SortableHeader } from './SortableHeader';
import { TableFilters } from './TableFilters';
import { rowCountLabel } from '../../format/text';

export interface DataTableProps<Row extends RowData> {
  /** Names the table for assistive technology, e.g. "Kommunen". */
  label: string;
  rows: readonly Row[];
  columns: readonly ColumnSpec<Row>[];
  getRowId(row: Row): string;
  /** Buttons for one row (edit, delete); the column is left out when absent. */
  actions?(row: Row): ReactNode;
  /** Width of the actions column when its buttons need more than the default 6rem (e.g. a "Verlauf" button). */
  actionsWidth?: string;
  initialSort?: SortingState;
  /** Above this many rows only the visible ones are rendered. */
  estimatedRowHeight?: number;
}

const EMPTY_SORT: SortingState = [];

/**
 * A sortable, filterable table that stays fast with ten thousand rows: TanStack Table sorts and filters,
 * TanStack Virtual renders only what is in view. It stays a real <table>: aria-rowcount tells screen readers
 * how many rows exist and aria-rowindex where each rendered row sits.
 */
export function DataTable<Row extends RowData>(props: DataTableProps<Row>) {
  const { label, rows, columns: specs, getRowId, actions, actionsWidth = '6rem', initialSort = EMPTY_SORT, estimatedRowHeight = 49 } = props;
  const columns = useMemo(() => toColumnDefs(specs), [specs]);
  const globalFilterFn = useMemo(() => globalTextFilter(specs), [specs]);
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: rows,
    getRowId,
    globalFilterFn,
    getColumnCanGlobalFilter: () => true,
    initialState: { sorting: initialSort },
    enableMultiSort: false,
  });

  const visibleRows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visibleRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowHeight,
    getItemKey: (index) => visibleRows[index].id,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items.length > 0 ? items[0].start : 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const columnCount = specs.length + (actions ? 1 : 0);
  const headerGroup = table.getHeaderGroups()[0];
  // A fixed layout keeps columns steady while rows scroll in and out; below this width the region scrolls sideways.
  const minWidth = useMemo(() => {
    const widths = specs.map((s) => s.width ?? '8rem').concat(actions ? [actionsWidth] : []);
    return `calc(${widths.join(' + ')})`;
  }, [specs, actions, actionsWidth]);

  return (
    <div className="data-table">
      <TableFilters
        label={label}
        search={(table.state.globalFilter as string | undefined) ?? ''}
        onSearch={(value) => table.setGlobalFilter(value)}
        columns={table.getAllLeafColumns()}
        rows={rows}
      />
      <p className="kern-body kern-body--small data-table__count" role="status">
        {rowCountLabel(visibleRows.length, rows.length)}
      </p>
      <div ref={scrollRef} className="data-table__scroll" tabIndex={0} role="region" aria-label={`Tabelle ${label}`}>
        <table className="kern-table kern-table--small data-table__table" aria-rowcount={visibleRows.length + 1} style={{ minWidth }}>
          <caption className="visually-hidden">{label}</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row" aria-rowindex={1}>
              {headerGroup.headers.map((header) => <SortableHeader key={header.id} header={header} />)}
              {actions ? (
                <th scope="col" className="kern-table__header kern-table__header--action data-table__actions-header" style={{ width: actionsWidth }}>
                  <span className="visually-hidden">Aktionen</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {paddingTop > 0 ? <SpacerRow height={paddingTop} columns={columnCount} /> : null}
            {items.map((item) => {
              const row = visibleRows[item.index];
              return (
                <tr key={row.id} className="kern-table__row" data-index={item.index} ref={virtualizer.measureElement} aria-rowindex={item.index + 2}>
                  {row.getAllCells().map((cell, i) => {
                    const spec = specOf<Row>(cell.column.columnDef.meta);
                    const className = `kern-table__cell${spec.numeric ? ' kern-table__cell--numeric' : ''}`;
                    return i === 0
                      ? <th key={cell.id} scope="row" className={`${className} data-table__row-header`}><table.FlexRender cell={cell} /></th>
                      : <td key={cell.id} className={className}><table.FlexRender cell={cell} /></td>;
                  })}
                  {actions ? <td className="kern-table__cell kern-table__cell--action data-table__actions" style={{ width: actionsWidth }}>{actions(row.original)}</td> : null}
                </tr>
              );
            })}
            {paddingBottom > 0 ? <SpacerRow height={paddingBottom} columns={columnCount} /> : null}
            {visibleRows.length === 0 ? (
              <tr className="kern-table__row">
                <td className="kern-table__cell" colSpan={columnCount}>Keine Einträge passen zu diesem Filter.</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Stands in for the rows scrolled out of view, so the scrollbar matches the whole list. */
function SpacerRow({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true" className="data-table__spacer">
      <td colSpan={columns} style={{ height, padding: 0 }} />
    </tr>
  );
}
