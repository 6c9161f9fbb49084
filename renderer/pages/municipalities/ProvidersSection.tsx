import type { OutputOf } from '../../../db/api/contract';
import { enumLabel, useEnums } from '../../api/enums';
import { EmptyState } from '../../components/EmptyState';
import { formatFte } from '../../format/fte';

type Provider = OutputOf<'municipalities.profile'>['providers'][number];

/** The CM providers responsible today and their case-management posts: who the municipality's people meet. */
export function ProvidersSection({ providers }: { providers: readonly Provider[] }) {
  const enums = useEnums();
  return (
    <section className="page-section" aria-labelledby="providers-heading">
      <h2 id="providers-heading" className="kern-heading-medium">Zuständige CM-Träger und Stellen</h2>
      {providers.length === 0 ? <EmptyState>Für diese Kommune ist heute kein Träger zuständig.</EmptyState> : (
        <ul className="provider-list">
          {providers.map((p) => (
            <li key={p.providerOrganisationId} className="provider-list__item">
              <h3 className="kern-heading-small">{p.providerName}{p.countyWide ? ' (kreisweit)' : ''}</h3>
              <p className="kern-body kern-body--small">
                {[...new Set(p.assignments.map((a) => enumLabel(enums, 'targetGroup', a.targetGroup)))].join(', ')}
              </p>
              {p.posts.length === 0 ? <p className="kern-body kern-body--small">Keine Case-Management-Stellen erfasst.</p> : (
                <ul className="kern-list">
                  {p.posts.map((post) => (
                    <li key={post.id} className="kern-body">
                      {post.label} ({formatFte(post.fte)} VZÄ{post.focus ? `, ${post.focus}` : ''}): {post.holderName ?? 'unbesetzt'}
                      {post.holderEmail ? <span className="cell-sub break-all">{post.holderEmail}{post.holderPhone ? `, ${post.holderPhone}` : ''}</span> : null}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
