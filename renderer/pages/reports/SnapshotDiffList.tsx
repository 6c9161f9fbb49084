import type { OutputOf } from '../../../db/api/contract';
import { useApiData } from '../../api/useApiData';
import { Loading } from '../../components/Loading';
import { formatDate, formatInstant } from '../../format/date';

type Change = OutputOf<'reports.snapshotDiff'>['changes'][number];

function valueText(value: Change['before']): string {
  if (value == null || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (typeof value === 'number') return value.toLocaleString('de-DE');
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
}

/** What changed between the last two snapshots, so the office sees why figures in the text may need updating. */
export function SnapshotDiffList({ draftId }: { draftId: string }) {
  const { data, error } = useApiData('reports.snapshotDiff', { draftId });
  return (
    <section className="report-diff" aria-labelledby="report-diff-title">
      <h2 className="kern-heading-small" id="report-diff-title">Änderungen gegenüber dem vorigen Zahlenstand</h2>
      <Loading data={data} error={error} what="Die Änderungen">
        {(diff) => diff.message ? <p className="kern-body">{diff.message}</p> : (
          <>
            <p className="kern-body kern-body--small">
              Vom {formatInstant(diff.from?.takenAt)} zum {formatInstant(diff.to?.takenAt)}:{' '}
              {diff.changes.length === 0 ? 'keine Zahl hat sich geändert.' : `${diff.changes.length} ${diff.changes.length === 1 ? 'Zahl hat' : 'Zahlen haben'} sich geändert.`}
            </p>
            {diff.changes.length > 0 ? (
              // A long list scrolls in its own box, which must take keyboard focus to be scrollable without a mouse.
              <div className="report-diff__scroll" tabIndex={0} role="region" aria-label="Geänderte Zahlen">
                <ul className="kern-list report-diff__list">
                  {diff.changes.map((c) => (
                    <li key={c.path} className="kern-body">{c.label}: {valueText(c.before)} → {valueText(c.after)}</li>
                  ))}
                </ul>
              </div>
            ) : null}
          </>
        )}
      </Loading>
    </section>
  );
}
