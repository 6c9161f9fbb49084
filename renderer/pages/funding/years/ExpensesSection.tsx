import { useMemo, useState } from 'react';
import type { InputOf, OutputOf } from '../../../../db/api/contract';
import { api } from '../../../api/client';
import { dataChanged } from '../../../api/changes';
import { enumOptions, useEnums } from '../../../api/enums';
import { useApiData } from '../../../api/useApiData';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DataTable } from '../../../components/dataTable/DataTable';
import type { ColumnSpec } from '../../../components/dataTable/columnSpec';
import { EmptyState } from '../../../components/EmptyState';
import type { FieldsOf } from '../../../components/form/fieldSpec';
import { FormDialog } from '../../../components/form/FormDialog';
import { Loading } from '../../../components/Loading';
import { formatDate } from '../../../format/date';
import { formatCents } from '../../../format/money';

type Expense = OutputOf<'expenses.list'>[number];
type Input = Omit<InputOf<'expenses.create'>, 'fundingYearId'>;
type Editing = { mode: 'create' } | { mode: 'edit'; row: Expense } | { mode: 'delete'; row: Expense } | undefined;

const describe = (e: Expense) => `${formatDate(e.spentOn)}, ${formatCents(e.amountCents)}`;

const COLUMNS: readonly ColumnSpec<Expense>[] = [
  { id: 'spentOn', header: 'Datum', value: (e) => e.spentOn, text: (e) => formatDate(e.spentOn), width: '7rem' },
  { id: 'budgetLine', header: 'Budgetlinie', value: (e) => e.budgetLineLabel, filter: 'select', width: '14rem' },
  { id: 'amount', header: 'Betrag', value: (e) => e.amountCents, text: (e) => formatCents(e.amountCents), numeric: true, width: '8rem' },
  { id: 'note', header: 'Verwendungszweck', value: (e) => e.note, width: '18rem', render: (e) => <span className="cell-clamp">{e.note}</span> },
  { id: 'event', header: 'Veranstaltung', value: (e) => e.eventTitle, width: '12rem', render: (e) => <span className="cell-clamp">{e.eventTitle}</span> },
];

/** The expenses of the year, filterable by budget line; every change reloads the plan-against-spent figures. */
export function ExpensesSection({ fundingYearId, year }: { fundingYearId: string; year: number }) {
  const enums = useEnums();
  const { data, error } = useApiData('expenses.list', { fundingYearId });
  const events = useApiData('events.list', { year }).data;
  const [editing, setEditing] = useState<Editing>();
  const [notice, setNotice] = useState('');
  const close = () => setEditing(undefined);

  const fields = useMemo(() => [
    { name: 'spentOn', label: 'Datum', kind: 'date', required: true, hint: `Im Förderjahr, also vom 01.01.${year} bis 31.12.${year}` },
    { name: 'amountCents', label: 'Betrag', kind: 'money', required: true, hint: 'In Euro, z. B. 1.250,00' },
    { name: 'budgetLine', label: 'Budgetlinie', kind: 'select', required: true, options: enumOptions(enums, 'budgetLine') },
    { name: 'note', label: 'Verwendungszweck', kind: 'text', maxLength: 500, wide: true },
    {
      name: 'eventId', label: 'Veranstaltung', kind: 'select', wide: true, hint: 'Optional: die Veranstaltung, zu der die Ausgabe gehört',
      options: (events ?? []).map((e) => ({ value: e.id, label: `${formatDate(e.heldOn)} – ${e.title}` })),
    },
  ] satisfies FieldsOf<Input>, [enums, events, year]);

  const saved = (message: string) => {
    dataChanged();
    close();
    setNotice(message);
  };

  const actions = (row: Expense) => (
    <span className="row-actions">
      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" title={`Bearbeiten: Ausgabe ${describe(row)}`}
        onClick={() => setEditing({ mode: 'edit', row })}>
        <span className="kern-icon kern-icon--edit" aria-hidden="true" />
        <span className="kern-sr-only">Bearbeiten: Ausgabe {describe(row)}</span>
      </button>
      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" title={`Löschen: Ausgabe ${describe(row)}`}
        onClick={() => setEditing({ mode: 'delete', row })}>
        <span className="kern-icon kern-icon--delete" aria-hidden="true" />
        <span className="kern-sr-only">Löschen: Ausgabe {describe(row)}</span>
      </button>
    </span>
  );

  return (
    <section className="page-section" aria-labelledby="expenses-heading">
      <div className="section-head">
        <h3 id="expenses-heading" className="kern-heading-small">Ausgaben {year}</h3>
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => setEditing({ mode: 'create' })}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">Neue Ausgabe</span>
        </button>
      </div>
      <p className="kern-body notice" role="status">{notice}</p>
      <Loading data={data} error={error} what="Ausgaben">
        {(rows) => rows.length === 0 ? (
          <EmptyState>Für {year} sind noch keine Ausgaben erfasst.</EmptyState>
        ) : (
          <DataTable label={`Ausgaben ${year}`} rows={rows} columns={COLUMNS} getRowId={(e) => e.id} actions={actions}
            initialSort={[{ id: 'spentOn', desc: false }]} />
        )}
      </Loading>
      {editing?.mode === 'create' || editing?.mode === 'edit' ? (
        <FormDialog
          title={editing.mode === 'create' ? 'Neue Ausgabe' : 'Ausgabe bearbeiten'}
          fields={fields}
          record={editing.mode === 'edit' ? editing.row as unknown as Record<string, unknown> : undefined}
          submitLabel={editing.mode === 'create' ? 'Anlegen' : 'Speichern'}
          save={async (input) => {
            const values = { fundingYearId, ...(input as Input) };
            const result = editing.mode === 'edit'
              ? await api.send('expenses.update', { id: editing.row.id, ...values })
              : await api.send('expenses.create', values);
            setNotice(`Ausgabe vom ${formatDate(result.spentOn)} über ${formatCents(result.amountCents)} gespeichert.`);
          }}
          onSaved={() => { dataChanged(); close(); }}
          onClose={close}
        />
      ) : null}
      {editing?.mode === 'delete' ? (
        <ConfirmDialog title="Ausgabe löschen" confirmLabel="Löschen" failureTitle="Löschen nicht möglich"
          onConfirm={async () => {
            await api.send('expenses.delete', { id: editing.row.id });
            saved(`Die Ausgabe vom ${describe(editing.row)} wurde gelöscht.`);
          }}
          onClose={close}>
          <p className="kern-body">Möchten Sie die Ausgabe vom {describe(editing.row)} („{editing.row.note ?? 'ohne Verwendungszweck'}“) wirklich löschen?</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
