import { useState } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { enumLabel, useEnums } from '../../api/enums';
import { hrefFor } from '../../app/router';
import { Alert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../format/date';
import { emptyMeasure, measureDraft, type MeasureDraft } from './measureForm';
import { MeasureDialog } from './MeasureDialog';
import { HistoryButton } from '../../components/history/HistoryButton';

type Theme = OutputOf<'themes.get'>;

const period = (start: string | null, end: string | null) =>
  start || end ? `${formatDate(start) || 'offen'} bis ${formatDate(end) || 'offen'}` : 'ohne Zeitraum';

/** The theme's measures; saving may return budget-cap warnings, which stay visible until the next save. */
export function ThemeMeasures({ theme }: { theme: Theme }) {
  const enums = useEnums();
  const [editing, setEditing] = useState<{ draft: MeasureDraft; next: string[] }>();
  const [warnings, setWarnings] = useState<string[]>([]);
  const [saved, setSaved] = useState('');
  const open = async (id: string) => {
    const m = await api.send('measures.get', { id });
    setEditing({ draft: measureDraft(m), next: m.nextStatuses });
  };
  return (
    <section className="page-section" aria-labelledby="theme-measures">
      <div className="section-head">
        <h2 className="kern-heading-medium" id="theme-measures">Maßnahmen ({theme.measures.length})</h2>
        {theme.mergedInto ? null : (
          <button type="button" className="kern-btn kern-btn--secondary"
            onClick={() => setEditing({ draft: emptyMeasure(theme.id, theme.assignedGroup?.id ?? null), next: [] })}>
            <span className="kern-icon kern-icon--add" aria-hidden="true" />
            <span className="kern-label">Neue Maßnahme</span>
          </button>
        )}
      </div>
      {saved ? <Alert variant="success" title={saved} role="status" /> : null}
      {warnings.length > 0 ? (
        <Alert variant="warning" title="Budgetobergrenze überschritten" role="status">
          <ul className="kern-list">{warnings.map((w) => <li key={w} className="kern-body">{w}</li>)}</ul>
          <p className="kern-body kern-body--small">Gespeichert wurde trotzdem; bitte Budgets abstimmen.</p>
        </Alert>
      ) : null}
      {theme.measures.length === 0 ? <EmptyState>Zu diesem Thema gibt es noch keine Maßnahmen.</EmptyState> : (
        <ul className="measure-list">
          {theme.measures.map((m) => (
            <li key={m.id} className="measure-card">
              <p className="measure-card__title"><strong>{m.title}</strong> <span className="kern-badge kern-badge--info"><span className="kern-label kern-label--small">{enumLabel(enums, 'measureStatus', m.status)}</span></span></p>
              <p className="kern-body kern-body--small">
                {period(m.startDate, m.endDate)}
                {m.committeeName ? <> · Gruppe: <a className="kern-link" href={hrefFor(`/gruppen/${m.committeeId}`)}>{m.committeeName}</a></> : null}
                {m.approvedByDecisionId ? ' · von der Lenkungsgruppe beschlossen' : ''}
              </p>
              {m.result ? <p className="kern-body"><strong>Ergebnis:</strong> {m.result}</p> : null}
              <div className="row-actions">
                <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => void open(m.id)}
                  aria-label={`Bearbeiten: ${m.title}`}>
                  <span className="kern-label">Bearbeiten</span>
                </button>
                <HistoryButton entity="measures" entityId={m.id} name={m.title} inRow />
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <MeasureDialog draft={editing.draft} nextStatuses={editing.next} onClose={() => setEditing(undefined)}
          onSaved={(w) => { setWarnings(w); setSaved('Maßnahme gespeichert.'); }} />
      ) : null}
    </section>
  );
}

