import type { Option } from '../../components/form/fieldSpec';
import { FormField } from '../../components/form/FormField';
import type { ParticipantDraft } from './reconstructionForm';

interface ParticipantsEditorProps {
  rows: readonly ParticipantDraft[];
  organisations: readonly Option[];
  onChange(rows: ParticipantDraft[]): void;
  errorsAt(path: string): string[];
}

/** Participating organisations with their role in the case; never people, so there is no name field at all. */
export function ParticipantsEditor({ rows, organisations, onChange, errorsAt }: ParticipantsEditorProps) {
  const set = (index: number, patch: Partial<ParticipantDraft>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <fieldset className="kern-fieldset form-field--wide participants">
      <legend className="kern-label">Beteiligte Organisationen</legend>
      <p className="kern-hint">Organisationen und ihre Rolle im Fall (z. B. „fallführend“, „Leistungsträger“) – keine Namen von Personen.</p>
      {rows.length === 0 ? <p className="kern-body kern-body--small">Noch keine Organisation eingetragen.</p> : null}
      <ol className="participants__list">
        {rows.map((row, i) => (
          <li key={i} className="participants__row">
            <FormField id={`participant-${i}-org`} value={row.organisationId} errors={errorsAt(`participants.${i}.organisationId`)}
              onChange={(v) => set(i, { organisationId: String(v) })}
              field={{ name: `org${i}`, label: `Organisation ${i + 1}`, kind: 'select', required: true, options: organisations }} />
            <FormField id={`participant-${i}-role`} value={row.role} errors={errorsAt(`participants.${i}.role`)}
              onChange={(v) => set(i, { role: String(v) })}
              field={{ name: `role${i}`, label: `Rolle von Organisation ${i + 1}`, kind: 'text', required: true, maxLength: 200 }} />
            <button type="button" className="kern-btn kern-btn--tertiary participants__remove" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              <span className="kern-icon kern-icon--delete" aria-hidden="true" />
              <span className="kern-label">Organisation {i + 1} entfernen</span>
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="kern-btn kern-btn--secondary" onClick={() => onChange([...rows, { organisationId: '', role: '' }])}>
        <span className="kern-icon kern-icon--add" aria-hidden="true" />
        <span className="kern-label">Organisation hinzufügen</span>
      </button>
    </fieldset>
  );
}
