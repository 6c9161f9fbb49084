import type { FieldSpec } from './fieldSpec';

interface FormFieldProps {
  field: FieldSpec;
  id: string;
  value: string | boolean;
  errors: readonly string[];
  onChange(value: string | boolean): void;
  /** Marks the control a dialog focuses first. */
  autoFocus?: boolean;
}

const INPUT_TYPE: Partial<Record<FieldSpec['kind'], string>> = {
  text: 'text', email: 'email', tel: 'tel', date: 'date', time: 'time', datetime: 'datetime-local',
};
const INPUT_MODE: Partial<Record<FieldSpec['kind'], 'decimal' | 'numeric'>> = { money: 'decimal', fte: 'decimal', integer: 'numeric' };

/**
 * One labelled control in KERN markup. Errors sit under the control and are tied to it with aria-describedby,
 * so a screen reader reads label, hint and error together; aria-invalid marks the control itself.
 */
export function FormField({ field, id, value, errors, onChange, autoFocus = false }: FormFieldProps) {
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const invalid = errors.length > 0;
  const common = {
    id,
    name: field.name,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    'aria-required': field.required || undefined,
    'data-autofocus': autoFocus || undefined,
  };

  if (field.kind === 'checkbox') {
    return (
      <div className={`form-field${field.wide ? ' form-field--wide' : ''}`}>
        <div className={`kern-form-check${invalid ? ' kern-form-check--error' : ''}`}>
          <input {...common} type="checkbox" className={`kern-form-check__checkbox${invalid ? ' kern-form-check__checkbox--error' : ''}`}
            checked={Boolean(value)} onChange={(e) => onChange(e.target.checked)} />
          <label className="kern-label" htmlFor={id}>{field.label}</label>
          {field.hint ? <p className="kern-hint form-field__check-hint" id={hintId}>{field.hint}</p> : null}
          <FieldErrors id={errorId} errors={errors} />
        </div>
      </div>
    );
  }

  const text = String(value);
  return (
    <div className={`form-field${field.wide || field.kind === 'textarea' ? ' form-field--wide' : ''}`}>
      <div className={`kern-form-input${invalid ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label" htmlFor={id}>
          {field.label}
          {field.required ? <span className="required-mark" aria-hidden="true"> *</span> : null}
        </label>
        {field.hint ? <div className="kern-hint" id={hintId}>{field.hint}</div> : null}
        {field.kind === 'select' ? (
          <div className="kern-form-input__select-wrapper">
            <select {...common} className={`kern-form-input__select${invalid ? ' kern-form-input__select--error' : ''}`}
              value={text} onChange={(e) => onChange(e.target.value)}>
              {field.required && text !== '' ? null : <option value="">{field.required ? 'Bitte auswählen' : '– keine Angabe –'}</option>}
              {(field.options ?? []).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          </div>
        ) : field.kind === 'textarea' ? (
          <textarea {...common} className={`kern-form-input__input${invalid ? ' kern-form-input__input--error' : ''}`}
            value={text} maxLength={field.maxLength} rows={4} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...common} className={`kern-form-input__input${invalid ? ' kern-form-input__input--error' : ''}`}
            type={INPUT_TYPE[field.kind] ?? 'text'} inputMode={INPUT_MODE[field.kind]} value={text} maxLength={field.maxLength}
            autoComplete="off" onChange={(e) => onChange(e.target.value)} />
        )}
        <FieldErrors id={errorId} errors={errors} />
      </div>
    </div>
  );
}

function FieldErrors({ id, errors }: { id: string | undefined; errors: readonly string[] }) {
  if (!id) return null;
  return (
    <p className="kern-error" id={id}>
      <span className="kern-icon kern-icon--danger" aria-hidden="true" />
      <span className="kern-body">{errors.join(' ')}</span>
    </p>
  );
}
