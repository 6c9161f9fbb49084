import { useState } from 'react';
import type { RowData } from '@tanstack/react-table';
import type { ApiFailure } from '../../api/ApiFailure';
import { dataChanged } from '../../api/changes';
import { DataTable } from '../dataTable/DataTable';
import { ConfirmDialog } from '../ConfirmDialog';
import { EmptyState } from '../EmptyState';
import { FormDialog } from '../form/FormDialog';
import { Loading } from '../Loading';
import type { CrudConfig } from './crudConfig';

type Editing<Row> = { mode: 'create' } | { mode: 'edit'; row: Row } | { mode: 'delete'; row: Row } | undefined;

interface CrudSectionProps<Row extends RowData> {
  config: CrudConfig<Row>;
  rows: readonly Row[] | undefined;
  error: ApiFailure | undefined;
}

/** List, create, edit and delete one kind of master data. */
export function CrudSection<Row extends RowData>({ config, rows, error }: CrudSectionProps<Row>) {
  const [editing, setEditing] = useState<Editing<Row>>();
  const [notice, setNotice] = useState('');
  const close = () => setEditing(undefined);
  const saved = () => {
    dataChanged();
    close();
  };

  const actions = (row: Row) => {
    const name = config.displayName(row);
    return (
      <span className="row-actions">
        <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" title={`Bearbeiten: ${name}`}
          onClick={() => setEditing({ mode: 'edit', row })}>
          <span className="kern-icon kern-icon--edit" aria-hidden="true" />
          <span className="kern-sr-only">Bearbeiten: {name}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" title={`Löschen: ${name}`}
          onClick={() => setEditing({ mode: 'delete', row })}>
          <span className="kern-icon kern-icon--delete" aria-hidden="true" />
          <span className="kern-sr-only">Löschen: {name}</span>
        </button>
      </span>
    );
  };

  return (
    <section className="crud-section" aria-labelledby="crud-heading">
      <div className="section-head">
        <h2 id="crud-heading" className="kern-heading-medium">{config.label}</h2>
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => setEditing({ mode: 'create' })}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">Neu<span className="visually-hidden">: {config.newTitle}</span></span>
        </button>
      </div>
      <p className="kern-body notice" role="status">{notice}</p>
      <Loading data={rows} error={error} what={config.label}>
        {(data) => data.length === 0 ? <EmptyState>{config.emptyText}</EmptyState> : (
          <DataTable label={config.label} rows={data} columns={config.columns} getRowId={config.idOf}
            actions={actions} initialSort={config.initialSort} />
        )}
      </Loading>
      {editing?.mode === 'create' ? (
        <FormDialog title={config.newTitle} fields={config.fields} submitLabel="Anlegen"
          save={async (input) => {
            await config.create(input);
            setNotice(`${capitalise(config.theOne)} wurde angelegt.`);
          }}
          onSaved={saved} onClose={close} />
      ) : null}
      {editing?.mode === 'edit' ? (
        <FormDialog title={config.editTitle} fields={config.fields} record={editing.row as Record<string, unknown>} submitLabel="Speichern"
          save={async (input) => {
            await config.update(config.idOf(editing.row), input);
            setNotice(`Die Änderungen an „${config.displayName(editing.row)}“ wurden gespeichert.`);
          }}
          onSaved={saved} onClose={close} />
      ) : null}
      {editing?.mode === 'delete' ? (
        <ConfirmDialog title={config.deleteTitle} confirmLabel="Löschen" failureTitle="Löschen nicht möglich"
          onConfirm={async () => {
            await config.remove(config.idOf(editing.row));
            setNotice(`„${config.displayName(editing.row)}“ wurde gelöscht.`);
            dataChanged();
          }}
          onClose={close}>
          <p className="kern-body">
            Möchten Sie {config.theOne} „{config.displayName(editing.row)}“ wirklich löschen? Die Löschung wird im Änderungsprotokoll festgehalten.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}


function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
