import { useState } from 'react';
import type { OutputOf } from '../../../../../db/api/contract';
import { ApiFailure } from '../../../../api/ApiFailure';
import { api } from '../../../../api/client';
import { dataChanged } from '../../../../api/changes';
import { useApiData } from '../../../../api/useApiData';
import { Alert } from '../../../../components/Alert';
import { EmptyState } from '../../../../components/EmptyState';
import { Loading } from '../../../../components/Loading';
import { groupProposals } from './proposalGroups';

type Proposal = OutputOf<'agenda.backlog'>[number];

interface BacklogPanelProps {
  meetingId: string;
  announce(text: string): void;
  onAdded(itemId: string): void;
}

/**
 * "Vorschläge": one merged backlog of themes waiting for a decision, reports due, overdue follow-up, carried-over items
 * (with how often and why) and noted topics. Taken proposals stay listed and say so, rather than disappearing.
 */
export function BacklogPanel({ meetingId, announce, onAdded }: BacklogPanelProps) {
  const { data, error } = useApiData('agenda.backlog', { meetingId });
  const [busyKey, setBusyKey] = useState<string>();
  const [failure, setFailure] = useState<ApiFailure>();

  const take = async (p: Proposal) => {
    if (busyKey) return;
    setBusyKey(p.key);
    setFailure(undefined);
    try {
      const item = await api.send('agenda.addItem', {
        meetingId, title: p.title, kind: p.suggestedKind, fromProposal: { source: p.source, refId: p.refId },
      });
      announce(`„${item.title}“ wurde als ${item.number} in die Tagesordnung aufgenommen.`);
      onAdded(item.id);
      dataChanged();
    } catch (e) {
      setFailure(ApiFailure.from(e));
    } finally {
      setBusyKey(undefined);
    }
  };

  return (
    <aside className="backlog-panel" aria-labelledby="backlog-heading">
      <h2 id="backlog-heading" className="kern-heading-medium">Vorschläge</h2>
      <p className="kern-body kern-body--small">Aus Themen, Berichtsterminen, der Beschlusskontrolle, vertagten Punkten und dem Themenspeicher.</p>
      {failure ? <Alert variant="danger" title="Nicht aufgenommen" role="alert"><p className="kern-body">{failure.message}</p></Alert> : null}
      <Loading data={data} error={error} what="Die Vorschläge">
        {(proposals) => proposals.length === 0 ? <EmptyState>Zurzeit gibt es keine Vorschläge für diese Sitzung.</EmptyState> : (
          groupProposals(proposals).map((group) => (
            <section key={group.source} className="backlog-group" aria-labelledby={`backlog-${group.source}`}>
              <h3 id={`backlog-${group.source}`} className="kern-heading-small">{group.heading} ({group.proposals.length})</h3>
              <ul className="backlog-list">
                {group.proposals.map((p) => (
                  <li key={p.key} className="backlog-item">
                    <p className="backlog-item__title">{p.title}</p>
                    {p.source === 'CARRIED_OVER' && p.carryCount ? (
                      <p className="backlog-item__carry">
                        <span className="kern-badge kern-badge--warning kern-badge--small">{p.carryCount}-mal vertagt</span>
                      </p>
                    ) : null}
                    <p className="kern-body kern-body--small backlog-item__detail">{p.detail}</p>
                    {p.alreadyOnAgenda ? (
                      <p className="kern-body kern-body--small backlog-item__taken">
                        <span className="kern-icon kern-icon--check kern-icon--small" aria-hidden="true" /> steht auf der Tagesordnung
                      </p>
                    ) : (
                      <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" onClick={() => void take(p)}
                        aria-disabled={busyKey ? true : undefined} aria-label={`Aufnehmen: ${p.title}`}>
                        <span className="kern-icon kern-icon--add" aria-hidden="true" />
                        <span className="kern-label">Aufnehmen</span>
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
      </Loading>
    </aside>
  );
}
