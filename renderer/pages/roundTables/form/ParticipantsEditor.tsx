import { useId } from 'react';
import type { OutputOf } from '../../../../db/api/contract';
import { enumOptions, useEnums } from '../../../api/enums';
import type { FieldIssue, Option } from '../../../components/form/fieldSpec';
import { issuesAt, newParticipant, type ParticipantDraft } from './roundTableForm';

interface ParticipantsEditorProps {
  drafts: readonly ParticipantDraft[];
  onChange(drafts: ParticipantDraft[]): void;
  organisations: readonly Option[];
  persons: OutputOf<'persons.list'> | undefined;
  issues: readonly FieldIssue[];
}

/**
 * Who took part, by organisation and role: a named person where it matters, otherwise a head count
 * ("12 kommunale Mitarbeitende"). One line per group; lines can be added and removed.
 */
export function ParticipantsEditor({ drafts, onChange, organisations, persons, issues }: ParticipantsEditorProps) {
  const enums = useEnums();
  const id = useId();
  const roles = enumOptions(enums, 'participantRole');
  const update = (index: number, patch: Partial<ParticipantDraft>) => {
    onChange(drafts.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  };
  const personOptions = (organisationId: string): Option[] => (persons ?? [])
    .filter((p) => !organisationId || p.organisationId === organisationId)
    .map((p) => ({ value: p.id, label: p.organisationName && !organisationId ? `${p.name} (${p.organisationName})` : p.name }));

  return (
    <fieldset className="kern-fieldset participants-editor">
      <legend className="kern-label">Teilnehmende</legend>
      <p className="kern-hint">Je Zeile eine Gruppe: Rolle, Organisation, wo nötig eine Person, sonst die Anzahl.</p>
      <ol className="participants-editor__list">
        {drafts.map((d, i) => {
          const line = `Zeile ${i + 1}`;
          const control = (name: keyof ParticipantDraft) => `${id}-${d.key}-${name}`;
          const errorsOf = (name: string) => issuesAt(issues, `participants.${i}.${name}`);
          const select = (name: 'role' | 'organisationId' | 'personId', label: string, options: readonly Option[], required = false) => {
            const errors = errorsOf(name);
            return (
              <div className={`kern-form-input${errors.length ? ' kern-form-input--error' : ''}`}>
                <label className="kern-label" htmlFor={control(name)}>{label}<span className="visually-hidden"> ({line})</span></label>
                <div className="kern-form-input__select-wrapper">
                  <select id={control(name)} className="kern-form-input__select" value={d[name]} aria-invalid={errors.length > 0 || undefined}
                    aria-describedby={errors.length ? `${control(name)}-error` : undefined}
                    onChange={(e) => update(i, name === 'organisationId' ? { organisationId: e.target.value, personId: '' } : { [name]: e.target.value })}>
                    {required && d[name] ? null : <option value="">{required ? 'Bitte auswählen' : '– keine Angabe –'}</option>}
                    {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                  </select>
                </div>
                {errors.length ? <p className="kern-error" id={`${control(name)}-error`}><span className="kern-body">{errors.join(' ')}</span></p> : null}
              </div>
            );
          };
          const countErrors = errorsOf('headCount');
          return (
            <li key={d.key} className="participants-editor__row">
              {select('role', 'Rolle', roles, true)}
              {select('organisationId', 'Organisation', organisations)}
              {select('personId', 'Person', personOptions(d.organisationId))}
              <div className={`kern-form-input participants-editor__count${countErrors.length ? ' kern-form-input--error' : ''}`}>
                <label className="kern-label" htmlFor={control('headCount')}>Anzahl<span className="visually-hidden"> ({line})</span></label>
                <input id={control('headCount')} className="kern-form-input__input" inputMode="numeric" value={d.headCount} autoComplete="off"
                  aria-invalid={countErrors.length > 0 || undefined} aria-describedby={countErrors.length ? `${control('headCount')}-error` : undefined}
                  onChange={(e) => update(i, { headCount: e.target.value })} />
                {countErrors.length ? <p className="kern-error" id={`${control('headCount')}-error`}><span className="kern-body">{countErrors.join(' ')}</span></p> : null}
              </div>
              <div className="kern-form-input">
                <label className="kern-label" htmlFor={control('note')}>Bemerkung<span className="visually-hidden"> ({line})</span></label>
                <input id={control('note')} className="kern-form-input__input" value={d.note} maxLength={500} autoComplete="off"
                  onChange={(e) => update(i, { note: e.target.value })} />
              </div>
              <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small participants-editor__remove"
                title={`Entfernen: Teilnehmende ${line}`} onClick={() => onChange(drafts.filter((_, j) => j !== i))}>
                <span className="kern-icon kern-icon--delete" aria-hidden="true" />
                <span className="kern-sr-only">Entfernen: Teilnehmende {line}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" onClick={() => onChange([...drafts, newParticipant()])}>
        <span className="kern-icon kern-icon--add" aria-hidden="true" />
        <span className="kern-label">Teilnehmende hinzufügen</span>
      </button>
    </fieldset>
  );
}
