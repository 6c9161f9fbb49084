import { useId, useRef, useState } from 'react';
import { ApiFailure } from '../api/ApiFailure';

interface AutoSaveTextareaProps {
  label: string;
  initial: string;
  save(text: string): Promise<unknown>;
  rows?: number;
  hint?: string;
}

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/**
 * A text that saves itself when the user leaves the field, and says so next to it ("gespeichert"), so long minutes
 * never depend on remembering a button. A refused save keeps the text and shows the core's message at the field.
 */
export function AutoSaveTextarea({ label, initial, save, rows = 4, hint }: AutoSaveTextareaProps) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const saved = useRef(initial);

  const commit = async () => {
    if (text === saved.current) return;
    setState({ kind: 'saving' });
    try {
      await save(text);
      saved.current = text;
      setState({ kind: 'saved' });
    } catch (error) {
      setState({ kind: 'failed', message: ApiFailure.from(error).message });
    }
  };

  const failed = state.kind === 'failed';
  const describedBy = [hint ? `${id}-hint` : null, `${id}-state`].filter(Boolean).join(' ');
  return (
    <div className={`kern-form-input autosave${failed ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>{label}</label>
      {hint ? <div className="kern-hint" id={`${id}-hint`}>{hint}</div> : null}
      <textarea id={id} className={`kern-form-input__input${failed ? ' kern-form-input__input--error' : ''}`} rows={rows} value={text}
        aria-invalid={failed || undefined} aria-describedby={describedBy}
        onChange={(e) => { setText(e.target.value); if (state.kind !== 'saving') setState({ kind: 'idle' }); }}
        onBlur={() => void commit()} />
      <p id={`${id}-state`} className={`kern-body kern-body--small autosave__state${failed ? ' kern-error' : ''}`} role="status">
        {state.kind === 'saving' ? 'Wird gespeichert …' : null}
        {state.kind === 'saved' ? <><span className="kern-icon kern-icon--check kern-icon--small" aria-hidden="true" /> gespeichert</> : null}
        {state.kind === 'failed' ? `Nicht gespeichert: ${state.message}` : null}
      </p>
    </div>
  );
}
