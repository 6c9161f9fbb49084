import { useId, useMemo, useState } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { enumLabel, enumOptions, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import { hrefFor, navigate } from '../../app/router';
import type { ColumnSpec } from '../../components/dataTable/columnSpec';
import { ReadOnlyList } from '../../components/ReadOnlyList';
import { formatDate } from '../../format/date';
import { RoundTableDialog } from './form/RoundTableDialog';
import { matchesFilter, NO_FILTER, yearsOf, type RoundTableFilter } from './roundTableFilter';
import { roundTablePath } from './roundTablePaths';

type Row = OutputOf<'roundTables.list'>[number];

/** Every round table and other format, newest first, narrowed by format, municipality and year. */
export function RoundTableListTab() {
  const enums = useEnums();
  const id = useId();
  const { data, error } = useApiData('roundTables.list');
  const municipalities = useApiData('municipalities.list').data;
  const [filter, setFilter] = useState<RoundTableFilter>(NO_FILTER);
  const [creating, setCreating] = useState(false);
  const rows = useMemo(() => data?.filter((r) => matchesFilter(r, filter)), [data, filter]);
  const years = useMemo(() => yearsOf(data ?? []), [data]);

  const columns = useMemo((): ColumnSpec<Row>[] => [
    { id: 'heldOn', header: 'Datum', value: (r) => r.heldOn, text: (r) => formatDate(r.heldOn), width: '6.5rem' },
    {
      id: 'title', header: 'Titel', value: (r) => r.title, width: '15rem',
      render: (r) => <a className="kern-link table-link" href={hrefFor(roundTablePath(r.id))}>{r.title}</a>,
    },
    { id: 'format', header: 'Format', value: (r) => enumLabel(enums, 'roundTableFormat', r.format), width: '11rem' },
    { id: 'municipalities', header: 'Kommunen', value: (r) => (r.countyWide ? 'kreisweit' : r.municipalityNames), width: '12rem' },
    { id: 'agreements', header: 'Vereinbarungen', value: (r) => r.agreementCount, numeric: true, width: '9.5rem' },
    { id: 'open', header: 'davon offen', value: (r) => r.openAgreementCount, numeric: true, width: '7rem' },
  ], [enums]);

  const select = (key: keyof RoundTableFilter, label: string, all: string, options: readonly { value: string; label: string }[]) => (
    <div className="kern-form-input table-filters__select">
      <label className="kern-label" htmlFor={`${id}-${key}`}>{label}</label>
      <div className="kern-form-input__select-wrapper">
        <select id={`${id}-${key}`} className="kern-form-input__select" value={filter[key]}
          onChange={(e) => setFilter({ ...filter, [key]: e.target.value })}>
          <option value="">{all}</option>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </div>
    </div>
  );

  return (
    <section className="page-section" aria-labelledby={`${id}-heading`}>
      <div className="section-head">
        <h2 id={`${id}-heading`} className="kern-heading-medium">Termine</h2>
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => setCreating(true)}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">Neuer Termin</span>
        </button>
      </div>
      <div className="table-filters" role="group" aria-label="Termine eingrenzen">
        {select('format', 'Format', 'Alle Formate', enumOptions(enums, 'roundTableFormat'))}
        {select('municipality', 'Kommune', 'Alle Kommunen', (municipalities ?? []).map((m) => ({ value: m.name, label: m.name })))}
        {select('year', 'Jahr', 'Alle Jahre', years.map((y) => ({ value: y, label: y })))}
      </div>
      <ReadOnlyList label="Runde Tische" rows={rows} error={error} columns={columns} getRowId={(r) => r.id}
        initialSort={[{ id: 'heldOn', desc: true }]}
        emptyText={data && data.length > 0 ? 'Zu dieser Auswahl gibt es keine Termine.' : 'Es sind noch keine Runden Tische erfasst. Legen Sie den ersten mit „Neuer Termin“ an.'} />
      {creating ? (
        <RoundTableDialog onClose={() => setCreating(false)}
          onSaved={(saved) => { setCreating(false); navigate(roundTablePath(saved.id)); }} />
      ) : null}
    </section>
  );
}
