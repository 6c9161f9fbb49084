import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { ApiFailure } from '../../api/ApiFailure';
import { api } from '../../api/client';
import { dataChanged } from '../../api/changes';
import { enumOptions, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import { CheckboxGroup } from '../../components/form/CheckboxGroup';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { FormField } from '../../components/form/FormField';
import { optionsFrom } from '../../components/form/options';
import { PrivacyTextarea } from '../../components/privacy/PrivacyTextarea';
import { usePrivacyScan } from '../../components/privacy/usePrivacyScan';
import { ParticipantsEditor } from './ParticipantsEditor';
import { draftToInput, groupIssues, type ReconstructionDraft } from './reconstructionForm';

type Detail = OutputOf<'reconstructions.get'>;

interface ReconstructionFormProps {
  id?: string;
  initial: ReconstructionDraft;
  onSaved(detail: Detail): void;
  onCancel(): void;
}

/**
 * The reconstruction record. The privacy guard watches the summary while typing and again right before saving; the
 * core refuses a text with findings unless a justification is recorded, and its messages land at the fields.
 */
export function ReconstructionForm({ id, initial, onSaved, onCancel }: ReconstructionFormProps) {
  const enums = useEnums();
  const posts = useApiData('posts.list').data;
  const organisations = useApiData('organisations.list').data;
  const municipalities = useApiData('municipalities.list').data;
  const [draft, setDraft] = useState(initial);
  const [failure, setFailure] = useState<ApiFailure>();
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryScan = usePrivacyScan(draft.summary);
  const justificationScan = usePrivacyScan(draft.privacyJustification);

  const orgOptions = useMemo(() => optionsFrom(organisations, (o) => o.id, (o) => o.name), [organisations]);
  const postOptions = useMemo(() => optionsFrom(posts, (p) => p.id, (p) => p.label), [posts]);
  const municipalityOptions = useMemo(() => optionsFrom(municipalities, (m) => m.id, (m) => m.name), [municipalities]);
  const fieldOptions = useMemo(() => enumOptions(enums, 'fieldOfAction'), [enums]);
  const issues = useMemo(() => groupIssues(failure?.issues ?? []), [failure]);
  const errorsAt = (path: string) => issues.get(path) ?? [];
  const set = (patch: Partial<ReconstructionDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const showJustification = summaryScan.hits.length > 0 || draft.privacyJustification !== '' || issues.has('privacyJustification')
    || (failure?.issues ?? []).some((i) => i.message.includes('personenbezogene'));

  useLayoutEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]:not(fieldset)')?.focus();
  }, [attempt]);

  const field = (name: keyof ReconstructionDraft, spec: Omit<Parameters<typeof FormField>[0]['field'], 'name'>) => (
    <FormField id={`reconstruction-${name}`} value={draft[name] as string} errors={errorsAt(name)}
      onChange={(v) => set({ [name]: String(v) } as Partial<ReconstructionDraft>)} field={{ name, ...spec }} />
  );

  const save = async () => {
    if (busy) return;
    setBusy(true);
    try {
      // The highlights must show what the core is about to judge, not what it judged 400 ms ago.
      await Promise.all([summaryScan.scanNow(), justificationScan.scanNow()]).catch(() => undefined);
      const input = draftToInput(draft);
      const saved = id ? await api.send('reconstructions.update', { id, ...input }) : await api.send('reconstructions.create', input);
      dataChanged();
      setFailure(undefined);
      onSaved(saved);
    } catch (error) {
      setFailure(ApiFailure.from(error));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const summaryMessages = (failure?.issues ?? []).filter((i) => !formHandles(i.field)).map((i) => i.message);
  return (
    <form ref={formRef} noValidate className="entity-form reconstruction-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <ErrorSummary failure={failure} messages={failure ? (summaryMessages.length > 0 ? summaryMessages : [failure.message]) : []} />
      <p className="kern-body kern-body--small required-note">Pflichtfelder sind mit * gekennzeichnet.</p>
      <section className="page-section" aria-labelledby="rec-session">
        <h2 className="kern-heading-small" id="rec-session">Sitzung und Fall</h2>
        <div className="form-grid">
          {field('heldOn', { label: 'Datum', kind: 'date', required: true })}
          {field('format', { label: 'Format', kind: 'select', required: true, options: enumOptions(enums, 'reconstructionFormat') })}
          {field('facilitatorPostId', { label: 'Moderation (Stelle)', kind: 'select', options: postOptions })}
          {field('caseCode', { label: 'Fallcode des Trägers', kind: 'text', maxLength: 30, hint: 'Nur das Kürzel des Trägers, keine Namen (z. B. „CM-2026-014“).' })}
          {field('caseSource', { label: 'Herkunft des Falls', kind: 'select', required: true, options: enumOptions(enums, 'caseSource') })}
          {field('providerOrganisationId', { label: 'Träger', kind: 'select', required: true, options: orgOptions })}
          {field('municipalityId', { label: 'Kommune', kind: 'select', options: municipalityOptions, hint: 'Optional – leer lassen, wenn der Ort den Fall erkennbar machen würde.' })}
          {field('ageBand', { label: 'Altersgruppe', kind: 'select', required: true, options: enumOptions(enums, 'ageBand') })}
          <div className="form-field--wide wide-checks">
            <CheckboxGroup legend="Handlungsfelder" hint="Mindestens ein Handlungsfeld (Pflichtangabe)." options={fieldOptions}
              selected={draft.fieldsOfAction} onChange={(v) => set({ fieldsOfAction: v })} errors={errorsAt('fieldsOfAction')} />
          </div>
          <div className="form-field--wide">
            <CheckboxGroup legend="Rechtskreise" options={enumOptions(enums, 'legalDomain')} selected={draft.legalDomains}
              onChange={(v) => set({ legalDomains: v })} errors={errorsAt('legalDomains')} />
          </div>
          <ParticipantsEditor rows={draft.participants} organisations={orgOptions} onChange={(participants) => set({ participants })} errorsAt={errorsAt} />
        </div>
      </section>
      <section className="page-section" aria-labelledby="rec-summary">
        <h2 className="kern-heading-small" id="rec-summary">Anonymisierte Zusammenfassung</h2>
        <div className="form-grid">
          <PrivacyTextarea label="Zusammenfassung" required rows={7} maxLength={4000} value={draft.summary}
            onChange={(summary) => set({ summary })} hits={summaryScan.hits} errors={errorsAt('summary')}
            hint="Beschreiben Sie den Fallverlauf ohne Namen, Geburtsdaten, Adressen oder Aktenzeichen. Die Datenschutz-Prüfung läuft beim Schreiben mit." />
          {showJustification ? (
            <PrivacyTextarea label="Begründung Datenschutz" rows={3} maxLength={1000} value={draft.privacyJustification}
              onChange={(privacyJustification) => set({ privacyJustification })} hits={justificationScan.hits} errors={errorsAt('privacyJustification')}
              hint="Nur ausfüllen, wenn die markierten Angaben für das Verständnis des Falls unverzichtbar sind: Warum sind sie nötig? Besser ist es, sie zu entfernen." />
          ) : null}
        </div>
      </section>
      <div className="form-actions">
        <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={busy || undefined}>
          <span className="kern-label">{busy ? 'Wird gespeichert …' : 'Fallrekonstruktion speichern'}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}>
          <span className="kern-label">Abbrechen</span>
        </button>
      </div>
    </form>
  );
}

const HANDLED = new Set(['heldOn', 'format', 'facilitatorPostId', 'caseCode', 'caseSource', 'providerOrganisationId', 'municipalityId',
  'ageBand', 'fieldsOfAction', 'legalDomains', 'summary', 'privacyJustification']);

/** Whether a refused field has its own place in this form (otherwise its message stays in the summary). */
function formHandles(field: string): boolean {
  return HANDLED.has(field) || /^participants\.\d+/.test(field);
}
