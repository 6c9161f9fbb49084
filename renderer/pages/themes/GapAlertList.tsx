import type { OutputOf } from '../../../db/api/contract';
import { hrefFor } from '../../app/router';
import { formatDate } from '../../format/date';
import { themePath } from './themePaths';

type GapAlert = OutputOf<'chain.gapAlerts'>[number];

const SEVERITY: Record<string, string> = { CRITICAL: 'Dringend', WARNING: 'Hinweis' };

/** Where the chain has stopped: each alert with its severity in words, since when, and a link to the theme it concerns. */
export function GapAlertList({ alerts, showTheme = true }: { alerts: readonly GapAlert[]; showTheme?: boolean }) {
  return (
    <ul className="gap-alerts">
      {alerts.map((a, i) => (
        <li key={`${a.kind}-${a.ref.id}-${i}`} className={`gap-alert gap-alert--${a.severity.toLowerCase()}`}>
          <span className={`kern-icon kern-icon--${a.severity === 'CRITICAL' ? 'danger' : 'warning'} kern-icon--small`} aria-hidden="true" />
          <div>
            <p className="gap-alert__title"><strong>{SEVERITY[a.severity] ?? a.severity}: {a.title}</strong></p>
            <p className="kern-body">{a.message}</p>
            <p className="kern-body kern-body--small">
              Seit {formatDate(a.since)} ({a.daysOpen} {a.daysOpen === 1 ? 'Tag' : 'Tage'} offen)
              {showTheme && a.themeId ? <> · Thema: <a className="kern-link" href={hrefFor(themePath(a.themeId))}>{a.themeTitle}</a></> : null}
              {a.ref.type === 'COMMITTEE' ? <> · <a className="kern-link" href={hrefFor(`/gruppen/${a.ref.id}`)}>Zur Gruppe</a></> : null}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
