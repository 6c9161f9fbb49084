import { useId, useMemo, useRef, useState } from 'react';
import type { OutputOf } from '../../../../db/api/contract';
import { ApiFailure } from '../../../api/ApiFailure';
import { api } from '../../../api/client';
import { dataChanged } from '../../../api/changes';
import { useEnums } from '../../../api/enums';
import { useApiData } from '../../../api/useApiData';
import { useToday } from '../../../api/useToday';
import { Dialog } from '../../../components/Dialog';
import { CheckboxGroup } from '../../../components/form/CheckboxGroup';
import { ErrorSummary } from '../../../components/form/ErrorSummary';
import { FormField } from '../../../components/form/FormField';
import { optionsFrom } from '../../../components/form/options';
import { useEntityForm } from '../../../components/form/useEntityForm';
import { formatDate } from '../../../format/date';
import { ContextPanel } from './ContextPanel';
import { ParticipantsEditor } from './ParticipantsEditor';
import {
  issuesAt, participantDrafts, participantsInput, roundTableFields, takeOverInput,
  type ParticipantDraft, type RoundTableDetail, type RoundTableInput,
} from './roundTableForm';

type OpenAgreement = OutputOf<'roundTables.context'>['openAgreements'][number];

interface RoundTableDialogProps {
  /** The round table to edit; a new one without. */
  detail?: RoundTableDetail;
  onClose(): void;
  onSaved(saved: RoundTableDetail, message: string): void;
}

/**
 * Records a round table or another format: when, where, with which municipalities and who took part. As soon as
 * municipalities are chosen, what is known about them appears beside the form, and open agreements from earlier
 * dates can be taken up into this one.
 */
export function RoundTableDialog({ detail, onClose, onSaved }: RoundTableDialogProps) {
  const enums = useEnums();
  const today = useToday();
  const id = useId();
  const municipalities = useApiData('municipalities.list').data;
  const organisations = useApiData('organisations.list').data;
  const persons = useApiData('persons.list').data;
  const fields = useMemo(() => roundTableFields(enums), [enums]);
  const [municipalityIds, setMunicipalityIds] = useState<string[]>(detail?.municipalityIds ?? []);
  const [participants, setParticipants] = useState<ParticipantDraft[]>(() => participantDrafts(detail));
  const [takeOvers, setTakeOvers] = useState<OpenAgreement[]>([]);
  // A save whose round table went through but whose take-overs failed must not create the round table twice.
  const savedId = useRef(detail?.id);
  const savedDetail = useRef<RoundTableDetail>(undefined);
  const record = useMemo(() => (detail ? detail as unknown as Record<string, unknown> : undefined), [detail]);

  const form = useEntityForm(fields, record, async (values) => {
    const { participants: list, issues } = participantsInput(participants);
    if (issues.length > 0) throw new ApiFailure('VALIDATION', issues[0].message, issues);
    const plain = values as Omit<RoundTableInput, 'municipalityIds' | 'participants'>;
    const input = { ...plain, municipalityIds: plain.countyWide ? [] : municipalityIds, participants: list };
    const saved = savedId.current
      ? await api.send('roundTables.update', { ...input, id: savedId.current })
      : await api.send('roundTables.create', input);
    savedId.current = saved.id;
    savedDetail.current = saved;
    for (const agreement of takeOvers) {
      await api.send('tasks.create', takeOverInput(agreement, saved.id, today));
      await api.send('tasks.addNote', { id: agreement.id, text: `Im Termin „${saved.title}“ am ${formatDate(saved.heldOn)} erneut aufgenommen.` });
      setTakeOvers((list) => list.filter((a) => a.id !== agreement.id));
    }
    return saved;
  });

  const submit = async () => {
    if (!(await form.submit())) return;
    dataChanged();
    onSaved(savedDetail.current!, detail ? 'Der Termin wurde gespeichert.' : 'Der Termin wurde angelegt.');
  };

  const issues = form.failure?.issues ?? [];
  const countyWide = Boolean(form.values.countyWide);
  const field = (name: (typeof fields)[number]['name'], index: number) => {
    const spec = fields.find((f) => f.name === name)!;
    return <FormField key={name} field={spec} id={`${id}-${name}`} value={form.values[name] ?? ''} errors={form.errors.get(name) ?? []}
      onChange={(v) => form.setValue(name, v)} autoFocus={index === 0} />;
  };

  return (
    <Dialog title={detail ? 'Termin bearbeiten' : 'Neuer Termin'} onClose={onClose} busy={form.busy} wide>
      <div ref={(el) => { form.containerRef.current = el; }}>
        <form noValidate className="entity-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          <div className="kern-dialog__body app-dialog__scroll">
            <ErrorSummary failure={form.failure} messages={form.summary} />
            <p className="kern-body kern-body--small required-note">Pflichtfelder sind mit * gekennzeichnet.</p>
            <div className="form-grid">
              {(['format', 'title', 'heldOn', 'startTime', 'location', 'onlineUrl', 'countyWide'] as const).map(field)}
            </div>
            <div className="round-table-form__places">
              <CheckboxGroup legend="Kommunen" disabled={countyWide}
                hint={countyWide ? 'Kreisweite Termine betreffen alle Kommunen.' : 'Mindestens eine Kommune, außer bei kreisweiten Terminen'}
                options={optionsFrom(municipalities, (m) => m.id, (m) => m.name)}
                selected={municipalityIds} onChange={setMunicipalityIds} errors={issuesAt(issues, 'municipalityIds')} />
              {municipalityIds.length > 0 && !countyWide ? (
                <ContextPanel municipalityIds={municipalityIds} excludeRoundTableId={detail?.id} takenIds={takeOvers.map((a) => a.id)}
                  onTakeOver={(a) => setTakeOvers((list) => [...list, a])} />
              ) : null}
            </div>
            {takeOvers.length > 0 ? (
              <section className="take-overs" aria-labelledby={`${id}-takeovers`}>
                <h3 id={`${id}-takeovers`} className="kern-heading-small">Werden als Vereinbarungen dieses Termins übernommen</h3>
                <ul className="context-panel__list">
                  {takeOvers.map((a) => (
                    <li key={a.id} className="context-panel__agreement">
                      <span className="kern-body">{a.title}<span className="cell-sub">{a.ownerName}</span></span>
                      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" title={`Nicht übernehmen: ${a.title}`}
                        onClick={() => setTakeOvers((list) => list.filter((x) => x.id !== a.id))}>
                        <span className="kern-icon kern-icon--close" aria-hidden="true" />
                        <span className="kern-sr-only">Nicht übernehmen: {a.title}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <div className="form-grid">
              {(['topics', 'notes'] as const).map((name) => field(name, 1))}
            </div>
            <ParticipantsEditor drafts={participants} onChange={setParticipants} issues={issues}
              organisations={optionsFrom(organisations, (o) => o.id, (o) => o.name)} persons={persons} />
          </div>
          <footer className="kern-dialog__footer">
            <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}>
              <span className="kern-label">Abbrechen</span>
            </button>
            <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={form.busy || undefined}>
              <span className="kern-label">{form.busy ? 'Wird gespeichert …' : detail ? 'Speichern' : 'Termin anlegen'}</span>
            </button>
          </footer>
        </form>
      </div>
    </Dialog>
  );
}
