import { useId } from 'react';
import { PrivacyNotes } from './PrivacyNotes';
import type { ScanHit } from './privacySegments';

interface PrivacyTextareaProps {
  label: string;
  value: string;
  onChange(value: string): void;
  hits: readonly ScanHit[];
  errors: readonly string[];
  hint?: string;
  required?: boolean;
  rows?: number;
  maxLength?: number;
  single?: boolean;
}

/**
 * A free-text field watched by the privacy guard: label, hint, the core's refusal and the guard's findings all tied to
 * the control with aria-describedby, so a screen reader reads why the text cannot be saved as it is.
 */
export function PrivacyTextarea({ label, value, onChange, hits, errors, hint, required, rows = 5, maxLength, single = false }: PrivacyTextareaProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const notesId = hits.length > 0 ? `${id}-privacy` : undefined;
  const invalid = errors.length > 0;
  const common = {
    id,
    value,
    maxLength,
    'aria-describedby': [hintId, errorId, notesId].filter(Boolean).join(' ') || undefined,
    'aria-invalid': invalid || undefined,
    'aria-required': required || undefined,
    className: `kern-form-input__input${invalid ? ' kern-form-input__input--error' : ''}`,
  };
  return (
    <div className="form-field form-field--wide">
      <div className={`kern-form-input${invalid ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label" htmlFor={id}>
          {label}
          {required ? <span className="required-mark" aria-hidden="true"> *</span> : null}
        </label>
        {hint ? <div className="kern-hint" id={hintId}>{hint}</div> : null}
        {single
          ? <input {...common} type="text" autoComplete="off" onChange={(e) => onChange(e.target.value)} />
          : <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />}
        {errorId ? (
          <p className="kern-error" id={errorId}>
            <span className="kern-icon kern-icon--danger" aria-hidden="true" />
            <span className="kern-body">{errors.join(' ')}</span>
          </p>
        ) : null}
        <PrivacyNotes id={`${id}-privacy`} text={value} hits={hits} />
      </div>
    </div>
  );
}
