import { useMemo, useState } from 'react';
import { ApiFailure } from '../../api/ApiFailure';
import { api } from '../../api/client';
import { enumLabel, enumOptions, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import { ActionDialog } from '../../components/ActionDialog';
import { CheckboxGroup } from '../../components/form/CheckboxGroup';
import { FormField } from '../../components/form/FormField';
import { optionsFrom } from '../../components/form/options';
import { measureInput, type MeasureDraft } from './measureForm';

interface MeasureDialogProps {
  draft: MeasureDraft;
  /** Statuses the core accepts next (from measures.get); a new measure starts as proposed. */
  nextStatuses: readonly string[];
  onSaved(warnings: string[]): void;
  onClose(): void;
}

/** A measure with its target agreement, responsible organisations, dates, yearly budgets and – later – its result. */
export function MeasureDialog({ draft: initial, nextStatuses, onSaved, onClose }: MeasureDialogProps) {
  const enums = useEnums();
  const organisations = useApiData('organisations.list').data;
  const groups = useApiData('groups.list').data;
  const [d, setD] = useState(initial);
  const set = (patch: Partial<MeasureDraft>) => setD((x) => ({ ...x, ...patch }));
  const orgOptions = useMemo(() => optionsFrom(organisations, (o) => o.id, (o) => o.name), [organisations]);
  const groupOptions = useMemo(() => optionsFrom(groups, (g) => g.id, (g) => g.name), [groups]);
  const statusOptions = [d.status, ...nextStatuses.filter((s) => s !== d.status)]
    .map((s) => ({ value: s, label: enumLabel(enums, 'measureStatus', s) }));

  const submit = async () => {
    const { input, issues } = measureInput(d);
    if (issues.length > 0) throw new ApiFailure('VALIDATION', issues[0].message, issues);
    const saved = d.id ? await api.send('measures.update', { id: d.id, ...input }) : await api.send('measures.create', input);
    onSaved(saved.warnings);
  };
  const text = (name: 'title' | 'targetAgreement' | 'indicators' | 'result' | 'evidence', label: string, kind: 'text' | 'textarea', errorsAt: (f: string) => string[], hint?: string) => (
    <FormField id={`measure-${name}`} value={d[name]} errors={errorsAt(name)} onChange={(v) => set({ [name]: String(v) })} autoFocus={name === 'title'}
      field={{ name, label, kind, required: name === 'title', wide: true, hint }} />
  );

  return (
    <ActionDialog title={d.id ? `Maßnahme bearbeiten: ${initial.title}` : 'Neue Maßnahme'} submitLabel="Maßnahme speichern" submit={submit} onClose={onClose}>
      {(errorsAt) => (
        <div className="form-grid">
          {text('title', 'Titel', 'text', errorsAt)}
          {text('targetAgreement', 'Zielvereinbarung', 'textarea', errorsAt)}
          {text('indicators', 'Indikatoren', 'textarea', errorsAt, 'Woran erkennen alle, dass die Maßnahme wirkt?')}
          <FormField id="measure-status" value={d.status} errors={errorsAt('status')} onChange={(v) => set({ status: String(v) })}
            field={{ name: 'status', label: 'Status', kind: 'select', required: true, options: statusOptions,
              hint: d.status === 'PROPOSED' && d.themeId ? '„beschlossen“ setzt ein Beschluss der Lenkungsgruppe (Wirkung „Maßnahmen zustimmen“).' : undefined }} />
          <FormField id="measure-group" value={d.committeeId} errors={errorsAt('committeeId')} onChange={(v) => set({ committeeId: String(v) })}
            field={{ name: 'committeeId', label: 'Gruppe', kind: 'select', options: groupOptions }} />
          <FormField id="measure-start" value={d.startDate} errors={errorsAt('startDate')} onChange={(v) => set({ startDate: String(v) })}
            field={{ name: 'startDate', label: 'Beginn', kind: 'date' }} />
          <FormField id="measure-end" value={d.endDate} errors={errorsAt('endDate')} onChange={(v) => set({ endDate: String(v) })}
            field={{ name: 'endDate', label: 'Ende', kind: 'date' }} />
          <div className="form-field--wide wide-checks">
            <CheckboxGroup legend="Verantwortliche Organisationen" options={orgOptions} selected={d.responsibleOrganisationIds}
              onChange={(responsibleOrganisationIds) => set({ responsibleOrganisationIds })} errors={errorsAt('responsibleOrganisationIds')} />
          </div>
          <fieldset className="kern-fieldset form-field--wide budget-rows">
            <legend className="kern-label">Budget</legend>
            <p className="kern-hint">Schnittstellenmaßnahmen höchstens 10.000 € je Jahr, Veranstaltungsformate höchstens 5.000 € je Jahr (über alle Maßnahmen).</p>
            <div className="form-grid">
              <FormField id="measure-line" value={d.budgetLine} errors={errorsAt('budgetLine')} onChange={(v) => set({ budgetLine: String(v) })}
                field={{ name: 'budgetLine', label: 'Haushaltsposition', kind: 'select', options: enumOptions(enums, 'budgetLine'), wide: true }} />
              {d.budgets.map((b, i) => (
                <div key={i} className="budget-row form-field--wide">
                  <FormField id={`measure-budget-${i}-year`} value={b.year} errors={errorsAt(`budgets.${i}.year`)}
                    onChange={(v) => set({ budgets: d.budgets.map((x, j) => (j === i ? { ...x, year: String(v) } : x)) })}
                    field={{ name: `year${i}`, label: `Jahr ${i + 1}`, kind: 'integer' }} />
                  <FormField id={`measure-budget-${i}-amount`} value={b.amount} errors={errorsAt(`budgets.${i}.amountCents`)}
                    onChange={(v) => set({ budgets: d.budgets.map((x, j) => (j === i ? { ...x, amount: String(v) } : x)) })}
                    field={{ name: `amount${i}`, label: `Betrag ${i + 1} (€)`, kind: 'money' }} />
                  <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => set({ budgets: d.budgets.filter((_, j) => j !== i) })}>
                    <span className="kern-label">Jahr {i + 1} entfernen</span>
                  </button>
                </div>
              ))}
            </div>
            <button type="button" className="kern-btn kern-btn--secondary"
              onClick={() => set({ budgets: [...d.budgets, { year: nextYear(d), amount: '' }] })}>
              <span className="kern-icon kern-icon--add" aria-hidden="true" />
              <span className="kern-label">Jahr hinzufügen</span>
            </button>
          </fieldset>
          {text('result', 'Ergebnis', 'textarea', errorsAt, 'Was die Maßnahme bewirkt hat – für die Rückmeldung an die Lenkungsgruppe.')}
          {text('evidence', 'Nachweise', 'textarea', errorsAt)}
        </div>
      )}
    </ActionDialog>
  );
}

/** The year after the last budget row, or the start year; empty when neither is known yet. */
function nextYear(d: MeasureDraft): string {
  const years = d.budgets.map((b) => Number(b.year)).filter((y) => Number.isFinite(y) && y > 0);
  if (years.length > 0) return String(Math.max(...years) + 1);
  return d.startDate.slice(0, 4);
}
