import { Dialog } from '../Dialog';
import { EntityForm } from './EntityForm';
import { ErrorSummary } from './ErrorSummary';
import type { FieldSpec } from './fieldSpec';
import { useEntityForm } from './useEntityForm';

interface FormDialogProps {
  title: string;
  fields: readonly FieldSpec[];
  record?: Record<string, unknown>;
  submitLabel: string;
  save(input: Record<string, unknown>): Promise<unknown>;
  onSaved(): void;
  onClose(): void;
}

/** Create or edit one record in a modal dialog; closes only after the core accepted the save. */
export function FormDialog({ title, fields, record, submitLabel, save, onSaved, onClose }: FormDialogProps) {
  const form = useEntityForm(fields, record, save);
  const submit = async () => {
    if (await form.submit()) onSaved();
  };
  return (
    <Dialog title={title} onClose={onClose} busy={form.busy} wide={fields.length > 4}>
      <div ref={(el) => { form.containerRef.current = el; }}>
        <EntityForm
          fields={fields}
          values={form.values}
          errors={form.errors}
          onChange={form.setValue}
          onSubmit={submit}
          bodyClassName="kern-dialog__body app-dialog__scroll"
          before={<ErrorSummary failure={form.failure} messages={form.summary} />}
          after={(
            <footer className="kern-dialog__footer">
              <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}>
                <span className="kern-label">Abbrechen</span>
              </button>
              <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={form.busy || undefined}>
                <span className="kern-label">{form.busy ? 'Wird gespeichert …' : submitLabel}</span>
              </button>
            </footer>
          )}
        />
      </div>
    </Dialog>
  );
}
