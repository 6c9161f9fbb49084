import { useId, useState, type FormEvent } from 'react';
import type { OutputOf } from '../../../../db/api/contract';
import { api, ApiFailure } from '../../../api/client';
import { dataChanged } from '../../../api/changes';
import { useApiData } from '../../../api/useApiData';
import { EmptyState } from '../../../components/EmptyState';
import { Loading } from '../../../components/Loading';
import { formatCents, formatCentsPlain } from '../../../format/money';
import { parseAmount } from './amountInput';

type Rate = OutputOf<'fundingRates.list'>[number];

/** The guideline's rates as they apply to this year; each can be changed in place (the plan is computed from them). */
export function RatesSection({ fundingYearId }: { fundingYearId: string }) {
  const { data, error } = useApiData('fundingRates.list', { fundingYearId });
  const [editingId, setEditingId] = useState<string>();
  const [notice, setNotice] = useState('');
  return (
    <section className="page-section" aria-labelledby="rates-heading">
      <h3 id="rates-heading" className="kern-heading-small">Fördersätze</h3>
      <p className="kern-body funding-hint">
        Die Sätze der Richtlinie für dieses Jahr. Eine Änderung gilt nur für dieses Förderjahr und ändert die berechneten Planansätze.
      </p>
      <p className="kern-body notice" role="status">{notice}</p>
      <Loading data={data} error={error} what="Fördersätze">
        {(rates) => rates.length === 0 ? <EmptyState>Für dieses Jahr sind keine Fördersätze erfasst.</EmptyState> : (
          <div className="kern-table-responsive">
            <table className="kern-table kern-table--small funding-table">
              <caption className="visually-hidden">Fördersätze</caption>
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">Budgetlinie</th>
                  <th scope="col" className="kern-table__header">Bezug</th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">Fördersatz</th>
                  <th scope="col" className="kern-table__header"><span className="visually-hidden">Aktionen</span></th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {rates.map((rate) => (
                  <tr className="kern-table__row" key={rate.id}>
                    <th scope="row" className="kern-table__cell">{rate.budgetLineLabel}</th>
                    <td className="kern-table__cell">{rate.unitLabel}</td>
                    {editingId === rate.id ? (
                      <td className="kern-table__cell" colSpan={2}>
                        <RateEditor rate={rate} onDone={(saved) => {
                          setEditingId(undefined);
                          // The editor is gone; its row's button is where the keyboard user continues.
                          requestAnimationFrame(() => document.getElementById(`rate-edit-${rate.id}`)?.focus());
                          if (saved) setNotice(`Fördersatz „${saved.budgetLineLabel}“: ${formatCents(saved.amountCents)} gespeichert.`);
                        }} />
                      </td>
                    ) : (
                      <>
                        <td className="kern-table__cell kern-table__cell--numeric">{formatCents(rate.amountCents)}</td>
                        <td className="kern-table__cell">
                          <button type="button" id={`rate-edit-${rate.id}`} className="kern-btn kern-btn--tertiary kern-btn--x-small"
                            aria-label={`Ändern: Fördersatz ${rate.budgetLineLabel}`} onClick={() => { setNotice(''); setEditingId(rate.id); }}>
                            <span className="kern-icon kern-icon--edit" aria-hidden="true" />
                            <span className="kern-label">Ändern</span>
                          </button>
                        </td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loading>
    </section>
  );
}

/** The rate as an input in its row: Enter or "Speichern" saves, Escape or "Abbrechen" leaves it unchanged. */
function RateEditor({ rate, onDone }: { rate: Rate; onDone(saved?: Rate): void }) {
  const id = useId();
  const [text, setText] = useState(formatCentsPlain(rate.amountCents));
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const label = `Fördersatz ${rate.budgetLineLabel}`;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const parsed = parseAmount(text, 'Fördersatz');
    if (!parsed.ok) {
      setMessage(parsed.message);
      return;
    }
    setBusy(true);
    try {
      const saved = await api.send('fundingRates.update', { id: rate.id, amountCents: parsed.cents });
      dataChanged();
      onDone(saved);
    } catch (error) {
      setMessage(ApiFailure.from(error).message);
      setBusy(false);
    }
  };
  const invalid = message !== '';
  return (
    <form className="rate-editor" noValidate onSubmit={save}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onDone(); } }}>
      <div className={`kern-form-input${invalid ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label visually-hidden" htmlFor={id}>{label} in Euro</label>
        <input id={id} className={`kern-form-input__input${invalid ? ' kern-form-input__input--error' : ''}`} inputMode="decimal"
          autoComplete="off" value={text} autoFocus aria-invalid={invalid || undefined} aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(e) => setText(e.target.value)} />
        {invalid ? (
          <p className="kern-error" id={`${id}-error`} role="alert">
            <span className="kern-icon kern-icon--danger" aria-hidden="true" />
            <span className="kern-body">{message} Es wurde nichts gespeichert.</span>
          </p>
        ) : null}
      </div>
      <div className="rate-editor__buttons">
        <button type="submit" className="kern-btn kern-btn--primary kern-btn--small" aria-disabled={busy || undefined}>
          <span className="kern-label">{busy ? 'Bitte warten …' : 'Speichern'}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" onClick={() => onDone()}>
          <span className="kern-label">Abbrechen</span>
        </button>
      </div>
    </form>
  );
}
