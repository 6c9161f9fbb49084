import type { OutputOf } from '../../../db/api/contract';
import { useApiData } from '../../api/useApiData';
import { hrefFor } from '../../app/router';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { formatDate } from '../../format/date';
import { refPath, type Places } from './themePaths';

const KIND_LABELS: Record<string, string> = {
  RECONSTRUCTION: 'Fallrekonstruktion', ROUND_TABLE: 'Runder Tisch', FINDING: 'Erkenntnis', AGENDA: 'Tagesordnung', DECISION: 'Beschluss',
  STATUS: 'Status', GROUP: 'Gruppe', GROUP_MEETING: 'Gruppensitzung', MEASURE: 'Maßnahme', RESULT: 'Ergebnis',
};

type Entry = OutputOf<'chain.timeline'>[number];

/** The theme's chain from the first finding to the last result, oldest first, each entry dated and linked to its place. */
export function ChainTimeline({ themeId, places }: { themeId: string; places: Places }) {
  const { data, error } = useApiData('chain.timeline', { themeId });
  return (
    <Loading data={data} error={error} what="Der Verlauf">
      {(entries) => entries.length === 0 ? <EmptyState>Noch keine Einträge.</EmptyState> : (
        <ol className="timeline" aria-label="Verlauf vom ersten Befund bis zum Ergebnis">
          {entries.map((e, i) => <TimelineItem key={`${e.kind}-${e.ref.id}-${i}`} entry={e} places={places} />)}
        </ol>
      )}
    </Loading>
  );
}

function TimelineItem({ entry, places }: { entry: Entry; places: Places }) {
  const path = refPath(entry.ref, places);
  return (
    <li className={`timeline__entry timeline__entry--${entry.kind.toLowerCase()}`}>
      <span className="timeline__date"><time dateTime={entry.date}>{formatDate(entry.date)}</time></span>
      <span className="timeline__kind">{KIND_LABELS[entry.kind] ?? entry.kind}</span>
      <span className="timeline__body">
        {path ? <a className="kern-link timeline__title" href={hrefFor(path)}>{entry.title}</a> : <span className="timeline__title">{entry.title}</span>}
        {entry.detail ? <span className="timeline__detail">{entry.detail}</span> : null}
      </span>
    </li>
  );
}
