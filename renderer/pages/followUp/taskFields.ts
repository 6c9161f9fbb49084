import type { InputOf, OutputOf } from '../../../db/api/contract';
import { enumOptions, type Enums } from '../../api/enums';
import type { FieldsOf } from '../../components/form/fieldSpec';
import { optionsFrom } from '../../components/form/options';

type Input = InputOf<'tasks.create'>;

/** A task of the Beschlusskontrolle: who (organisation, person or free text, no account needed), until when, how far. */
export function taskFields(enums: Enums, organisations: OutputOf<'organisations.list'> | undefined, persons: OutputOf<'persons.list'> | undefined) {
  return [
    { name: 'title', label: 'Aufgabe', kind: 'text', required: true, maxLength: 300, wide: true },
    { name: 'ownerOrganisationId', label: 'Verantwortliche Organisation', kind: 'select', options: optionsFrom(organisations, (o) => o.id, (o) => o.name) },
    { name: 'ownerPersonId', label: 'Verantwortliche Person', kind: 'select',
      options: optionsFrom(persons, (p) => p.id, (p) => (p.organisationName ? `${p.name} (${p.organisationName})` : p.name)) },
    { name: 'ownerText', label: 'Verantwortlich (Freitext)', kind: 'text', maxLength: 200, hint: 'Wenn weder Organisation noch Person erfasst sind' },
    { name: 'dueDate', label: 'Fällig am', kind: 'date' },
    { name: 'status', label: 'Status', kind: 'select', required: true, options: enumOptions(enums, 'taskStatus'), defaultValue: 'OPEN' },
    { name: 'reviewDate', label: 'Wiedervorlage am', kind: 'date' },
    { name: 'delayReason', label: 'Grund der Verzögerung', kind: 'text', maxLength: 1000, wide: true,
      hint: 'Nötig, wenn die Aufgabe zurückgestellt wird oder eine überfällige Aufgabe einen neuen Termin bekommt' },
    { name: 'evidenceText', label: 'Nachweis', kind: 'textarea', maxLength: 4000, hint: 'Was belegt, dass die Aufgabe erledigt ist' },
    { name: 'description', label: 'Beschreibung', kind: 'textarea', maxLength: 4000 },
  ] as const satisfies FieldsOf<Input>;
}

export type TaskFormInput = Omit<Input, 'source' | 'decisionId' | 'meetingId' | 'roundTableId' | 'evidenceDocumentId'>;
