import { useState } from 'react';
import type { RowData } from '@tanstack/react-table';
import type { ApiFailure } from '../../api/ApiFailure';
import { dataChanged } from '../../api/changes';
import { DataTable } from '../dataTable/DataTable';
import { ConfirmDialog } from '../ConfirmDialog';
import { EmptyState } from '../EmptyState';
import { FormDialog } from '../form/FormDialog';
import { Loading } from '../Loading';
import { HistoryButton } from '../history/HistoryButton';
import { UndoNotice, type Deletion } from '../history/UndoNotice';
import type { CrudConfig } from './crudConfig';

type Editing<Row> = { mode: 'create' } | { mode: 'edit'; row: Row } | { mode: 'delete'; row: Row } | undefined;

interface CrudSectionProps<Row extends RowData> {
  config: CrudConfig<Row>;
  rows: readonly Row[] | undefined;
  error: ApiFailure | undefined;
  /** The audit log's table name of the rows (e.g. 'municipalities'): each row gets its Verlauf, a delete can be undone. */
  entity?: string;
}

/** List, create, edit and delete one kind of master data. */
export function CrudSection<Row extends RowData>({ config, rows, error, entity }: CrudSectionProps<Row>) {
  const [editing, setEditing] = useState<Editing<Row>>();
  const [notice, setNotice] = useState('');
  const [deletion, setDeletion] = useState<Deletion>();
  const tell = (message: string) => {
    setDeletion(undefined);
    setNotice(message);
  };
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
        {entity ? <HistoryButton entity={entity} entityId={config.idOf(row)} name={name} inRow /> : null}
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
      {entity ? <UndoNotice deletion={deletion} /> : null}
      <Loading data={rows} error={error} what={config.label}>
        {(data) => data.length === 0 ? <EmptyState>{config.emptyText}</EmptyState> : (
          <DataTable label={config.label} rows={data} columns={config.columns} getRowId={config.idOf}
            actions={actions} initialSort={config.initialSort}
            actionsWidth={entity ? '9.75rem' : undefined} />
        )}
      </Loading>
      {editing?.mode === 'create' ? (
        <FormDialog title={config.newTitle} fields={config.fields} submitLabel="Anlegen"
          save={async (input) => {
            await config.create(input);
            tell(`${capitalise(config.theOne)} wurde angelegt.`);
          }}
          onSaved={saved} onClose={close} />
      ) : null}
      {editing?.mode === 'edit' ? (
        <FormDialog title={config.editTitle} fields={config.fields} record={editing.row as Record<string, unknown>} submitLabel="Speichern"
          save={async (input) => {
            await config.update(config.idOf(editing.row), input);
            tell(`Die Änderungen an „${config.displayName(editing.row)}“ wurden gespeichert.`);
          }}
          onSaved={saved} onClose={close} />
      ) : null}
      {editing?.mode === 'delete' ? (
        <ConfirmDialog title={config.deleteTitle} confirmLabel="Löschen" failureTitle="Löschen nicht möglich"
          onConfirm={async () => {
            await config.remove(config.idOf(editing.row));
            if (entity) {
              setNotice('');
              setDeletion({ entity, entityId: config.idOf(editing.row), name: config.displayName(editing.row) });
            } else {
              setNotice(`„${config.displayName(editing.row)}“ wurde gelöscht.`);
            }
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
