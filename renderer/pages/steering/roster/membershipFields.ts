import type { InputOf, OutputOf } from '../../../../db/api/contract';
import { enumOptions, type Enums } from '../../../api/enums';
import type { FieldsOf } from '../../../components/form/fieldSpec';
import { optionsFrom } from '../../../components/form/options';

type Input = InputOf<'memberships.create'>;
type Persons = OutputOf<'persons.list'> | undefined;
type Organisations = OutputOf<'organisations.list'> | undefined;

export function membershipFields(enums: Enums, organisations: Organisations, persons: Persons) {
  const people = optionsFrom(persons, (p) => p.id, (p) => p.organisationName ? `${p.name} (${p.organisationName})` : p.name);
  return [
    { name: 'seatLabel', label: 'Sitz', kind: 'text', maxLength: 200, wide: true, hint: 'z. B. Abteilung 51 „Jugend und Familie“' },
    { name: 'organisationId', label: 'Organisation', kind: 'select', options: optionsFrom(organisations, (o) => o.id, (o) => o.name), wide: true },
    { name: 'personId', label: 'Mitglied', kind: 'select', options: people },
    { name: 'deputyPersonId', label: 'Vertretung', kind: 'select', options: people },
    { name: 'role', label: 'Rolle', kind: 'select', required: true, options: enumOptions(enums, 'membershipRole'), defaultValue: 'VOTING' },
    { name: 'category', label: 'Gruppe', kind: 'select', options: enumOptions(enums, 'membershipCategory') },
    { name: 'validFrom', label: 'Gültig ab', kind: 'date' },
    { name: 'validTo', label: 'Gültig bis', kind: 'date' },
    { name: 'occasional', label: 'Anlassbezogen', kind: 'checkbox', hint: 'Nimmt nur zu bestimmten Themen teil; zählt nur mit, wenn anwesend.' },
    { name: 'note', label: 'Bemerkung', kind: 'textarea', maxLength: 2000 },
  ] as const satisfies FieldsOf<Input>;
}

export function replaceHolderFields(persons: Persons) {
  const people = optionsFrom(persons, (p) => p.id, (p) => p.organisationName ? `${p.name} (${p.organisationName})` : p.name);
  return [
    { name: 'from', label: 'Wechsel zum', kind: 'date', required: true, hint: 'Erster Tag des neuen Mitglieds; der bisherige Eintrag endet am Vortag.' },
    { name: 'personId', label: 'Neues Mitglied', kind: 'select', required: true, options: people },
    { name: 'deputyPersonId', label: 'Vertretung', kind: 'select', options: people, hint: 'Vorbelegt mit der bisherigen Vertretung; leer: keine Vertretung' },
  ] as const satisfies FieldsOf<InputOf<'memberships.replaceHolder'>>;
}
