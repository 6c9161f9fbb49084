import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ApiFailure } from '../../api/ApiFailure';
import { dataChanged } from '../../api/changes';
import { navigate } from '../../app/router';
import { Alert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { reportPath } from './reportPaths';

interface NewSachberichtFormProps {
  /** Funding years without a Sachbericht, in any order. */
  years: readonly number[];
  hasYears: boolean;
}

/** Creates the Sachbericht of a funding year that has none yet and opens it. */
export function NewSachberichtForm({ years, hasYears }: NewSachberichtFormProps) {
  const open = [...years].sort((a, b) => b - a);
  const [year, setYear] = useState(open[0] ?? 0);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiFailure>();
  if (!hasYears) {
    return <EmptyState>Es sind noch keine Förderjahre erfasst. Ein Sachbericht wird für ein Förderjahr angelegt.</EmptyState>;
  }
  if (open.length === 0) return <p className="kern-body">Für jedes erfasste Förderjahr gibt es bereits einen Sachbericht.</p>;
  const chosen = open.includes(year) ? year : open[0];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const draft = await api.send('reports.createSachbericht', { year: chosen });
      dataChanged();
      navigate(reportPath(draft.id));
    } catch (error) {
      setFailure(ApiFailure.from(error));
      setBusy(false);
    }
  };
  return (
    <form className="report-new" onSubmit={submit} aria-labelledby="report-new-title">
      <h2 className="kern-heading-small" id="report-new-title">Neuer Sachbericht</h2>
      <div className="report-new__row">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="report-new-year">Förderjahr</label>
          <div className="kern-form-input__select-wrapper">
            <select id="report-new-year" className="kern-form-input__select" value={chosen} onChange={(e) => setYear(Number(e.target.value))}>
              {open.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </div>
        </div>
        <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={busy || undefined}>
          <span className="kern-label">Sachbericht anlegen</span>
        </button>
      </div>
      {failure ? (
        <Alert variant="danger" title="Der Sachbericht konnte nicht angelegt werden" role="alert">
          <p className="kern-body">{failure.message}</p>
        </Alert>
      ) : null}
    </form>
  );
}
