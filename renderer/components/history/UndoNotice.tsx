import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { ApiFailure } from '../../api/ApiFailure';
import { dataChanged } from '../../api/changes';
import { Alert } from '../Alert';
import './history.css';

/** A record the user has just deleted. */
export interface Deletion {
  entity: string;
  entityId: string;
  /** How the record was called, for the message. */
  name: string;
}

type Phase = { kind: 'deleted' } | { kind: 'busy' } | { kind: 'restored' } | { kind: 'failed'; message: string };

/**
 * Brings the record back from its deletion in the audit log, with what went with it (notes, details).
 * Refuses in German when that is no longer possible (deleted parent, id in use, restored meanwhile).
 */
export async function undoDeletion(deletion: Deletion): Promise<void> {
  const found = await api.send('history.lastDeletion', { entity: deletion.entity, entityId: deletion.entityId });
  if (!found) throw new ApiFailure('CONFLICT', `„${deletion.name}“ ist nicht mehr gelöscht; es gibt nichts rückgängig zu machen.`);
  if (!found.restorable) throw new ApiFailure('CONFLICT', found.reason ?? `„${deletion.name}“ lässt sich nicht wiederherstellen.`);
  await api.send('history.restore', { seq: found.seq });
}

/**
 * The message after a delete, "… gelöscht. [Rückgängig]". The live region stays mounted so screen readers
 * announce each new message; the page keeps the latest deletion and passes it in.
 */
export function UndoNotice({ deletion }: { deletion: Deletion | undefined }) {
  const [state, setState] = useState<{ of: Deletion; phase: Phase }>();
  const phase: Phase = state && state.of === deletion ? state.phase : { kind: 'deleted' };
  const region = useRef<HTMLDivElement>(null);

  // The button goes away with the answer; the answer is where the keyboard user continues.
  useEffect(() => {
    if (phase.kind === 'restored' || phase.kind === 'failed') region.current?.focus();
  }, [phase.kind]);

  const undo = async () => {
    if (!deletion) return;
    setState({ of: deletion, phase: { kind: 'busy' } });
    try {
      await undoDeletion(deletion);
      dataChanged();
      setState({ of: deletion, phase: { kind: 'restored' } });
    } catch (error) {
      setState({ of: deletion, phase: { kind: 'failed', message: ApiFailure.from(error).message } });
    }
  };

  return (
    <div role="status" className="undo-notice" ref={region} tabIndex={-1}>
      {!deletion ? null : phase.kind === 'restored' ? (
        <Alert variant="success" title={`„${deletion.name}“ wurde wiederhergestellt.`} />
      ) : phase.kind === 'failed' ? (
        <Alert variant="danger" title="Rückgängig machen nicht möglich">
          <p className="kern-body">{phase.message}</p>
        </Alert>
      ) : (
        <Alert variant="success" title={`„${deletion.name}“ wurde gelöscht.`}>
          <p className="kern-body">Die Löschung lässt sich hier oder unter Einstellungen › Gelöschte Einträge rückgängig machen.</p>
          <button type="button" className="kern-btn kern-btn--secondary" disabled={phase.kind === 'busy'} onClick={() => { void undo(); }}>
            <span className="kern-label" aria-hidden="true">{phase.kind === 'busy' ? 'Bitte warten …' : 'Rückgängig'}</span>
            <span className="visually-hidden">{phase.kind === 'busy' ? 'Bitte warten …' : `Rückgängig: „${deletion.name}“ wiederherstellen`}</span>
          </button>
        </Alert>
      )}
    </div>
  );
}
