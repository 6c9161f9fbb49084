import type { InputOf, OutputOf } from '../../../../db/api/contract';
import type { FieldIssue, FieldsOf } from '../../../components/form/fieldSpec';
import { parseInteger } from '../../../format/number';
import { enumOptions, type Enums } from '../../../api/enums';

export type RoundTableInput = InputOf<'roundTables.create'>;
export type RoundTableDetail = OutputOf<'roundTables.get'>;
export type ParticipantInput = NonNullable<RoundTableInput['participants']>[number];
type OpenAgreement = OutputOf<'roundTables.context'>['openAgreements'][number];

/** One participant line as typed: numbers stay text until saving, so "zwölf" can be pointed out at its field. */
export interface ParticipantDraft {
  key: string;
  role: string;
  organisationId: string;
  personId: string;
  headCount: string;
  note: string;
}

let nextKey = 0;
export function newParticipant(role = ''): ParticipantDraft {
  nextKey += 1;
  return { key: `p${nextKey}`, role, organisationId: '', personId: '', headCount: '', note: '' };
}

export function participantDrafts(detail: RoundTableDetail | undefined): ParticipantDraft[] {
  if (!detail) return [newParticipant('KIM_TEAM')];
  return detail.participants.map((p) => ({
    ...newParticipant(p.role),
    organisationId: p.organisationId ?? '',
    personId: p.personId ?? '',
    headCount: p.headCount == null ? '' : String(p.headCount),
    note: p.note ?? '',
  }));
}

/** Drafts → the API's participant list; a head count that is no whole number becomes an issue at its field. */
export function participantsInput(drafts: readonly ParticipantDraft[]): { participants: ParticipantInput[]; issues: FieldIssue[] } {
  const participants: ParticipantInput[] = [];
  const issues: FieldIssue[] = [];
  drafts.forEach((d, i) => {
    const count = parseInteger(d.headCount);
    if (!count.ok) issues.push({ field: `participants.${i}.headCount`, message: `Teilnehmende, Zeile ${i + 1}: Anzahl bitte als ganze Zahl eingeben.` });
    participants.push({
      role: d.role as ParticipantInput['role'],
      organisationId: d.organisationId || null,
      personId: d.personId || null,
      headCount: count.ok ? count.value : null,
      note: d.note.trim() || null,
    });
  });
  return { participants, issues };
}

/** The messages the core or the form gave for one path ('municipalityIds', 'participants.2.role'). */
export function issuesAt(issues: readonly FieldIssue[], path: string): string[] {
  return issues.filter((i) => i.field === path).map((i) => i.message);
}

/**
 * A new agreement that takes up an open one from an earlier round table: same task, owner and description; the
 * old due date only if it still lies ahead (a passed date would make the new agreement overdue on day one).
 */
export function takeOverInput(agreement: OpenAgreement, roundTableId: string, today: string | undefined): InputOf<'tasks.create'> {
  return {
    source: 'ROUND_TABLE', roundTableId, decisionId: null, meetingId: null,
    title: agreement.title, description: agreement.description,
    ownerOrganisationId: agreement.ownerOrganisationId, ownerPersonId: agreement.ownerPersonId, ownerText: agreement.ownerText,
    dueDate: agreement.dueDate && today && agreement.dueDate >= today ? agreement.dueDate : null,
    status: 'OPEN', reviewDate: null, delayReason: null, evidenceText: null, evidenceDocumentId: null,
  };
}

/** The plain fields of a round table, rendered with the shared form fields. */
export function roundTableFields(enums: Enums) {
  return [
    { name: 'format', label: 'Format', kind: 'select', required: true, options: enumOptions(enums, 'roundTableFormat'), defaultValue: 'ROUND_TABLE' },
    { name: 'title', label: 'Titel', kind: 'text', required: true, maxLength: 200, hint: 'z. B. Runder Tisch Integration Zülpich' },
    { name: 'heldOn', label: 'Datum', kind: 'date', required: true },
    { name: 'startTime', label: 'Beginn', kind: 'time' },
    { name: 'location', label: 'Ort', kind: 'text', maxLength: 200 },
    { name: 'onlineUrl', label: 'Online-Link', kind: 'text', maxLength: 500, hint: 'Bei Online-Terminen, beginnend mit https://' },
    { name: 'countyWide', label: 'Kreisweit (alle Kommunen)', kind: 'checkbox', wide: true },
    { name: 'topics', label: 'Besprochene Themen', kind: 'textarea', maxLength: 4000 },
    { name: 'notes', label: 'Notizen', kind: 'textarea', maxLength: 20000 },
  ] as const satisfies FieldsOf<RoundTableInput>;
}
