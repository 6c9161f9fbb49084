import { useEffect, useRef, useState } from 'react';
import type { OutputOf } from '../../../../db/api/contract';
import { api } from '../../../api/client';
import { ApiFailure } from '../../../api/ApiFailure';
import { dataChanged } from '../../../api/changes';
import { useApiData } from '../../../api/useApiData';
import { hrefFor } from '../../../app/router';
import { Alert } from '../../../components/Alert';
import type { ColumnSpec } from '../../../components/dataTable/columnSpec';
import { DataTable } from '../../../components/dataTable/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { Loading } from '../../../components/Loading';
import { formatInstant } from '../../../format/date';
import { countLabel } from '../../../format/text';
import { restoredPath } from './restoredPath';
import '../../../components/history/history.css';

type Row = OutputOf<'history.deleted'>[number];
type Restored = OutputOf<'history.restore'>;

type Outcome = { kind: 'restored'; result: Restored; path: string | null } | { kind: 'refused'; name: string; message: string };

const COLUMNS: readonly ColumnSpec<Row>[] = [
  { id: 'kind', header: 'Art', value: (r) => r.entityLabel, filter: 'select', width: '13rem' },
  {
    id: 'name', header: 'Bezeichnung', value: (r) => r.displayName, width: '18rem',
    render: (r) => (
      <>
        {r.displayName}
        {r.restorable ? null : <span className="cell-sub">Derzeit nicht möglich: {r.reason}</span>}
      </>
    ),
  },
  { id: 'at', header: 'Gelöscht am', value: (r) => r.at, text: (r) => formatInstant(r.at), width: '11rem' },
  { id: 'actor', header: 'Gelöscht von', value: (r) => r.actor, width: '9rem' },
];

function OutcomeAlert({ outcome }: { outcome: Outcome }) {
  if (outcome.kind === 'refused') {
    return (
      <Alert variant="danger" title={`„${outcome.name}“ lässt sich nicht wiederherstellen`}>
        <p className="kern-body">{outcome.message}</p>
      </Alert>
    );
  }
  const { result, path } = outcome;
  return (
    <Alert variant="success" title={`„${result.displayName}“ wurde wiederhergestellt.`}>
      {result.restored.length > 0 ? <p className="kern-body">Mit {countLabel(result.restored.length, 'zugehörigen Eintrag', 'zugehörigen Einträgen')}.</p> : null}
      {result.skipped.length > 0 ? (
        <>
          <p className="kern-body">Nicht wiederhergestellt:</p>
          <ul className="kern-list">{result.skipped.map((s) => <li key={`${s.entity}:${s.entityId}`} className="kern-body">„{s.displayName}“: {s.reason}</li>)}</ul>
        </>
      ) : null}
      {path ? <p className="kern-body"><a className="kern-link" href={hrefFor(path)}>Zu „{result.displayName}“</a></p> : null}
    </Alert>
  );
}

/**
 * "Gelöschte Einträge": what was deleted, when and by whom, newest first, each with "Wiederherstellen". A record
 * that cannot come back says why (its parent is gone, its id or name is in use again).
 */
export function DeletedRecordsPanel() {
  const { data, error } = useApiData('history.deleted', {});
  const [busy, setBusy] = useState<number>();
  const [outcome, setOutcome] = useState<Outcome>();
  const outcomeRef = useRef<HTMLDivElement>(null);

  // The restored row leaves the list, and its button with it; the message is where the keyboard user continues.
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const restore = async (row: Row) => {
    if (busy !== undefined) return;
    setBusy(row.seq);
    setOutcome(undefined);
    try {
      const result = await api.send('history.restore', { seq: row.seq });
      setOutcome({ kind: 'restored', result, path: await restoredPath(result.entity, result.entityId) });
      dataChanged();
    } catch (failure) {
      setOutcome({ kind: 'refused', name: row.displayName, message: ApiFailure.from(failure).message });
    } finally {
      setBusy(undefined);
    }
  };

  const actions = (row: Row) => (
    <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" aria-disabled={busy !== undefined}
      onClick={() => void restore(row)}>
      <span className="kern-label" aria-hidden="true">{busy === row.seq ? 'Bitte warten …' : 'Wiederherstellen'}</span>
      <span className="visually-hidden">{busy === row.seq ? 'Bitte warten …' : `Wiederherstellen: ${row.entityLabel} „${row.displayName}“`}</span>
    </button>
  );

  return (
    <section className="page-section" aria-labelledby="deleted-heading">
      <h2 id="deleted-heading" className="kern-heading-medium">Gelöschte Einträge</h2>
      <p className="kern-body page-intro">
        Gelöschte Einträge bleiben im Änderungsprotokoll und lassen sich mit ihren zugehörigen Angaben (Notizen, Teilnehmende,
        Tagesordnungspunkte …) wiederherstellen, solange das, worauf sie verweisen, noch vorhanden ist.
      </p>
      <div role="status" className="undo-notice" ref={outcomeRef} tabIndex={-1}>{outcome ? <OutcomeAlert outcome={outcome} /> : null}</div>
      <Loading data={data} error={error} what="Die gelöschten Einträge">
        {(rows) => rows.length === 0 ? <EmptyState>Es gibt keine gelöschten Einträge.</EmptyState> : (
          <DataTable label="Gelöschte Einträge" rows={rows} columns={COLUMNS} getRowId={(r) => String(r.seq)}
            actions={actions} actionsWidth="10.5rem" />
        )}
      </Loading>
    </section>
  );
}
