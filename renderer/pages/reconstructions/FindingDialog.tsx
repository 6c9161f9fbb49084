import { useState } from 'react';
import { ApiFailure } from '../../api/ApiFailure';
import { api } from '../../api/client';
import { dataChanged } from '../../api/changes';
import { enumOptions, useEnums } from '../../api/enums';
import { CheckboxGroup } from '../../components/form/CheckboxGroup';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import type { Option } from '../../components/form/fieldSpec';
import { FormField } from '../../components/form/FormField';
import { PrivacyTextarea } from '../../components/privacy/PrivacyTextarea';
import { usePrivacyScan } from '../../components/privacy/usePrivacyScan';

export interface FindingDraft {
  id?: string;
  kind: string;
  description: string;
  organisationIds: string[];
}

interface FindingDialogProps {
  reconstructionId: string;
  finding: FindingDraft;
  organisations: readonly Option[];
  onClose(): void;
}

/** One finding of a reconstruction. Findings outlive the case's texts, so the guard refuses personal data here outright. */
export function FindingDialog({ reconstructionId, finding, organisations, onClose }: FindingDialogProps) {
  const enums = useEnums();
  const [draft, setDraft] = useState(finding);
  const [failure, setFailure] = useState<ApiFailure>();
  const [busy, setBusy] = useState(false);
  const scan = usePrivacyScan(draft.description);
  const errorsAt = (field: string) => (failure?.issues ?? []).filter((i) => i.field === field || i.field.startsWith(`${field}.`)).map((i) => i.message);

  const save = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await scan.scanNow().catch(() => undefined);
      const input = {
        reconstructionId, roundTableId: '', kind: draft.kind as 'INTERFACE', description: draft.description, organisationIds: draft.organisationIds,
      };
      if (draft.id) await api.send('findings.update', { id: draft.id, ...input });
      else await api.send('findings.create', input);
      dataChanged();
      onClose();
    } catch (error) {
      const f = ApiFailure.from(error);
      setFailure(f);
      setBusy(false);
      requestAnimationFrame(() => document.querySelector<HTMLElement>('dialog [aria-invalid="true"]:not(fieldset)')?.focus());
    }
  };

  return (
    <Dialog title={draft.id ? 'Erkenntnis bearbeiten' : 'Erkenntnis erfassen'} onClose={onClose} busy={busy} wide>
      <form noValidate className="entity-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <div className="kern-dialog__body app-dialog__scroll">
          <ErrorSummary failure={failure} messages={failure ? failure.issues.map((i) => i.message) : []} />
          <div className="form-grid">
            <FormField id="finding-kind" value={draft.kind} errors={errorsAt('kind')} autoFocus
              onChange={(v) => setDraft((d) => ({ ...d, kind: String(v) }))}
              field={{ name: 'kind', label: 'Art der Erkenntnis', kind: 'select', required: true, options: enumOptions(enums, 'findingKind') }} />
            <PrivacyTextarea label="Beschreibung" required rows={4} maxLength={2000} value={draft.description}
              onChange={(description) => setDraft((d) => ({ ...d, description }))} hits={scan.hits} errors={errorsAt('description')}
              hint="Die strukturelle Erkenntnis, ohne Bezug auf Personen: Sie bleibt nach Ablauf der Löschfrist erhalten." />
            <div className="form-field--wide wide-checks">
              <CheckboxGroup legend="Beteiligte Organisationen" options={organisations} selected={draft.organisationIds}
                onChange={(organisationIds) => setDraft((d) => ({ ...d, organisationIds }))} errors={errorsAt('organisationIds')}
                hint={organisations.length === 0 ? 'Tragen Sie zuerst beteiligte Organisationen in der Fallrekonstruktion ein.' : undefined} />
            </div>
          </div>
        </div>
        <footer className="kern-dialog__footer">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}><span className="kern-label">Abbrechen</span></button>
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={busy || undefined}>
            <span className="kern-label">{busy ? 'Wird gespeichert …' : 'Erkenntnis speichern'}</span>
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
