import { asc, eq } from 'drizzle-orm';
import { organisations, persons } from '../../schema';
import type { Context } from '../../core/context';
import { assertDateRange } from '../../api/fields';
import { crud } from '../crud';

export type Person = typeof persons.$inferSelect;

export const PERSON_LABELS = {
  name: 'Name',
  function: 'Funktion',
  organisationId: 'Organisation',
  email: 'E-Mail',
  phone: 'Telefon',
  validFrom: 'Gültig ab',
  validTo: 'Gültig bis',
};

const L = PERSON_LABELS;

export const personCrud = crud<Person>({
  table: persons,
  displayName: (row) => String(row.name),
  labels: L,
  check: (_ctx, next) => assertDateRange(next as Partial<Person>, 'validFrom', 'validTo', L),
});

export interface PersonListRow {
  id: string;
  name: string;
  function: string | null;
  organisationId: string | null;
  organisationName: string | null;
  email: string | null;
  phone: string | null;
  validFrom: string | null;
  validTo: string | null;
  createdAt: string;
  updatedAt: string;
}

export function listPersons(ctx: Context): PersonListRow[] {
  return ctx.db.select({
    id: persons.id,
    name: persons.name,
    function: persons.function,
    organisationId: persons.organisationId,
    organisationName: organisations.name,
    email: persons.email,
    phone: persons.phone,
    validFrom: persons.validFrom,
    validTo: persons.validTo,
    createdAt: persons.createdAt,
    updatedAt: persons.updatedAt,
  }).from(persons)
    .leftJoin(organisations, eq(organisations.id, persons.organisationId))
    .orderBy(asc(persons.name), asc(persons.id))
    .all();
}
