import { enumLabel, useEnums } from '../../../../api/enums';
import { FormField } from '../../../../components/form/FormField';
import type { DecisionFormState, DecisionResult } from './decisionForm';

interface VoteFieldsProps {
  state: DecisionFormState;
  set(patch: Partial<DecisionFormState>): void;
  errorsAt(path: string): string[];
  idPrefix: string;
}

const RESULTS: DecisionResult[] = ['CONSENSUS', 'UNANIMOUS', 'VOTE'];
const COUNTS = [
  { name: 'votesYes', label: 'Ja-Stimmen' },
  { name: 'votesNo', label: 'Nein-Stimmen' },
  { name: 'votesAbstain', label: 'Enthaltungen' },
] as const;

/** How the decision was taken: consensus, unanimous or by vote, with the counts where votes were counted. */
export function VoteFields({ state, set, errorsAt, idPrefix }: VoteFieldsProps) {
  const enums = useEnums();
  const resultErrors = errorsAt('result');
  return (
    <>
      <fieldset className={`kern-fieldset form-field--wide${resultErrors.length ? ' kern-fieldset--error' : ''}`}>
        <legend className="kern-label">Ergebnis</legend>
        <div className="kern-fieldset__body kern-fieldset__body--horizontal">
          {RESULTS.map((r) => (
            <div className="kern-form-check" key={r}>
              <input id={`${idPrefix}-result-${r}`} className="kern-form-check__radio" type="radio" name={`${idPrefix}-result`} value={r}
                checked={state.result === r} onChange={() => set({ result: r })} />
              <label className="kern-label" htmlFor={`${idPrefix}-result-${r}`}>{enumLabel(enums, 'decisionResult', r)}</label>
            </div>
          ))}
        </div>
        {resultErrors.length ? <p className="kern-error"><span className="kern-body">{resultErrors.join(' ')}</span></p> : null}
      </fieldset>
      {state.result !== 'CONSENSUS' ? (
        <div className="vote-counts form-field--wide">
          {state.result === 'UNANIMOUS' ? (
            <p className="kern-body kern-body--small vote-counts__hint">Stimmen zählen ist bei „einstimmig“ freiwillig.</p>
          ) : null}
          {COUNTS.map((c) => (
            <FormField key={c.name} id={`${idPrefix}-${c.name}`} value={state[c.name]} errors={errorsAt(c.name)}
              field={{ name: c.name, label: c.label, kind: 'integer', required: state.result === 'VOTE' && c.name !== 'votesAbstain' }}
              onChange={(v) => set({ [c.name]: String(v) })} />
          ))}
        </div>
      ) : null}
    </>
  );
}
