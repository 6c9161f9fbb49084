import { useMemo, useState } from 'react';
import { api } from '../../../api/client';
import { dataChanged } from '../../../api/changes';
import { useEnums } from '../../../api/enums';
import { useApiData } from '../../../api/useApiData';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DataTable } from '../../../components/dataTable/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { optionsFrom } from '../../../components/form/options';
import { Loading } from '../../../components/Loading';
import { germanCollator } from '../../../format/text';
import { figureColumns, figureName, type FigureRow } from './figureColumns';
import { FigureDialog } from './FigureDialog';
import { FigureFilters } from './FigureFilters';
import type { FigureOptions } from './figureForm';
import { FigureTotals } from './FigureTotals';
import { figureYears, matchesFigureFilter, NO_FIGURE_FILTER, type FigureFilter } from './periodFilter';

type Editing = { mode: 'create' } | { mode: 'edit'; row: FigureRow } | { mode: 'delete'; row: FigureRow } | undefined;

const INITIAL_FILTER: FigureFilter = { ...NO_FIGURE_FILTER, mode: 'year' };

function distinct(pairs: [string | null, string | null][]) {
  const seen = new Map<string, string>();
  for (const [value, label] of pairs) if (value && label) seen.set(value, label);
  return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => germanCollator.compare(a.label, b.label));
}

/** The grid of case-management figures: filters, the entries, their totals, and new / edit / delete. */
export function FiguresGridView() {
  const enums = useEnums();
  const { data, error } = useApiData('cmFigures.list');
  const organisations = useApiData('organisations.list').data;
  const municipalities = useApiData('municipalities.list').data;
  const [filter, setFilter] = useState<FigureFilter>(INITIAL_FILTER);
  const [editing, setEditing] = useState<Editing>();
  const [notice, setNotice] = useState('');

  const rows = useMemo(() => data ?? [], [data]);
  const years = useMemo(() => figureYears(rows), [rows]);
  // Until the user picks a year, the newest year with figures is shown.
  const effective = useMemo(() => (filter.year || !years[0] ? filter : { ...filter, year: years[0] }), [filter, years]);
  const shown = useMemo(() => rows.filter((r) => matchesFigureFilter(r, effective)), [rows, effective]);
  const withField = filter.field !== '' || shown.some((r) => r.fieldOfAction !== null);
  const columns = useMemo(() => figureColumns(withField), [withField]);
  const filterOptions = useMemo(() => ({
    providers: distinct(rows.map((r) => [r.providerOrganisationId, r.providerName])),
    municipalities: distinct(rows.map((r) => [r.municipalityId, r.municipalityName])),
    fields: distinct(rows.map((r) => [r.fieldOfAction, r.fieldOfActionLabel])),
  }), [rows]);
  const formOptions = useMemo((): FigureOptions => ({
    providers: optionsFrom(organisations, (o) => o.id, (o) => (o.shortName ? `${o.name} (${o.shortName})` : o.name)),
    municipalities: optionsFrom(municipalities, (m) => m.id, (m) => m.name),
    fields: Object.entries(enums.fieldOfAction).map(([value, label]) => ({ value, label })),
  }), [organisations, municipalities, enums]);

  const close = () => setEditing(undefined);
  const actions = (row: FigureRow) => {
    const name = figureName(row);
    return (
      <span className="row-actions">
        <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" title={`Bearbeiten: ${name}`} onClick={() => setEditing({ mode: 'edit', row })}>
          <span className="kern-icon kern-icon--edit" aria-hidden="true" />
          <span className="kern-sr-only">Bearbeiten: {name}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" title={`Löschen: ${name}`} onClick={() => setEditing({ mode: 'delete', row })}>
          <span className="kern-icon kern-icon--delete" aria-hidden="true" />
          <span className="kern-sr-only">Löschen: {name}</span>
        </button>
      </span>
    );
  };

  return (
    <section className="page-section" aria-labelledby="cm-grid-heading">
      <div className="section-head">
        <h2 id="cm-grid-heading" className="kern-heading-medium">Fallzahlen je Zeitraum</h2>
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => setEditing({ mode: 'create' })}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">Neu<span className="visually-hidden">: Fallzahlen erfassen</span></span>
        </button>
      </div>
      <p className="kern-body notice" role="status">{notice}</p>
      <Loading data={data} error={error} what="Fallzahlen">
        {(all) => all.length === 0 ? (
          <EmptyState>
            Es sind noch keine Fallzahlen erfasst. Erfassen Sie die Summen eines Zeitraums mit „Neu“ oder übernehmen Sie eine Liste über „CSV-Import“.
          </EmptyState>
        ) : (
          <>
            <FigureFilters filter={effective} onChange={setFilter} years={years} {...filterOptions} />
            {shown.length === 0 ? <EmptyState>Für diese Auswahl sind keine Fallzahlen erfasst.</EmptyState> : (
              <>
                <DataTable label="Fallzahlen" rows={shown} columns={columns} getRowId={(r) => r.id} actions={actions}
                  initialSort={[{ id: 'period', desc: false }]} />
                <FigureTotals rows={shown} />
              </>
            )}
          </>
        )}
      </Loading>
      {editing?.mode === 'create' || editing?.mode === 'edit' ? (
        <FigureDialog row={editing.mode === 'edit' ? editing.row : undefined} rows={rows} options={formOptions} onClose={close}
          onSaved={(text) => { setNotice(text); dataChanged(); close(); }} />
      ) : null}
      {editing?.mode === 'delete' ? (
        <ConfirmDialog title="Fallzahlen löschen" confirmLabel="Löschen" failureTitle="Löschen nicht möglich" onClose={close}
          onConfirm={async () => {
            await api.send('cmFigures.delete', { id: editing.row.id });
            setNotice(`Die Fallzahlen „${figureName(editing.row)}“ wurden gelöscht.`);
            dataChanged();
          }}>
          <p className="kern-body">
            Möchten Sie die Fallzahlen „{figureName(editing.row)}“ wirklich löschen? Die Löschung wird im Änderungsprotokoll festgehalten.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
