import { useId, useMemo } from 'react';
import type { Column } from '@tanstack/react-table';
import { distinctTexts, type ColumnSpec } from './columnSpec';
import { specOf, type DataTableFeatures } from './tableModel';

interface TableFiltersProps<Row extends object> {
  label: string;
  search: string;
  onSearch(value: string): void;
  columns: Column<DataTableFeatures, Row, unknown>[];
  rows: readonly Row[];
}

/** A free-text search over all shown columns plus one select per filterable column. */
export function TableFilters<Row extends object>({ label, search, onSearch, columns, rows }: TableFiltersProps<Row>) {
  const searchId = useId();
  return (
    <div className="table-filters" role="search" aria-label={`${label} filtern`}>
      <div className="kern-form-input table-filters__search">
        <label className="kern-label" htmlFor={searchId}>Suchen</label>
        <input
          id={searchId}
          className="kern-form-input__input"
          type="search"
          value={search}
          onChange={(e) => onSearch(e.target.value)}
          autoComplete="off"
        />
      </div>
      {columns.filter((c) => c.getCanFilter()).map((column) => (
        <ColumnSelect key={column.id} column={column} rows={rows} />
      ))}
    </div>
  );
}

function ColumnSelect<Row extends object>({ column, rows }: { column: Column<DataTableFeatures, Row, unknown>; rows: readonly Row[] }) {
  const id = useId();
  const spec: ColumnSpec<Row> = specOf<Row>(column.columnDef.meta);
  const options = useMemo(() => distinctTexts(spec, rows), [spec, rows]);
  const value = (column.getFilterValue() as string | undefined) ?? '';
  return (
    <div className="kern-form-input table-filters__select">
      <label className="kern-label" htmlFor={id}>{spec.header}</label>
      <div className="kern-form-input__select-wrapper">
        <select id={id} className="kern-form-input__select" value={value} onChange={(e) => column.setFilterValue(e.target.value || undefined)}>
          <option value="">Alle</option>
          {options.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      </div>
    </div>
  );
}
