import type { OutputOf } from '../../../../db/api/contract';
import { enumLabel, useEnums } from '../../../api/enums';
import { useApiData } from '../../../api/useApiData';
import { EmptyState } from '../../../components/EmptyState';
import { Loading } from '../../../components/Loading';
import { formatDate } from '../../../format/date';

type OpenAgreement = OutputOf<'roundTables.context'>['openAgreements'][number];

interface ContextPanelProps {
  municipalityIds: readonly string[];
  excludeRoundTableId?: string;
  takenIds: readonly string[];
  onTakeOver(agreement: OpenAgreement): void;
}

/**
 * What the office already knows about the chosen municipalities, shown while the round table is recorded:
 * the last contact, the CM providers responsible today, agreements still open from earlier round tables (which
 * can be taken up into this one) and the themes their findings feed.
 */
export function ContextPanel({ municipalityIds, excludeRoundTableId, takenIds, onTakeOver }: ContextPanelProps) {
  const enums = useEnums();
  const { data, error } = useApiData('roundTables.context', { municipalityIds: [...municipalityIds], excludeRoundTableId: excludeRoundTableId ?? null });
  return (
    <section className="context-panel" aria-labelledby="context-panel-heading">
      <h3 id="context-panel-heading" className="kern-heading-small">Bekanntes zu den gewählten Kommunen</h3>
      <Loading data={data} error={error} what="Der Kontext">
        {(context) => (
          <>
            <ul className="context-panel__contacts">
              {context.contacts.map((c) => (
                <li key={c.municipalityId} className="kern-body">
                  <strong>{c.name}:</strong> {c.lastContactOn ? `letzter Kontakt am ${formatDate(c.lastContactOn)}` : 'noch kein Termin erfasst'}
                  {c.contactWarning ? <span className="kern-badge kern-badge--small kern-badge--warning tag">Kontakt überfällig</span> : null}
                </li>
              ))}
            </ul>
            <h4 className="kern-body kern-body--bold context-panel__sub">Zuständige CM-Träger</h4>
            {context.providers.length === 0 ? <EmptyState>Für diese Kommunen ist heute kein Träger zuständig.</EmptyState> : (
              <ul className="context-panel__list">
                {context.providers.map((p) => (
                  <li key={p.providerOrganisationId} className="kern-body">
                    {p.providerName}{p.countyWide ? ' (kreisweit)' : ''}
                    {p.posts.length > 0 ? <span className="cell-sub">{p.posts.map((post) => post.holderName ? `${post.label}: ${post.holderName}` : `${post.label} (unbesetzt)`).join('; ')}</span> : null}
                  </li>
                ))}
              </ul>
            )}
            <h4 className="kern-body kern-body--bold context-panel__sub">Offene Vereinbarungen früherer Termine</h4>
            {context.openAgreements.length === 0 ? <EmptyState>Es sind keine Vereinbarungen offen.</EmptyState> : (
              <ul className="context-panel__list">
                {context.openAgreements.map((a) => {
                  const taken = takenIds.includes(a.id);
                  return (
                    <li key={a.id} className="context-panel__agreement">
                      <span className="kern-body">
                        {a.title}
                        <span className="cell-sub">
                          {[a.ownerName, a.dueDate ? `fällig ${formatDate(a.dueDate)}` : null, enumLabel(enums, 'taskStatus', a.status), a.overdue ? 'überfällig' : null, a.roundTableTitle]
                            .filter(Boolean).join(' · ')}
                        </span>
                      </span>
                      <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" aria-disabled={taken || undefined}
                        onClick={() => { if (!taken) onTakeOver(a); }}>
                        <span className="kern-label">{taken ? 'übernommen' : 'übernehmen'}<span className="visually-hidden">: {a.title}</span></span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
            <h4 className="kern-body kern-body--bold context-panel__sub">Themen</h4>
            {context.themes.length === 0 ? <EmptyState>Keine Erkenntnisse aus diesen Kommunen sind einem Thema zugeordnet.</EmptyState> : (
              <ul className="context-panel__list">
                {context.themes.map((t) => (
                  <li key={t.id} className="kern-body">
                    {t.title} <span className="cell-sub">{enumLabel(enums, 'themeStatus', t.status)}, {t.findingCount} {t.findingCount === 1 ? 'Erkenntnis' : 'Erkenntnisse'}</span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Loading>
    </section>
  );
}
