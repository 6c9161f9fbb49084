import type { RowData, SortingState } from '@tanstack/react-table';
import type { ColumnSpec } from '../dataTable/columnSpec';
import type { FieldSpec } from '../form/fieldSpec';

/** Everything one master-data list needs; each Stammdaten page is one of these plus its data. */
export interface CrudConfig<Row extends RowData> {
  /** Plural, used for the table and its heading: "Kommunen". */
  label: string;
  /** Singular with article for messages: "die Kommune". */
  theOne: string;
  /** Title of the create dialog: "Neue Kommune". */
  newTitle: string;
  /** Title of the edit dialog: "Kommune bearbeiten". */
  editTitle: string;
  /** Title of the delete dialog: "Kommune löschen". */
  deleteTitle: string;
  emptyText: string;
  columns: readonly ColumnSpec<Row>[];
  fields: readonly FieldSpec[];
  initialSort?: SortingState;
  idOf(row: Row): string;
  displayName(row: Row): string;
  create(input: Record<string, unknown>): Promise<unknown>;
  update(id: string, input: Record<string, unknown>): Promise<unknown>;
  remove(id: string): Promise<unknown>;
}
