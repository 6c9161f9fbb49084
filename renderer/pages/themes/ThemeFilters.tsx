import { useMemo } from 'react';
import type { InputOf } from '../../../db/api/contract';
import { enumOptions, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import { optionsFrom } from '../../components/form/options';

export type ThemeFilter = NonNullable<InputOf<'themes.list'>>;

const SOURCES = [
  { value: 'RECONSTRUCTION', label: 'Fallrekonstruktionen' },
  { value: 'ROUND_TABLE', label: 'Runde Tische und Konferenzen' },
];

/** Field of action, municipality and source: the filters the board and the table share (applied by the core). */
export function ThemeFilters({ filter, onChange }: { filter: ThemeFilter; onChange(filter: ThemeFilter): void }) {
  const enums = useEnums();
  const municipalities = useApiData('municipalities.list').data;
  const municipalityOptions = useMemo(() => optionsFrom(municipalities, (m) => m.id, (m) => m.name), [municipalities]);
  const select = (id: string, label: string, value: string | null | undefined, options: readonly { value: string; label: string }[],
    set: (v: string) => ThemeFilter) => (
    <div className="kern-form-input table-filters__select">
      <label className="kern-label" htmlFor={id}>{label}</label>
      <div className="kern-form-input__select-wrapper">
        <select id={id} className="kern-form-input__select" value={value ?? ''} onChange={(e) => onChange(set(e.target.value))}>
          <option value="">alle</option>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </div>
    </div>
  );
  return (
    <div className="table-filters theme-filters" role="group" aria-label="Themen filtern">
      {select('theme-filter-field', 'Handlungsfeld', filter.fieldOfAction, enumOptions(enums, 'fieldOfAction'),
        (v) => ({ ...filter, fieldOfAction: v || undefined }))}
      {select('theme-filter-municipality', 'Kommune', filter.municipalityId, municipalityOptions,
        (v) => ({ ...filter, municipalityId: v || undefined }))}
      {select('theme-filter-source', 'Quelle', filter.source, SOURCES,
        (v) => ({ ...filter, source: (v || undefined) as ThemeFilter['source'] }))}
    </div>
  );
}
