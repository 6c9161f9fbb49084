import { useMemo, useState } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { dataChanged } from '../../api/changes';
import { enumLabel, useEnums } from '../../api/enums';
import { hrefFor } from '../../app/router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { germanCollator } from '../../format/text';
import { FindingDialog, type FindingDraft } from './FindingDialog';

type Detail = OutputOf<'reconstructions.get'>;
type Finding = Detail['findings'][number];

/** The findings of one reconstruction: the anonymous evidence that later feeds generative themes. */
export function FindingsSection({ detail }: { detail: Detail }) {
  const enums = useEnums();
  const [editing, setEditing] = useState<FindingDraft>();
  const [deleting, setDeleting] = useState<Finding>();
  const organisations = useMemo(() => {
    const byId = new Map<string, string>();
    const provider = detail.reconstruction.providerOrganisationId;
    if (provider) byId.set(provider, detail.providerName ?? provider);
    for (const p of detail.participants) if (p.organisationId) byId.set(p.organisationId, p.organisationName ?? p.organisationId);
    for (const f of detail.findings) for (const o of f.organisations) byId.set(o.id, o.name);
    return [...byId].map(([value, label]) => ({ value, label })).sort((a, b) => germanCollator.compare(a.label, b.label));
  }, [detail]);
  const id = detail.reconstruction.id;
  return (
    <section className="page-section" aria-labelledby="rec-findings">
      <div className="section-head">
        <h2 className="kern-heading-small" id="rec-findings">Erkenntnisse ({detail.findings.length})</h2>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setEditing({ kind: '', description: '', organisationIds: [] })}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">Erkenntnis erfassen</span>
        </button>
      </div>
      {detail.findings.length === 0 ? <EmptyState>Zu dieser Fallrekonstruktion sind noch keine Erkenntnisse erfasst.</EmptyState> : (
        <ul className="finding-list">
          {detail.findings.map((f, i) => (
            <li key={f.id} className="finding-card">
              <p className="finding-card__kind"><strong>{i + 1}. {enumLabel(enums, 'findingKind', f.kind)}</strong>
                {f.organisations.length > 0 ? <span className="cell-sub">Beteiligt: {f.organisations.map((o) => o.name).join(', ')}</span> : null}
              </p>
              <p className="kern-body">{f.description}</p>
              <p className="kern-body kern-body--small">
                {f.themeId
                  ? <>Thema: <a className="kern-link" href={hrefFor(`/themen/${f.themeId}`)}>{f.themeTitle}</a></>
                  : 'Noch keinem Thema zugeordnet.'}
              </p>
              <div className="row-actions">
                <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small"
                  onClick={() => setEditing({ id: f.id, kind: f.kind, description: f.description, organisationIds: f.organisations.map((o) => o.id) })}
                  aria-label={`Bearbeiten: Erkenntnis ${i + 1}`}>
                  <span className="kern-label">Bearbeiten</span>
                </button>
                <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => setDeleting(f)}
                  aria-label={`Löschen: Erkenntnis ${i + 1}`}>
                  <span className="kern-label">Löschen</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing ? <FindingDialog reconstructionId={id} finding={editing} organisations={organisations} onClose={() => setEditing(undefined)} /> : null}
      {deleting ? (
        <ConfirmDialog title="Erkenntnis löschen" confirmLabel="Löschen" failureTitle="Löschen nicht möglich" onClose={() => setDeleting(undefined)}
          onConfirm={async () => { await api.send('findings.delete', { id: deleting.id }); dataChanged(); }}>
          <p className="kern-body">Die Erkenntnis „{deleting.description.slice(0, 80)}“ wird gelöscht.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
