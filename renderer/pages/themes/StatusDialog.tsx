import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { useApiData } from '../../api/useApiData';
import { hrefFor } from '../../app/router';
import { ActionDialog } from '../../components/ActionDialog';
import { Alert } from '../../components/Alert';
import { FormField } from '../../components/form/FormField';
import { optionsFrom } from '../../components/form/options';
import { useSteeringDecisions } from './useSteeringDecisions';

interface StatusDialogProps {
  themeId: string;
  onClose(): void;
}

/**
 * Moves a theme along its lifecycle. Only the transitions the core allows are offered; those reserved to the
 * Lenkungsgruppe ask for its decision and say why.
 */
export function StatusDialog({ themeId, onClose }: StatusDialogProps) {
  const theme = useApiData('themes.get', { id: themeId }).data;
  const groups = useApiData('groups.list').data;
  const decisions = useSteeringDecisions();
  const [status, setStatus] = useState('');
  const [decisionId, setDecisionId] = useState('');
  const [committeeId, setCommitteeId] = useState('');
  const [note, setNote] = useState('');
  const transitions = theme?.allowedTransitions ?? [];
  const chosen = transitions.find((t) => t.status === status);
  const groupOptions = useMemo(() => optionsFrom(groups?.filter((g) => g.status !== 'CLOSED'), (g) => g.id, (g) => `${g.name} (${g.kindLabel})`), [groups]);

  return (
    <ActionDialog title={theme ? `Status ändern: ${theme.title}` : 'Status ändern'} submitLabel="Status ändern" onClose={onClose}
      submit={() => api.send('themes.setStatus', { themeId, status: status as 'PROPOSED', decisionId, committeeId, note })}>
      {(errorsAt) => !theme ? <p className="kern-body loading-note" role="status">Thema wird geladen …</p> : (
        <div className="form-grid">
          <p className="kern-body form-field--wide">Aktueller Status: <strong>{theme.statusLabel}</strong></p>
          {transitions.length === 0 ? (
            <p className="kern-body form-field--wide">Von diesem Status aus ist kein Wechsel mehr möglich.</p>
          ) : (
            <FormField id="theme-status" value={status} errors={errorsAt('status')} autoFocus onChange={(v) => setStatus(String(v))}
              field={{
                name: 'status', label: 'Neuer Status', kind: 'select', required: true, wide: true,
                hint: 'Angeboten werden nur die Wechsel, die der Ablauf erlaubt.',
                options: transitions.map((t) => ({ value: t.status, label: t.needsDecision ? `${t.label} (Beschluss der Lenkungsgruppe nötig)` : t.label })),
              }} />
          )}
          {chosen?.needsDecision ? (
            <div className="form-field--wide">
              <Alert variant="info" title="Beschluss der Lenkungsgruppe nötig">
                <p className="kern-body">
                  Über „{chosen.label}“ entscheidet die Lenkungsgruppe. Wählen Sie den Beschluss, auf dem der Wechsel beruht.
                  Einfacher geht es in der Sitzung selbst: Beim Erfassen des Beschlusses die Wirkung „Den Status eines Themas ändern“ wählen
                  (<a className="kern-link" href={hrefFor('/lenkungsgruppe')}>zur Lenkungsgruppe</a>).
                </p>
              </Alert>
            </div>
          ) : null}
          {chosen?.needsDecision ? (
            <FormField id="theme-decision" value={decisionId} errors={errorsAt('decisionId')} onChange={(v) => setDecisionId(String(v))}
              field={{
                name: 'decisionId', label: 'Beschluss', kind: 'select', required: true, wide: true, options: decisions.options,
                hint: decisions.loaded && decisions.options.length === 0 ? 'Es ist noch kein Beschluss der Lenkungsgruppe erfasst.' : undefined,
              }} />
          ) : null}
          {status === 'ASSIGNED' ? (
            <FormField id="theme-group" value={committeeId} errors={errorsAt('committeeId')} onChange={(v) => setCommitteeId(String(v))}
              field={{ name: 'committeeId', label: 'Beauftragte Gruppe', kind: 'select', wide: true, options: groupOptions,
                hint: 'Leer lassen, wenn der Beschluss genau eine Gruppe eingesetzt hat – dann wird sie übernommen.' }} />
          ) : null}
          <FormField id="theme-note" value={note} errors={errorsAt('note')} onChange={(v) => setNote(String(v))}
            field={{ name: 'note', label: 'Notiz zum Wechsel', kind: 'textarea', maxLength: 1000 }} />
        </div>
      )}
    </ActionDialog>
  );
}
