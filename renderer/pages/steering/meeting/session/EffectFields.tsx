import { useMemo } from 'react';
import { enumLabel, useEnums } from '../../../../api/enums';
import { useApiData } from '../../../../api/useApiData';
import { FormField } from '../../../../components/form/FormField';
import { optionsFrom } from '../../../../components/form/options';
import type { DecisionFormState } from './decisionForm';
import { ThemeStatusField } from './ThemeStatusField';

interface EffectFieldsProps {
  state: DecisionFormState;
  set(patch: Partial<DecisionFormState>): void;
  errorsAt(path: string): string[];
  idPrefix: string;
  /** Measures linked to the agenda item: the ones this decision can approve. */
  measures: readonly { id: string; title: string }[];
}

const GROUP_KINDS = ['PROJECT_GROUP', 'WORKING_GROUP', 'WORKING_CIRCLE', 'OTHER'] as const;

/** What the decision sets in motion, recorded with it in one step: a commissioned group, a theme's status, approved measures. */
export function EffectFields({ state, set, errorsAt, idPrefix, measures }: EffectFieldsProps) {
  const enums = useEnums();
  const persons = useApiData('persons.list').data;
  const themes = useApiData('themes.list').data;
  const personOptions = useMemo(() => optionsFrom(persons, (p) => p.id, (p) => p.name), [persons]);
  const themeOptions = useMemo(() => optionsFrom(themes, (t) => t.id, (t) => t.title), [themes]);
  const g = state.group;
  const setGroup = (patch: Partial<DecisionFormState['group']>) => set({ group: { ...g, ...patch } });
  const cg = (name: string) => errorsAt(`effects.commissionGroup.${name}`);
  const check = (id: string, label: string, checked: boolean, onChange: (v: boolean) => void) => (
    <div className="kern-form-check form-field--wide" key={id}>
      <input id={`${idPrefix}-${id}`} type="checkbox" className="kern-form-check__checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label className="kern-label" htmlFor={`${idPrefix}-${id}`}>{label}</label>
    </div>
  );
  return (
    <fieldset className="kern-fieldset form-field--wide effect-fields">
      <legend className="kern-label">Wirkungen des Beschlusses (optional)</legend>
      <div className="form-grid">
        {check('commission', 'Eine Gruppe beauftragen', state.commission, (v) => set({ commission: v }))}
        {state.commission ? (
          <>
            <FormField id={`${idPrefix}-g-kind`} value={g.kind} errors={cg('kind')} onChange={(v) => setGroup({ kind: String(v) })}
              field={{ name: 'kind', label: 'Art der Gruppe', kind: 'select', required: true,
                options: GROUP_KINDS.map((k) => ({ value: k, label: enumLabel(enums, 'committeeKind', k) })) }} />
            <FormField id={`${idPrefix}-g-name`} value={g.name} errors={cg('name')} onChange={(v) => setGroup({ name: String(v) })}
              field={{ name: 'name', label: 'Name der Gruppe', kind: 'text', required: true, maxLength: 200 }} />
            <FormField id={`${idPrefix}-g-mandate`} value={g.mandate} errors={cg('mandate')} onChange={(v) => setGroup({ mandate: String(v) })}
              field={{ name: 'mandate', label: 'Auftrag', kind: 'textarea', required: true }} />
            <FormField id={`${idPrefix}-g-end`} value={g.plannedEndDate} errors={cg('plannedEndDate')} onChange={(v) => setGroup({ plannedEndDate: String(v) })}
              field={{ name: 'plannedEndDate', label: 'Geplantes Ende', kind: 'date' }} />
            <FormField id={`${idPrefix}-g-lead`} value={g.leadPersonId} errors={cg('leadPersonId')} onChange={(v) => setGroup({ leadPersonId: String(v) })}
              field={{ name: 'leadPersonId', label: 'Leitung (Person)', kind: 'select', options: personOptions }} />
            {g.reportDueDates.map((d, i) => (
              <FormField key={i} id={`${idPrefix}-g-due${i}`} value={d} errors={cg(`reportDueDates.${i}`)}
                onChange={(v) => setGroup({ reportDueDates: g.reportDueDates.map((x, j) => (j === i ? String(v) : x)) as [string, string, string] })}
                field={{ name: `due${i}`, label: `${i + 1}. Berichtstermin`, kind: 'date' }} />
            ))}
          </>
        ) : null}
        {check('change-theme', 'Den Status eines Themas ändern', state.changeTheme, (v) => set({ changeTheme: v }))}
        {state.changeTheme ? (
          <>
            <FormField id={`${idPrefix}-theme`} value={state.themeId} errors={errorsAt('effects.themeStatus.themeId')} onChange={(v) => set({ themeId: String(v) })}
              field={{ name: 'themeId', label: 'Thema', kind: 'select', required: true, options: themeOptions }} />
            {state.themeId ? (
              <ThemeStatusField id={`${idPrefix}-theme-status`} themeId={state.themeId} value={state.themeStatus}
                errors={errorsAt('effects.themeStatus.status')} onChange={(status) => set({ themeStatus: status })} />
            ) : null}
          </>
        ) : null}
        {measures.length > 0 ? (
          <fieldset className="kern-fieldset form-field--wide">
            <legend className="kern-label">Maßnahmen zustimmen</legend>
            <div className="kern-fieldset__body">
              {measures.map((m) => check(`m-${m.id}`, m.title, state.measureIds.includes(m.id),
                (v) => set({ measureIds: v ? [...state.measureIds, m.id] : state.measureIds.filter((x) => x !== m.id) })))}
            </div>
          </fieldset>
        ) : null}
      </div>
    </fieldset>
  );
}
