import { useState } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { dataChanged } from '../../api/changes';
import { hrefFor } from '../../app/router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../format/date';

type Theme = OutputOf<'themes.get'>;
type Finding = Theme['findings'][number];

function sourceHref(f: Finding): string | null {
  if (f.source.type === 'RECONSTRUCTION' && f.source.id) return `/fallrekonstruktionen/${f.source.id}`;
  if (f.source.type === 'ROUND_TABLE') return '/runde-tische';
  return null;
}

/** The evidence behind a theme: counts of distinct cases and municipalities, the source kinds, and every finding with its origin. */
export function ThemeEvidence({ theme }: { theme: Theme }) {
  const [removing, setRemoving] = useState<Finding>();
  const e = theme.evidence;
  return (
    <section className="page-section" aria-labelledby="theme-evidence">
      <h2 className="kern-heading-medium" id="theme-evidence">Evidenz</h2>
      <dl className="counts evidence-counts">
        <div className="counts__item"><dt className="counts__label">Erkenntnisse</dt><dd className="counts__value">{e.findingCount}</dd></div>
        <div className="counts__item"><dt className="counts__label">Fälle</dt><dd className="counts__value">{e.caseCount}</dd></div>
        <div className="counts__item"><dt className="counts__label">Runde Tische</dt><dd className="counts__value">{e.roundTableCount}</dd></div>
        <div className="counts__item"><dt className="counts__label">Kommunen</dt><dd className="counts__value">{e.municipalityCount}</dd></div>
      </dl>
      {e.municipalityNames.length > 0 ? <p className="kern-body">Kommunen: {e.municipalityNames.join(', ')}</p> : null}
      {e.sourceKinds.length > 0 ? <p className="kern-body">Quellen: {e.sourceKinds.map((k) => `${k.label} (${k.count})`).join(', ')}</p> : null}
      {theme.findings.length === 0 ? <EmptyState>Diesem Thema sind noch keine Erkenntnisse zugeordnet.</EmptyState> : (
        <ul className="finding-list">
          {theme.findings.map((f, i) => {
            const href = sourceHref(f);
            return (
              <li key={f.id} className="finding-card">
                <p className="finding-card__kind"><strong>{i + 1}. {f.kindLabel}</strong>
                  <span className="cell-sub">
                    {href ? <a className="kern-link" href={hrefFor(href)}>{f.source.title}</a> : f.source.title}
                    {f.source.municipalityNames.length ? `, ${f.source.municipalityNames.join(', ')}` : ''}
                    {f.source.purged ? ' (Fall bereinigt)' : ''}
                  </span>
                </p>
                <p className="kern-body">{f.description}</p>
                {f.organisationNames.length > 0 ? <p className="kern-body kern-body--small">Beteiligt: {f.organisationNames.join(', ')}</p> : null}
                {theme.mergedInto ? null : (
                  <div className="row-actions">
                    <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => setRemoving(f)}
                      aria-label={`Aus dem Thema lösen: Erkenntnis ${i + 1} vom ${formatDate(f.source.date)}`}>
                      <span className="kern-label">Aus dem Thema lösen</span>
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {removing ? (
        <ConfirmDialog title="Erkenntnis aus dem Thema lösen" confirmLabel="Lösen" failureTitle="Lösen nicht möglich" onClose={() => setRemoving(undefined)}
          onConfirm={async () => { await api.send('themes.removeFinding', { themeId: theme.id, findingId: removing.id }); dataChanged(); }}>
          <p className="kern-body">Die Erkenntnis bleibt erhalten und steht wieder unter „Erkenntnisse ohne Thema“ zur Auswahl.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
