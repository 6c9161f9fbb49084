import { useState } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { dataChanged } from '../../api/changes';
import { ConfirmDialog } from '../../components/ConfirmDialog';

type Draft = OutputOf<'reports.get'>['draft'];

/** Publishing freezes the version for good, so the dialog says what that means before anything happens. */
export function ConceptPublish({ draft }: { draft: Draft }) {
  const [asking, setAsking] = useState(false);
  const publish = async () => {
    await api.send('reports.publish', { draftId: draft.id });
    dataChanged();
  };
  return (
    <>
      <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setAsking(true)}>
        <span className="kern-label">Veröffentlichen</span>
      </button>
      {asking ? (
        <ConfirmDialog title={`„${draft.versionLabel ?? draft.title}“ veröffentlichen?`} confirmLabel="Veröffentlichen"
          failureTitle="Veröffentlichen nicht möglich" onConfirm={publish} onClose={() => setAsking(false)}>
          <p className="kern-body">Mit der Veröffentlichung wird diese Version festgeschrieben:</p>
          <ul className="kern-list kern-list--bullet">
            <li className="kern-body">Texte, Kapitel und ihre Reihenfolge lassen sich danach nicht mehr ändern.</li>
            <li className="kern-body">
              Die Angaben aus den erfassten Daten (Stellen, Förderung, Träger und Kommunen, Mitglieder und Beschlüsse der
              Lenkungsgruppe, Runde Tische, Arbeitsgremien) werden mit dem heutigen Stand gespeichert. Spätere Änderungen an den
              Daten erscheinen erst in einer neuen Fortschreibung.
            </li>
            <li className="kern-body">Vorschau, Vergleich und Word-Dokument dieser Version bleiben dauerhaft gleich.</li>
          </ul>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
