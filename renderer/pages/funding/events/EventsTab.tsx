import { useId, useMemo, useState } from 'react';
import type { InputOf } from '../../../../db/api/contract';
import { api } from '../../../api/client';
import { useEnums } from '../../../api/enums';
import { useApiData } from '../../../api/useApiData';
import { useToday } from '../../../api/useToday';
import { CrudSection } from '../../../components/crud/CrudSection';
import type { CrudConfig } from '../../../components/crud/crudConfig';
import { formatDate } from '../../../format/date';
import { ALL_YEARS, EVENT_COLUMNS, eventFields, eventYears, inYear, type EventRow } from './eventForm';
import { EventSummary } from './EventSummary';
import './events.css';

type Input = InputOf<'events.create'>;

/** Veranstaltungen: events, trainings and public relations per year with cost and budget line. */
export function EventsTab(_props: { rest: string }) {
  const enums = useEnums();
  const today = useToday();
  const yearId = useId();
  const { data, error } = useApiData('events.list');
  const [chosen, setChosen] = useState<string>();
  const years = useMemo(() => eventYears(data ?? [], today), [data, today]);
  const year = chosen ?? years[0] ?? ALL_YEARS;
  const rows = useMemo(() => data?.filter((r) => inYear(r, year)), [data, year]);

  const config = useMemo((): CrudConfig<EventRow> => ({
    label: 'Veranstaltungen',
    theOne: 'die Veranstaltung',
    newTitle: 'Neue Veranstaltung',
    editTitle: 'Veranstaltung bearbeiten',
    deleteTitle: 'Veranstaltung löschen',
    emptyText: year === ALL_YEARS
      ? 'Es sind noch keine Veranstaltungen erfasst. Legen Sie Veranstaltungen, Fortbildungen und Öffentlichkeitsarbeit mit „Neu“ an.'
      : `Für ${year} sind keine Veranstaltungen erfasst. Legen Sie eine mit „Neu“ an.`,
    idOf: (r) => r.id,
    displayName: (r) => `${r.title} (${formatDate(r.heldOn)})`,
    initialSort: [{ id: 'heldOn', desc: false }],
    columns: EVENT_COLUMNS,
    fields: eventFields(enums, today),
    create: (input) => api.send('events.create', input as Input),
    update: (id, input) => api.send('events.update', { id, ...(input as Input) }),
    remove: (id) => api.send('events.delete', { id }),
  }), [enums, today, year]);

  return (
    <>
      <p className="kern-body">
        Veranstaltungen, Fortbildungen und Öffentlichkeitsarbeit mit Teilnehmenden, Kosten und Budgetlinie – für den Sachbericht und den Abgleich
        mit der Obergrenze der Veranstaltungsformate.
      </p>
      <div className="kern-form-input event-year">
        <label className="kern-label" htmlFor={yearId}>Jahr</label>
        <div className="kern-form-input__select-wrapper">
          <select id={yearId} className="kern-form-input__select" value={year} onChange={(e) => setChosen(e.target.value)}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
            <option value={ALL_YEARS}>Alle Jahre</option>
          </select>
        </div>
      </div>
      <CrudSection config={config} rows={rows} error={error} entity="events" />
      {year === ALL_YEARS
        ? <p className="kern-body">Wählen Sie ein Jahr, um die Übersicht nach Art und die Obergrenze der Veranstaltungsformate zu sehen.</p>
        : <EventSummary year={Number(year)} />}
    </>
  );
}
