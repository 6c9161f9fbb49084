import type { OutputOf } from '../../../db/api/contract';
import { enumLabel, useEnums } from '../../api/enums';
import { hrefFor } from '../../app/router';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../format/date';
import { roundTablePath } from '../roundTables/roundTablePaths';

type Profile = OutputOf<'municipalities.profile'>;

/** The generative themes fed from here, and every finding that names the municipality (from round tables and reconstructions). */
export function ThemesSection({ themes, findings }: { themes: Profile['themes']; findings: Profile['findings'] }) {
  const enums = useEnums();
  return (
    <section className="page-section" aria-labelledby="themes-heading">
      <h2 id="themes-heading" className="kern-heading-medium">Themen und Erkenntnisse</h2>
      {themes.length === 0 ? <EmptyState>Keine Erkenntnis aus dieser Kommune ist einem Thema zugeordnet.</EmptyState> : (
        <ul className="kern-list theme-list">
          {themes.map((t) => (
            <li key={t.id} className="kern-body">
              <a className="kern-link" href={hrefFor('/themen')}>{t.title}</a>
              <span className="cell-sub">
                {enumLabel(enums, 'themeStatus', t.status)}{t.fieldOfActionLabel ? `, ${t.fieldOfActionLabel}` : ''}, {t.findingCount} {t.findingCount === 1 ? 'Erkenntnis' : 'Erkenntnisse'}, zuletzt {formatDate(t.lastFindingOn)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="kern-heading-small">Erkenntnisse</h3>
      {findings.length === 0 ? <EmptyState>Es gibt keine Erkenntnisse, die diese Kommune nennen.</EmptyState> : (
        <ul className="finding-list">
          {findings.map((f) => (
            <li key={f.id} className="kern-body">
              <span className="kern-badge kern-badge--small kern-badge--info">{enumLabel(enums, 'findingKind', f.kind)}</span> {f.description}
              <span className="cell-sub">
                {formatDate(f.sourceDate)}, {f.sourceType === 'ROUND_TABLE'
                  ? <a className="kern-link table-link" href={hrefFor(roundTablePath(f.sourceId))}>{f.sourceTitle}</a>
                  : 'Fallrekonstruktion'}
                {f.themeTitle ? ` · Thema: ${f.themeTitle}` : ' · noch keinem Thema zugeordnet'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
