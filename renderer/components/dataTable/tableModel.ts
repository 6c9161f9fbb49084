import {
  columnFilteringFeature,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type FilterFn,
  type RowData,
  type SortFn,
} from '@tanstack/react-table';
import { cellText, compareValues, searchKey, type ColumnSpec, type SortValue } from './columnSpec';

interface SpecMeta {
  spec: ColumnSpec<never>;
}

/** Registered once at module scope, as TanStack v9 requires: sorting, per-column and global filtering. */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  columnMeta: metaHelper<SpecMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;

export function specOf<Row>(meta: SpecMeta | undefined): ColumnSpec<Row> {
  return meta!.spec as unknown as ColumnSpec<Row>;
}

export function toColumnDefs<Row extends RowData>(specs: readonly ColumnSpec<Row>[]): ColumnDef<DataTableFeatures, Row, unknown>[] {
  return specs.map((spec) => {
    const sortFn: SortFn<DataTableFeatures, Row> = (a, b, columnId) =>
      compareValues(a.getValue<SortValue>(columnId), b.getValue<SortValue>(columnId));
    // A column filter holds the exact text chosen in its select.
    const filterFn: FilterFn<DataTableFeatures, Row> = (row, _columnId, filterValue: string) =>
      cellText(spec, row.original) === filterValue;
    return {
      id: spec.id,
      header: spec.header,
      // Empty values become undefined so sortUndefined keeps them last in both directions.
      accessorFn: (row: Row) => {
        const value = spec.value(row);
        return value === null || value === '' ? undefined : value;
      },
      cell: ({ row }) => (spec.render ? spec.render(row.original) : cellText(spec, row.original)),
      sortFn,
      sortUndefined: 'last',
      filterFn,
      enableColumnFilter: spec.filter === 'select',
      meta: { spec: spec as unknown as ColumnSpec<never> },
    };
  });
}

/** The global filter matches the shown text, so '01.04.2024' finds a date stored as 2024-04-01. */
export function globalTextFilter<Row extends RowData>(specs: readonly ColumnSpec<Row>[]): FilterFn<DataTableFeatures, Row> {
  const byId = new Map(specs.map((s) => [s.id, s]));
  return (row, columnId, filterValue: string) => {
    const spec = byId.get(columnId);
    return spec ? searchKey(cellText(spec, row.original)).includes(searchKey(String(filterValue).trim())) : false;
  };
}
