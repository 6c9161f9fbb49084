import { useId } from 'react';
import './checkboxGroup.css';
import type { Option } from './fieldSpec';

interface CheckboxGroupProps {
  legend: string;
  options: readonly Option[];
  selected: readonly string[];
  onChange(selected: string[]): void;
  errors?: readonly string[];
  hint?: string;
  disabled?: boolean;
}

/**
 * Several choices out of a short list (the Kommunen of a round table) as a KERN fieldset of checkboxes: every
 * choice is visible at once and reachable with Tab and Space, which a multiple <select> is not.
 */
export function CheckboxGroup({ legend, options, selected, onChange, errors = [], hint, disabled = false }: CheckboxGroupProps) {
  const id = useId();
  const invalid = errors.length > 0;
  const describedBy = [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const toggle = (value: string, checked: boolean) => {
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  };
  return (
    <fieldset className={`kern-fieldset checkbox-group${invalid ? ' kern-fieldset--error' : ''}`} aria-describedby={describedBy} disabled={disabled}>
      <legend className="kern-label">{legend}</legend>
      {hint ? <div className="kern-hint" id={`${id}-hint`}>{hint}</div> : null}
      <div className="kern-fieldset__body checkbox-group__body">
        {options.map((o, i) => (
          <div className="kern-form-check" key={o.value}>
            <input id={`${id}-${i}`} type="checkbox" className={`kern-form-check__checkbox${invalid ? ' kern-form-check__checkbox--error' : ''}`}
              checked={selected.includes(o.value)} aria-invalid={invalid || undefined}
              onChange={(e) => toggle(o.value, e.target.checked)} />
            <label className="kern-label" htmlFor={`${id}-${i}`}>{o.label}</label>
          </div>
        ))}
      </div>
      {invalid ? (
        <p className="kern-error" id={`${id}-error`}>
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-body">{errors.join(' ')}</span>
        </p>
      ) : null}
    </fieldset>
  );
}
