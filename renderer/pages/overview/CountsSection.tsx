import type { OutputOf } from '../../../db/api/contract';
import { hrefFor } from '../../app/router';
import { formatNumber } from '../../format/number';

type Counts = OutputOf<'overview.summary'>['counts'];

// Only counts with a page that lists exactly those records link there.
const ITEMS: { key: keyof Counts; label: string; path?: string }[] = [
  { key: 'municipalities', label: 'Kommunen', path: '/stammdaten/kommunen' },
  { key: 'organisations', label: 'Organisationen', path: '/stammdaten/organisationen' },
  { key: 'persons', label: 'Ansprechpersonen', path: '/stammdaten/ansprechpersonen' },
  { key: 'posts', label: 'Stellen', path: '/stammdaten/stellen' },
  { key: 'committees', label: 'Gremien' },
  { key: 'meetings', label: 'Sitzungen' },
  { key: 'decisions', label: 'Beschlüsse' },
  { key: 'openTasks', label: 'Offene Aufgaben' },
  { key: 'roundTables', label: 'Runde Tische', path: '/runde-tische' },
  { key: 'reconstructions', label: 'Fallrekonstruktionen', path: '/fallrekonstruktionen' },
  { key: 'themes', label: 'Themen', path: '/themen' },
  { key: 'measures', label: 'Maßnahmen', path: '/themen' },
];

export function CountsSection({ counts }: { counts: Counts }) {
  return (
    <section className="page-section" aria-labelledby="counts-heading">
      <h2 id="counts-heading" className="kern-heading-medium">Bestand</h2>
      <dl className="counts">
        {ITEMS.map((item) => (
          <div className="counts__item" key={item.key}>
            <dt className="counts__label">
              {item.path ? <a className="kern-link" href={hrefFor(item.path)}>{item.label}</a> : item.label}
            </dt>
            <dd className="counts__value">{formatNumber(counts[item.key])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
