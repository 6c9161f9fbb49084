import type { ReactNode } from 'react';
import type { RowData, SortingState } from '@tanstack/react-table';
import type { ApiFailure } from '../api/ApiFailure';
import { DataTable } from './dataTable/DataTable';
import type { ColumnSpec } from './dataTable/columnSpec';
import { EmptyState } from './EmptyState';
import { Loading } from './Loading';

interface ReadOnlyListProps<Row extends RowData> {
  label: string;
  rows: readonly Row[] | undefined;
  error: ApiFailure | undefined;
  columns: readonly ColumnSpec<Row>[];
  getRowId(row: Row): string;
  emptyText: string;
  initialSort?: SortingState;
  /** Row buttons (edit, notes) for lists that are not plain master data. */
  actions?(row: Row): ReactNode;
  actionsWidth?: string;
}

/** A list that shows what the data holds, sortable and filterable, or says plainly that there is nothing yet. */
export function ReadOnlyList<Row extends RowData>({ label, rows, error, columns, getRowId, emptyText, initialSort, actions, actionsWidth }: ReadOnlyListProps<Row>) {
  return (
    <Loading data={rows} error={error} what={label}>
      {(data) => data.length === 0
        ? <EmptyState>{emptyText}</EmptyState>
        : <DataTable label={label} rows={data} columns={columns} getRowId={getRowId} initialSort={initialSort} actions={actions} actionsWidth={actionsWidth} />}
    </Loading>
  );
}
