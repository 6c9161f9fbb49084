import { useId, useState } from 'react';
import { api, ApiFailure } from '../../../api/client';
import { ActionDialog } from '../../../components/ActionDialog';
import { formatCents, formatCentsPlain } from '../../../format/money';
import { parseAmount } from './amountInput';
import { explainPlanLine, type PlanLine } from './planExplanation';

interface OverrideDialogProps {
  fundingYearId: string;
  line: PlanLine;
  onSaved(message: string): void;
  onClose(): void;
}

/** The office's own planned amount for a line (e.g. as granted in the notice), with the reason. */
export function OverrideDialog({ fundingYearId, line, onSaved, onClose }: OverrideDialogProps) {
  const amountId = useId();
  const noteId = useId();
  const [amount, setAmount] = useState(formatCentsPlain(line.overrideCents ?? line.computedCents));
  const [note, setNote] = useState(line.overrideNote ?? '');
  const submit = async () => {
    const parsed = parseAmount(amount, 'Planansatz');
    if (!parsed.ok) throw new ApiFailure('VALIDATION', parsed.message, [{ field: 'plannedCents', message: parsed.message }]);
    await api.send('funding.setPlanOverride', { fundingYearId, budgetLine: line.budgetLine, plannedCents: parsed.cents, note });
    onSaved(`Planansatz „${line.label}“: ${formatCents(parsed.cents)} als eigener Ansatz gespeichert.`);
  };
  return (
    <ActionDialog title={`Ansatz überschreiben: ${line.label}`} submitLabel="Ansatz speichern" submit={submit} onClose={onClose} wide={false}>
      {(errorsAt) => {
        const amountErrors = errorsAt('plannedCents');
        const noteErrors = errorsAt('note');
        return (
          <>
            <p className="kern-body">
              Berechnet: {formatCents(line.computedCents)} ({explainPlanLine(line)}). Ein eigener Ansatz ersetzt die Berechnung, bis
              Sie sie wiederherstellen.
            </p>
            <div className={`kern-form-input${amountErrors.length ? ' kern-form-input--error' : ''}`}>
              <label className="kern-label" htmlFor={amountId}>Planansatz in Euro<span className="required-mark" aria-hidden="true"> *</span></label>
              <div className="kern-hint" id={`${amountId}-hint`}>z. B. 57.000,00</div>
              <input id={amountId} className="kern-form-input__input" inputMode="decimal" autoComplete="off" value={amount} data-autofocus
                aria-required aria-invalid={amountErrors.length > 0 || undefined}
                aria-describedby={`${amountId}-hint${amountErrors.length ? ` ${amountId}-error` : ''}`}
                onChange={(e) => setAmount(e.target.value)} />
              {amountErrors.length ? <FieldError id={`${amountId}-error`} messages={amountErrors} /> : null}
            </div>
            <div className={`kern-form-input${noteErrors.length ? ' kern-form-input--error' : ''}`}>
              <label className="kern-label" htmlFor={noteId}>Begründung</label>
              <div className="kern-hint" id={`${noteId}-hint`}>z. B. „laut Zuwendungsbescheid vom …“</div>
              <input id={noteId} className="kern-form-input__input" autoComplete="off" value={note} maxLength={500}
                aria-invalid={noteErrors.length > 0 || undefined}
                aria-describedby={`${noteId}-hint${noteErrors.length ? ` ${noteId}-error` : ''}`}
                onChange={(e) => setNote(e.target.value)} />
              {noteErrors.length ? <FieldError id={`${noteId}-error`} messages={noteErrors} /> : null}
            </div>
          </>
        );
      }}
    </ActionDialog>
  );
}

function FieldError({ id, messages }: { id: string; messages: string[] }) {
  return (
    <p className="kern-error" id={id}>
      <span className="kern-icon kern-icon--danger" aria-hidden="true" />
      <span className="kern-body">{messages.join(' ')}</span>
    </p>
  );
}
