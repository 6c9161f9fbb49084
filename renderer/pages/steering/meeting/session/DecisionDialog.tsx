import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { OutputOf } from '../../../../../db/api/contract';
import { ApiFailure } from '../../../../api/ApiFailure';
import { api } from '../../../../api/client';
import { dataChanged } from '../../../../api/changes';
import { enumOptions, useEnums } from '../../../../api/enums';
import { Dialog } from '../../../../components/Dialog';
import { ErrorSummary } from '../../../../components/form/ErrorSummary';
import type { FieldIssue } from '../../../../components/form/fieldSpec';
import { FormField } from '../../../../components/form/FormField';
import type { MeetingDetail } from '../MeetingPage';
import { initialDecisionState, toDecisionFields, votesCast, type DecisionFormState } from './decisionForm';
import { EffectFields } from './EffectFields';
import { VoteFields } from './VoteFields';

type Item = MeetingDetail['agenda'][number];
type ItemQuorum = OutputOf<'attendance.get'>['items'][number];
export type ExistingDecision = OutputOf<'minutes.get'>['items'][number]['decisions'][number];

interface DecisionDialogProps {
  detail: MeetingDetail;
  item: Item;
  quorum: ItemQuorum | undefined;
  decision?: ExistingDecision;
  onClose(): void;
  onSaved(message: string): void;
}

const LABELS: Record<string, string> = { text: 'Beschlusstext', type: 'Art des Beschlusses', overrideReason: 'Begründung der Ausnahme' };

/**
 * Records (or corrects) a decision on one agenda item. Refusals land at their field: counts that exceed the voting
 * members present, or a missing quorum, ask for a recorded exception, which the field below then takes.
 */
export function DecisionDialog({ detail, item, quorum, decision, onClose, onSaved }: DecisionDialogProps) {
  const enums = useEnums();
  const prefix = useId();
  const themeLink = item.links.find((l) => l.targetType === 'THEME');
  const [state, setState] = useState<DecisionFormState>(() => initialDecisionState(
    { itemKind: item.kind, decisionMode: detail.rules.decisionMode, themeId: themeLink?.targetId ?? null }, decision));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<ApiFailure>();
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const body = useRef<HTMLDivElement>(null);
  const set = (patch: Partial<DecisionFormState>) => setState((s) => ({ ...s, ...patch }));

  useLayoutEffect(() => {
    if (attempt > 0) body.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const errorsAt = (path: string): string[] => {
    const direct = issues.filter((i) => i.field === path).map((i) => i.message);
    if (direct.length > 0 || issues.length > 0 || !failure) return direct;
    const label = LABELS[path];
    return label && failure.message.startsWith(`${label}:`) ? [failure.message] : [];
  };

  const showOverride = (quorum && !quorum.reached) || (state.result !== 'CONSENSUS' && quorum != null && votesCast(state) > quorum.presentVoting)
    || issues.some((i) => i.field === 'overrideReason') || state.overrideReason !== '';

  const submit = async () => {
    if (busy) return;
    const { fields, issues: local } = toDecisionFields(state, !decision);
    setFailure(undefined);
    if (local.length > 0) {
      setIssues(local);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const saved = decision
        ? await api.send('decisions.update', { ...fields, id: decision.id })
        : await api.send('decisions.create', { ...fields, agendaItemId: item.id });
      dataChanged();
      onSaved(`Beschluss ${saved.number ?? ''} zu ${item.number} wurde gespeichert: ${saved.resultText}.`);
    } catch (error) {
      const f = ApiFailure.from(error);
      setFailure(f);
      setIssues(f.issues);
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const summary = issues.length > 0 ? issues.map((i) => i.message) : failure ? [failure.message] : [];
  return (
    <Dialog title={`${decision ? 'Beschluss bearbeiten' : 'Beschluss erfassen'}: ${item.number}`} onClose={onClose} busy={busy} wide>
      <form noValidate className="entity-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <div className="kern-dialog__body app-dialog__scroll" ref={body}>
          <ErrorSummary failure={failure} messages={summary} />
          <p className="kern-body decision-item">{item.number} „{item.title}“</p>
          {quorum ? (
            <p className="kern-body kern-body--small">
              Stimmberechtigt anwesend bei {item.number}: {quorum.presentVoting} von {quorum.votingSeats}; beschlussfähig: {quorum.reached ? 'ja' : 'nein'}
              {' '}(erforderlich: {quorum.required}).
            </p>
          ) : null}
          <div className="form-grid">
            <FormField id={`${prefix}-text`} value={state.text} errors={errorsAt('text')} onChange={(v) => set({ text: String(v) })} autoFocus
              field={{ name: 'text', label: 'Beschlusstext', kind: 'textarea', required: true, hint: 'Wie er im Protokoll stehen soll: „Die Lenkungsgruppe beschließt …“' }} />
            <FormField id={`${prefix}-type`} value={state.type} errors={errorsAt('type')} onChange={(v) => set({ type: v as DecisionFormState['type'] })}
              field={{ name: 'type', label: 'Art des Beschlusses', kind: 'select', required: true, options: enumOptions(enums, 'decisionType') }} />
            <VoteFields state={state} set={set} errorsAt={errorsAt} idPrefix={prefix} />
            {showOverride ? (
              <FormField id={`${prefix}-override`} value={state.overrideReason} errors={errorsAt('overrideReason')}
                onChange={(v) => set({ overrideReason: String(v) })}
                field={{ name: 'overrideReason', label: 'Begründung der Ausnahme', kind: 'textarea', maxLength: 2000,
                  hint: 'Nur wenn trotz fehlender Beschlussfähigkeit oder abweichender Stimmenzahl beschlossen wurde; wird mit dem Beschluss gespeichert.' }} />
            ) : null}
            {decision ? null : (
              <EffectFields state={state} set={set} errorsAt={errorsAt} idPrefix={prefix}
                measures={item.links.filter((l) => l.targetType === 'MEASURE').map((l) => ({ id: l.targetId, title: l.title ?? 'Maßnahme' }))} />
            )}
          </div>
        </div>
        <footer className="kern-dialog__footer">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}><span className="kern-label">Abbrechen</span></button>
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={busy || undefined}>
            <span className="kern-label">{busy ? 'Wird gespeichert …' : 'Beschluss speichern'}</span>
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
