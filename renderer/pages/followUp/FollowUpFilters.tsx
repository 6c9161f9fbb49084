import { useId, useMemo } from 'react';
import type { InputOf } from '../../../db/api/contract';
import { useApiData } from '../../api/useApiData';
import { optionsFrom } from '../../components/form/options';

export type TaskFilter = NonNullable<InputOf<'tasks.list'>>;
export type TaskSelection = NonNullable<TaskFilter['status']>;

const SELECTIONS: { value: TaskSelection; label: string }[] = [
  { value: 'OPEN_ALL', label: 'offen' },
  { value: 'DUE_SOON', label: 'bald fällig' },
  { value: 'OVERDUE', label: 'überfällig' },
  { value: 'DONE', label: 'erledigt' },
  { value: 'ALL', label: 'alle' },
];

/** Which tasks: by state (radio buttons), committee and owner. Every change reloads the list from the core. */
export function FollowUpFilters({ filter, onChange }: { filter: TaskFilter; onChange(filter: TaskFilter): void }) {
  const id = useId();
  const committees = useApiData('committees.list').data;
  const organisations = useApiData('organisations.list').data;
  const persons = useApiData('persons.list').data;
  const options = useMemo(() => ({
    committees: optionsFrom(committees, (c) => c.id, (c) => c.name),
    organisations: optionsFrom(organisations, (o) => o.id, (o) => o.name),
    persons: optionsFrom(persons, (p) => p.id, (p) => p.name),
  }), [committees, organisations, persons]);
  const select = (key: 'committeeId' | 'ownerOrganisationId' | 'ownerPersonId', label: string, all: string, list: { value: string; label: string }[]) => (
    <div className="kern-form-input table-filters__select">
      <label className="kern-label" htmlFor={`${id}-${key}`}>{label}</label>
      <div className="kern-form-input__select-wrapper">
        <select id={`${id}-${key}`} className="kern-form-input__select" value={filter[key] ?? ''}
          onChange={(e) => onChange({ ...filter, [key]: e.target.value || null })}>
          <option value="">{all}</option>
          {list.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </div>
    </div>
  );
  return (
    <div className="follow-up-filters">
      <fieldset className="kern-fieldset">
        <legend className="kern-label">Aufgaben</legend>
        <div className="kern-fieldset__body kern-fieldset__body--horizontal">
          {SELECTIONS.map((s) => (
            <div className="kern-form-check" key={s.value}>
              <input id={`${id}-${s.value}`} className="kern-form-check__radio" type="radio" name={`${id}-status`} value={s.value}
                checked={(filter.status ?? 'OPEN_ALL') === s.value} onChange={() => onChange({ ...filter, status: s.value })} />
              <label className="kern-label" htmlFor={`${id}-${s.value}`}>{s.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="table-filters">
        {select('committeeId', 'Gremium', 'Alle Gremien', options.committees)}
        {select('ownerOrganisationId', 'Verantwortliche Organisation', 'Alle Organisationen', options.organisations)}
        {select('ownerPersonId', 'Verantwortliche Person', 'Alle Personen', options.persons)}
      </div>
    </div>
  );
}
