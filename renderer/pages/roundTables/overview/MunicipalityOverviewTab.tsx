import { useId, useMemo, useState } from 'react';
import { useApiData } from '../../../api/useApiData';
import { hrefFor } from '../../../app/router';
import { Alert } from '../../../components/Alert';
import type { ColumnSpec } from '../../../components/dataTable/columnSpec';
import { DataTable } from '../../../components/dataTable/DataTable';
import { Loading } from '../../../components/Loading';
import { formatDate } from '../../../format/date';
import { formatNumber } from '../../../format/number';
import { contactAgo, formatDays, formatRate } from '../figures';
import { municipalityPath } from '../roundTablePaths';
import { OverviewCharts } from './OverviewCharts';
import { byYearText, type OverviewRow } from './overviewCharts';

/** Every active municipality in one table, the one that needs the office next first, and charts that say the same at a glance. */
export function MunicipalityOverviewTab() {
  const id = useId();
  const [year, setYear] = useState('');
  const [onlyWarnings, setOnlyWarnings] = useState(false);
  const { data, error } = useApiData('roundTables.overview', year ? { year: Number(year) } : {});
  const yearLabel = year ? `in ${year}` : 'insgesamt';

  const columns = useMemo((): ColumnSpec<OverviewRow>[] => [
    {
      id: 'name', header: 'Kommune', value: (r) => r.name, width: '8rem',
      render: (r) => <a className="kern-link table-link" href={hrefFor(municipalityPath(r.municipalityId))}>{r.name}</a>,
    },
    {
      id: 'roundTables', header: 'Runde Tische', value: (r) => r.roundTableCount, numeric: true, width: '6.5rem',
      text: (r) => `${r.roundTableCount}${byYearText(r.roundTablesByYear) ? ` (${byYearText(r.roundTablesByYear)})` : ''}`,
      render: (r) => <>{r.roundTableCount}<span className="cell-sub">{byYearText(r.roundTablesByYear)}</span></>,
    },
    { id: 'open', header: 'Offen', value: (r) => r.agreements.OPEN, numeric: true, width: '4.5rem' },
    { id: 'inProgress', header: 'In Arbeit', value: (r) => r.agreements.IN_PROGRESS, numeric: true, width: '5rem' },
    { id: 'done', header: 'Erledigt', value: (r) => r.agreements.DONE, numeric: true, width: '5.5rem' },
    { id: 'discarded', header: 'Verworfen', value: (r) => r.agreements.DISCARDED, numeric: true, width: '6.5rem' },
    { id: 'rate', header: 'Umsetzungs\u00ADquote', value: (r) => r.completionRate, text: (r) => formatRate(r.completionRate), numeric: true, width: '6.5rem' },
    {
      id: 'overdue', header: 'Überfällig', value: (r) => r.overdue, numeric: true, width: '6.5rem',
      render: (r) => (r.overdue > 0 ? <strong className="text-danger">{r.overdue}</strong> : '0'),
    },
    { id: 'median', header: 'Median bis erledigt', value: (r) => r.medianDaysToComplete, text: (r) => formatDays(r.medianDaysToComplete), numeric: true, width: '6rem' },
    {
      id: 'contact', header: 'Letzter Kontakt', value: (r) => r.lastContactOn ?? '', width: '8rem',
      text: (r) => `${formatDate(r.lastContactOn) || 'noch nie'}${r.contactWarning ? ' (Kontakt überfällig)' : ''}`,
      render: (r) => (
        <>
          {formatDate(r.lastContactOn) || 'noch nie'}
          <span className="cell-sub">{contactAgo(r.daysSinceContact)}</span>
          {r.contactWarning ? <span className="kern-badge kern-badge--small kern-badge--warning due-badge">Kontakt überfällig</span> : null}
        </>
      ),
    },
  ], []);

  return (
    <section className="page-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="kern-heading-medium">Kommunen im Überblick</h2>
      <div className="table-filters">
        <div className="kern-form-input table-filters__select">
          <label className="kern-label" htmlFor={`${id}-year`}>Jahr</label>
          <div className="kern-form-input__select-wrapper">
            <select id={`${id}-year`} className="kern-form-input__select" value={year} onChange={(e) => setYear(e.target.value)}>
              <option value="">Alle Jahre</option>
              {(data?.years ?? []).slice().reverse().map((y) => <option key={y} value={String(y)}>{y}</option>)}
            </select>
          </div>
        </div>
        <div className="kern-form-check overview-only-warnings">
          <input id={`${id}-warnings`} type="checkbox" className="kern-form-check__checkbox" checked={onlyWarnings}
            onChange={(e) => setOnlyWarnings(e.target.checked)} />
          <label className="kern-label" htmlFor={`${id}-warnings`}>Nur Kommunen mit überfälligem Kontakt</label>
        </div>
      </div>
      <Loading data={data} error={error} what="Der Überblick">
        {(overview) => {
          const warned = overview.rows.filter((r) => r.contactWarning);
          const t = overview.totals;
          return (
            <>
              <dl className="counts">
                <Count label="Kommunen" value={formatNumber(t.municipalities)} />
                <Count label={`Runde Tische ${yearLabel}`} value={formatNumber(t.roundTables)} />
                <Count label="Vereinbarungen" value={formatNumber(t.agreements.total)} />
                <Count label="Umsetzungsquote" value={formatRate(t.completionRate)} />
                <Count label="Überfällige Vereinbarungen" value={formatNumber(t.overdue)} />
                <Count label="Median bis erledigt" value={formatDays(t.medianDaysToComplete)} />
              </dl>
              {warned.length > 0 ? (
                <Alert variant="warning" title={`${warned.length} ${warned.length === 1 ? 'Kommune' : 'Kommunen'} ohne Kontakt seit mehr als ${overview.contactWarningMonths} Monaten`}>
                  <ul className="kern-list contact-warnings">
                    {warned.map((r) => (
                      <li key={r.municipalityId} className="kern-body">
                        <a className="kern-link" href={hrefFor(municipalityPath(r.municipalityId))}>{r.name}</a>
                        {r.lastContactOn ? `: letzter Kontakt am ${formatDate(r.lastContactOn)} (${contactAgo(r.daysSinceContact)})` : ': noch kein Termin erfasst'}
                        {r.nextPlannedOn ? `, nächster Termin geplant am ${formatDate(r.nextPlannedOn)}` : ''}
                      </li>
                    ))}
                  </ul>
                </Alert>
              ) : (
                <p className="kern-body">Mit allen Kommunen gab es in den letzten {overview.contactWarningMonths} Monaten Kontakt.</p>
              )}
              <p className="kern-body kern-body--small page-intro">
                Sortiert nach Handlungsbedarf: zuerst Kommunen ohne Kontakt, dann die mit den meisten überfälligen Vereinbarungen.
                Die Umsetzungsquote ist der Anteil erledigter an allen nicht verworfenen Vereinbarungen. Stand: {formatDate(overview.today)}.
              </p>
              <DataTable label="Kommunen im Überblick" rows={onlyWarnings ? warned : overview.rows} columns={columns} getRowId={(r) => r.municipalityId} />
              <OverviewCharts overview={overview} />
            </>
          );
        }}
      </Loading>
    </section>
  );
}

function Count({ label, value }: { label: string; value: string }) {
  return (
    <div className="counts__item">
      <dt className="counts__label">{label}</dt>
      <dd className="counts__value">{value}</dd>
    </div>
  );
}
