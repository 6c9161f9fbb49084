import { useState } from 'react';
import { api, ApiFailure } from '../../../api/client';
import { dataChanged } from '../../../api/changes';
import { useApiData } from '../../../api/useApiData';
import { Alert } from '../../../components/Alert';
import { Loading } from '../../../components/Loading';
import { formatFte } from '../../../format/fte';
import { formatCents } from '../../../format/money';
import { OverrideDialog } from './OverrideDialog';
import { explainPlanLine, planSource, type PlanLine } from './planExplanation';

/** Planned amounts per budget line: computed from rates and posts, the office's own amount, and the one that applies. */
export function PlanSection({ fundingYearId }: { fundingYearId: string }) {
  const { data, error } = useApiData('funding.plan', { fundingYearId });
  const [editing, setEditing] = useState<PlanLine>();
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<ApiFailure>();

  const restore = async (line: PlanLine) => {
    setFailure(undefined);
    try {
      await api.send('funding.setPlanOverride', { fundingYearId, budgetLine: line.budgetLine, plannedCents: null, note: null });
      dataChanged();
      setNotice(`Planansatz „${line.label}“: Die Berechnung gilt wieder (${formatCents(line.computedCents)}).`);
      requestAnimationFrame(() => document.getElementById(`plan-override-${line.budgetLine}`)?.focus());
    } catch (error) {
      setFailure(ApiFailure.from(error));
    }
  };

  return (
    <section className="page-section" aria-labelledby="plan-heading">
      <h3 id="plan-heading" className="kern-heading-small">Planansätze je Budgetlinie</h3>
      <p className="kern-body notice" role="status">{notice}</p>
      {failure ? (
        <Alert variant="danger" title="Speichern nicht möglich" role="alert"><p className="kern-body">{failure.message}</p></Alert>
      ) : null}
      <Loading data={data} error={error} what="Planansätze">
        {(plan) => (
          <>
            {plan.warnings.length > 0 ? (
              <Alert variant="warning" title="Planansatz über der Obergrenze">
                <ul className="kern-list">{plan.warnings.map((w) => <li key={w} className="kern-body">{w}</li>)}</ul>
              </Alert>
            ) : null}
            <div className="funding-scroll" tabIndex={0} role="region" aria-label="Tabelle Planansätze">
              <table className="kern-table kern-table--small funding-table plan-table">
                <caption className="visually-hidden">Planansätze je Budgetlinie {plan.year}</caption>
                <thead className="kern-table__head">
                  <tr className="kern-table__row">
                    <th scope="col" className="kern-table__header">Budgetlinie</th>
                    <th scope="col" className="kern-table__header">Berechnung</th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">Berechnet</th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">Eigener Ansatz</th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">Gültiger Ansatz</th>
                    <th scope="col" className="kern-table__header"><span className="visually-hidden">Aktionen</span></th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {plan.lines.map((line) => (
                    <tr className="kern-table__row" key={line.budgetLine} data-line={line.budgetLine}>
                      <th scope="row" className="kern-table__cell">{line.label}</th>
                      <td className="kern-table__cell plan-table__why">
                        {explainPlanLine(line)}
                      </td>
                      <td className="kern-table__cell kern-table__cell--numeric">{formatCents(line.computedCents)}</td>
                      <td className="kern-table__cell kern-table__cell--numeric">
                        {line.overrideCents == null ? '–' : formatCents(line.overrideCents)}
                        {line.overrideNote ? <span className="plan-table__note">{line.overrideNote}</span> : null}
                      </td>
                      <td className="kern-table__cell kern-table__cell--numeric plan-table__effective">
                        <strong>{formatCents(line.effectiveCents)}</strong>
                        <span className="plan-table__source">{planSource(line)}</span>
                        {line.warnings.length > 0 ? <span className="kern-badge kern-badge--small kern-badge--warning tag">über der Obergrenze</span> : null}
                      </td>
                      <td className="kern-table__cell">
                        <span className="plan-actions">
                          <button type="button" id={`plan-override-${line.budgetLine}`} className="kern-btn kern-btn--tertiary kern-btn--x-small"
                            aria-label={`Ansatz überschreiben: ${line.label}`} onClick={() => { setNotice(''); setEditing(line); }}>
                            <span className="kern-label">Ansatz überschreiben</span>
                          </button>
                          {line.overrideCents != null ? (
                            <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small"
                              aria-label={`Berechnung wiederherstellen: ${line.label}`} onClick={() => void restore(line)}>
                              <span className="kern-label">Berechnung wiederherstellen</span>
                            </button>
                          ) : null}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className="kern-table__row funding-total">
                    <th scope="row" className="kern-table__cell">Summe</th>
                    <td className="kern-table__cell" />
                    <td className="kern-table__cell kern-table__cell--numeric">{formatCents(plan.totals.computedCents)}</td>
                    <td className="kern-table__cell" />
                    <td className="kern-table__cell kern-table__cell--numeric"><strong>{formatCents(plan.totals.effectiveCents)}</strong></td>
                    <td className="kern-table__cell" />
                  </tr>
                </tfoot>
              </table>
            </div>
            <details className="funding-details">
              <summary className="kern-body">Wie wird gerechnet? Stellen in der Berechnung ({plan.posts.length})</summary>
              <p className="kern-body">{plan.rule}</p>
              <table className="kern-table kern-table--small funding-table">
                <caption className="visually-hidden">Stellen in der Berechnung {plan.year}</caption>
                <thead className="kern-table__head">
                  <tr className="kern-table__row">
                    <th scope="col" className="kern-table__header">Stelle</th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">Geförderte VZÄ (Jahresmittel)</th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">Monate mit Stelle</th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {plan.posts.map((p) => (
                    <tr className="kern-table__row" key={p.postId}>
                      <th scope="row" className="kern-table__cell">{p.label}</th>
                      <td className="kern-table__cell kern-table__cell--numeric">{formatFte(p.fundedFte)}</td>
                      <td className="kern-table__cell kern-table__cell--numeric">{p.months}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        )}
      </Loading>
      {editing ? (
        <OverrideDialog fundingYearId={fundingYearId} line={editing} onSaved={setNotice} onClose={() => setEditing(undefined)} />
      ) : null}
    </section>
  );
}
