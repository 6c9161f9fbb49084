import { useMemo, useState } from 'react';
import { api } from '../../../api/client';
import { dataChanged } from '../../../api/changes';
import { useApiData } from '../../../api/useApiData';
import { useToday } from '../../../api/useToday';
import { hrefFor, navigate } from '../../../app/router';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DataTable } from '../../../components/dataTable/DataTable';
import type { ColumnSpec } from '../../../components/dataTable/columnSpec';
import { EmptyState } from '../../../components/EmptyState';
import { Loading } from '../../../components/Loading';
import { formatDate } from '../../../format/date';
import { formatCents } from '../../../format/money';
import { yearPath } from './fundingPaths';
import { YearFormDialog, type FundingYearRow } from './YearFormDialog';

type Editing = { mode: 'create' } | { mode: 'edit'; row: FundingYearRow } | { mode: 'delete'; row: FundingYearRow } | undefined;

const grantNotice = (r: FundingYearRow) =>
  [r.grantNoticeDate ? `vom ${formatDate(r.grantNoticeDate)}` : '', r.grantNoticeRef ? `Az. ${r.grantNoticeRef}` : ''].filter(Boolean).join(', ');

const COLUMNS: readonly ColumnSpec<FundingYearRow>[] = [
  {
    id: 'year', header: 'Förderjahr', value: (r) => r.year, width: '6rem',
    render: (r) => <a className="kern-link" href={hrefFor(yearPath(r.year))}>{r.year}</a>,
  },
  { id: 'guideline', header: 'Richtlinie', value: (r) => r.guidelineVersion, width: '12rem' },
  { id: 'notice', header: 'Zuwendungsbescheid', value: (r) => r.grantNoticeDate, text: grantNotice, width: '11rem' },
  { id: 'planned', header: 'Geplant', value: (r) => r.plannedCents, text: (r) => formatCents(r.plannedCents), numeric: true, width: '8.5rem' },
  { id: 'spent', header: 'Ausgegeben', value: (r) => r.spentCents, text: (r) => formatCents(r.spentCents), numeric: true, width: '8rem' },
  {
    id: 'balance', header: 'Verbleibend', value: (r) => r.plannedCents - r.spentCents,
    text: (r) => formatCents(r.plannedCents - r.spentCents), numeric: true, width: '8.5rem',
  },
];

/** The funding years with planned and spent totals; a new year starts here. */
export function YearList() {
  const { data, error } = useApiData('fundingYears.list');
  const [editing, setEditing] = useState<Editing>();
  const [notice, setNotice] = useState('');
  const close = () => setEditing(undefined);

  const today = useToday();
  // The next year after the last one recorded, with its guideline; the office's current year for the first one.
  const suggestion = useMemo(() => {
    const last = data?.at(-1);
    if (last) return { year: last.year + 1, guidelineVersion: last.guidelineVersion };
    return today ? { year: Number(today.slice(0, 4)) } : undefined;
  }, [data, today]);

  const actions = (row: FundingYearRow) => (
    <span className="row-actions">
      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" title={`Bearbeiten: Förderjahr ${row.year}`}
        onClick={() => setEditing({ mode: 'edit', row })}>
        <span className="kern-icon kern-icon--edit" aria-hidden="true" />
        <span className="kern-sr-only">Bearbeiten: Förderjahr {row.year}</span>
      </button>
      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" title={`Löschen: Förderjahr ${row.year}`}
        onClick={() => setEditing({ mode: 'delete', row })}>
        <span className="kern-icon kern-icon--delete" aria-hidden="true" />
        <span className="kern-sr-only">Löschen: Förderjahr {row.year}</span>
      </button>
    </span>
  );

  return (
    <section className="page-section" aria-labelledby="funding-years-heading">
      <div className="section-head">
        <h2 id="funding-years-heading" className="kern-heading-medium">Förderjahre</h2>
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => setEditing({ mode: 'create' })}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">Neues Förderjahr</span>
        </button>
      </div>
      <p className="kern-body page-intro">
        Je Förderjahr: Zuwendungsbescheid, Fördersätze der Richtlinie, die daraus berechneten Planansätze je Budgetlinie und die
        Ausgaben. Öffnen Sie ein Jahr, um Sätze, Ansätze und Ausgaben zu bearbeiten.
      </p>
      <p className="kern-body notice" role="status">{notice}</p>
      <Loading data={data} error={error} what="Förderjahre">
        {(rows) => rows.length === 0 ? (
          <EmptyState>Es ist noch kein Förderjahr erfasst. Legen Sie das erste mit „Neues Förderjahr“ an.</EmptyState>
        ) : (
          <DataTable label="Förderjahre" rows={rows} columns={COLUMNS} getRowId={(r) => r.id} actions={actions}
            initialSort={[{ id: 'year', desc: true }]} />
        )}
      </Loading>
      {editing?.mode === 'create' ? (
        <YearFormDialog suggestion={suggestion} onClose={close}
          onSaved={(saved) => { dataChanged(); close(); navigate(yearPath(saved.year)); }} />
      ) : null}
      {editing?.mode === 'edit' ? (
        <YearFormDialog row={editing.row} onClose={close}
          onSaved={(saved) => { dataChanged(); close(); setNotice(`Die Angaben zum Förderjahr ${saved.year} wurden gespeichert.`); }} />
      ) : null}
      {editing?.mode === 'delete' ? (
        <ConfirmDialog title={`Förderjahr ${editing.row.year} löschen`} confirmLabel="Löschen" failureTitle="Löschen nicht möglich"
          onConfirm={async () => {
            await api.send('fundingYears.delete', { id: editing.row.id });
            setNotice(`Das Förderjahr ${editing.row.year} wurde gelöscht.`);
            dataChanged();
          }}
          onClose={close}>
          <p className="kern-body">
            Möchten Sie das Förderjahr {editing.row.year} mit seinen Fördersätzen und Planansätzen wirklich löschen? Ein Jahr mit
            Ausgaben lässt sich nicht löschen. Die Löschung wird im Änderungsprotokoll festgehalten.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
