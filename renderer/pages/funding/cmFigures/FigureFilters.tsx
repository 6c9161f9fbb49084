import { useId, type ReactNode } from 'react';
import type { Option } from '../../../components/form/fieldSpec';
import { NONE, type FigureFilter, type PeriodMode } from './periodFilter';

interface FigureFiltersProps {
  filter: FigureFilter;
  onChange(filter: FigureFilter): void;
  years: readonly string[];
  providers: readonly Option[];
  municipalities: readonly Option[];
  fields: readonly Option[];
}

const MODES: { value: PeriodMode; label: string }[] = [
  { value: 'all', label: 'Alle Zeiträume' },
  { value: 'year', label: 'Jahr' },
  { value: 'half', label: 'Halbjahr' },
  { value: 'quarter', label: 'Quartal' },
  { value: 'range', label: 'Von – bis' },
];

/** Period, provider, municipality and field of action; the grid and its totals follow all of them. */
export function FigureFilters({ filter, onChange, years, providers, municipalities, fields }: FigureFiltersProps) {
  const set = (patch: Partial<FigureFilter>) => onChange({ ...filter, ...patch });
  const setMode = (mode: PeriodMode) => set({ mode, year: filter.year || years[0] || '', part: '1' });
  const parts = filter.mode === 'half' ? ['1. Halbjahr', '2. Halbjahr'] : ['1. Quartal', '2. Quartal', '3. Quartal', '4. Quartal'];
  return (
    <div className="cm-filters" role="search" aria-label="Fallzahlen filtern">
      <Select label="Zeitraum" value={filter.mode} onChange={(v) => setMode(v as PeriodMode)}>
        {MODES.map((m) => <option key={m.value} value={m.value}>{m.label}</option>)}
      </Select>
      {filter.mode === 'year' || filter.mode === 'half' || filter.mode === 'quarter' ? (
        <Select label="Jahr" value={filter.year} onChange={(year) => set({ year })}>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </Select>
      ) : null}
      {filter.mode === 'half' || filter.mode === 'quarter' ? (
        <Select label={filter.mode === 'half' ? 'Halbjahr' : 'Quartal'} value={filter.part} onChange={(part) => set({ part })}>
          {parts.map((p, i) => <option key={p} value={String(i + 1)}>{p}</option>)}
        </Select>
      ) : null}
      {filter.mode === 'range' ? (
        <>
          <DateInput label="Von" value={filter.from} onChange={(from) => set({ from })} />
          <DateInput label="Bis" value={filter.to} onChange={(to) => set({ to })} />
        </>
      ) : null}
      <Select label="Träger" value={filter.provider} onChange={(provider) => set({ provider })} wide>
        <option value="">Alle Träger</option>
        {providers.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </Select>
      <Select label="Kommune" value={filter.municipality} onChange={(municipality) => set({ municipality })}>
        <option value="">Alle Kommunen</option>
        <option value={NONE}>alle Kommunen (nicht aufgeschlüsselt)</option>
        {municipalities.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </Select>
      <Select label="Handlungsfeld" value={filter.field} onChange={(field) => set({ field })}>
        <option value="">Alle</option>
        <option value={NONE}>Gesamtzahlen (ohne Handlungsfeld)</option>
        {fields.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </Select>
    </div>
  );
}

function Select({ label, value, onChange, wide = false, children }: { label: string; value: string; onChange(v: string): void; wide?: boolean; children: ReactNode }) {
  const id = useId();
  return (
    <div className={`kern-form-input${wide ? ' cm-filters__wide' : ''}`}>
      <label className="kern-label" htmlFor={id}>{label}</label>
      <div className="kern-form-input__select-wrapper">
        <select id={id} className="kern-form-input__select" value={value} onChange={(e) => onChange(e.target.value)}>{children}</select>
      </div>
    </div>
  );
}

function DateInput({ label, value, onChange }: { label: string; value: string; onChange(v: string): void }) {
  const id = useId();
  return (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={id}>{label}</label>
      <input id={id} className="kern-form-input__input" type="date" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
