import { useState } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { navigate } from '../../app/router';
import { ActionDialog } from '../../components/ActionDialog';
import { FormField } from '../../components/form/FormField';
import { conceptPath } from './reportPaths';

type Version = OutputOf<'reports.list'>[number];

/** Starts a new Fortschreibung as a copy of an earlier version (the newest by default) and opens it. */
export function NewConceptDialog({ versions, onClose }: { versions: readonly Version[]; onClose(): void }) {
  const [versionLabel, setVersionLabel] = useState('');
  const [basedOnDraftId, setBasedOnDraftId] = useState(versions[0]?.id ?? '');

  const submit = async () => {
    const draft = await api.send('reports.createConcept', { versionLabel: versionLabel.trim(), basedOnDraftId: basedOnDraftId || null });
    navigate(conceptPath(draft.id));
  };

  return (
    <ActionDialog title="Neue Fortschreibung des KIM-Konzepts" submitLabel="Fortschreibung anlegen" submit={submit} onClose={onClose} wide={false}>
      {(errorsAt) => (
        <div className="form-grid">
          <FormField id="new-concept-label" value={versionLabel} errors={errorsAt('versionLabel')} onChange={(v) => setVersionLabel(String(v))} autoFocus
            field={{ name: 'versionLabel', label: 'Version', kind: 'text', required: true, maxLength: 120, wide: true,
              hint: 'Zum Beispiel „Fortschreibung Januar 2027“.' }} />
          {versions.length > 0 ? (
            <FormField id="new-concept-base" value={basedOnDraftId} errors={errorsAt('basedOnDraftId')} onChange={(v) => setBasedOnDraftId(String(v))}
              field={{ name: 'basedOnDraftId', label: 'Grundlage', kind: 'select', required: true, wide: true,
                options: versions.map((v) => ({ value: v.id, label: `${v.versionLabel ?? v.title}${v.status === 'PUBLISHED' ? ' (veröffentlicht)' : ' (Entwurf)'}` })),
                hint: 'Die neue Version beginnt als Kopie dieser Version: Gliederung, Kapitel und Texte werden übernommen. Die Angaben aus den erfassten Daten zeigen immer den aktuellen Stand.' }} />
          ) : (
            <p className="kern-body form-field--wide">
              Dies ist die erste Version. Sie beginnt mit der Gliederung der Fortschreibung (Grundlagen, Förderung, Strategische Steuerung,
              Case Management, Lenkungsgruppe und weitere Kapitel) und noch ohne eigene Texte.
            </p>
          )}
        </div>
      )}
    </ActionDialog>
  );
}
