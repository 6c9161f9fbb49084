import { asc, inArray } from 'drizzle-orm';
import { committeeMemberships, committees, organisations, persons } from '../../schema';
import type { Context } from '../../core/context';
import type { CommitteeKind } from '../../domain/enums';
import { LABELS } from '../../domain/labels';
import { isVotingRole } from '../../services/attendance/quorum';
import { objectUrl, typeUri } from './oparlUrls';

export type OparlObject = Record<string, unknown> & { id: string; type: string };

/** OParl's organizationType names the kind of group; classification carries the KIM name of it. */
const ORGANIZATION_TYPE: Record<CommitteeKind, string> = {
  STEERING_GROUP: 'Gremium',
  PROJECT_GROUP: 'Arbeitsgruppe',
  WORKING_GROUP: 'Arbeitsgruppe',
  WORKING_CIRCLE: 'Arbeitsgruppe',
  OTHER: 'Sonstiges',
};

/** Leaves out absent values: OParl properties are optional, but when present they must have their type. */
export function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== null && v !== undefined)) as T;
}

export interface OrganizationPart {
  committees: OparlObject[];
  /** Member organisations a seat is held for (Membership.onBehalfOf). */
  institutions: OparlObject[];
  persons: OparlObject[];
  memberships: OparlObject[];
  committeeUrl(committeeId: string): string;
}

/**
 * The committees as OParl Organizations with their seats as Memberships. Persons are the members' professional
 * contact records, named only: e-mail and telephone stay in the app, because an OParl file is made to be passed on.
 */
export function buildOrganizations(ctx: Context, bodyUrl: string): OrganizationPart {
  const committeeRows = ctx.db.select().from(committees).orderBy(asc(committees.name), asc(committees.id)).all();
  const seatRows = ctx.db.select().from(committeeMemberships)
    .orderBy(asc(committeeMemberships.committeeId), asc(committeeMemberships.validFrom), asc(committeeMemberships.id)).all();

  const memberships: OparlObject[] = seatRows.map((seat) => compact({
    id: objectUrl('Membership', seat.id),
    type: typeUri('Membership'),
    person: seat.personId ? objectUrl('Person', seat.personId) : null,
    organization: objectUrl('Organization', seat.committeeId),
    role: LABELS.membershipRole[seat.role],
    votingRight: isVotingRole(seat.role),
    startDate: seat.validFrom,
    endDate: seat.validTo,
    onBehalfOf: seat.organisationId ? objectUrl('Organization', seat.organisationId) : null,
    keyword: seat.category ? [LABELS.membershipCategory[seat.category]] : null,
    created: seat.createdAt,
    modified: seat.updatedAt,
  }));
  const membershipsOf = (key: 'personId' | 'committeeId', value: string) =>
    seatRows.flatMap((seat, i) => (seat[key] === value ? [memberships[i]] : []));

  const committeeObjects: OparlObject[] = committeeRows.map((c) => compact({
    id: objectUrl('Organization', c.id),
    type: typeUri('Organization'),
    body: bodyUrl,
    name: c.name,
    shortName: c.shortName,
    organizationType: ORGANIZATION_TYPE[c.kind],
    classification: LABELS.committeeKind[c.kind],
    startDate: c.startDate,
    endDate: c.endDate,
    membership: membershipsOf('committeeId', c.id).map((m) => m.id),
    created: c.createdAt,
    modified: c.updatedAt,
  }));

  const organisationIds = [...new Set(seatRows.map((s) => s.organisationId).filter((v): v is string => v !== null))];
  const institutionRows = organisationIds.length === 0 ? [] : ctx.db.select().from(organisations)
    .where(inArray(organisations.id, organisationIds)).orderBy(asc(organisations.name), asc(organisations.id)).all();
  const institutions: OparlObject[] = institutionRows.map((o) => compact({
    id: objectUrl('Organization', o.id),
    type: typeUri('Organization'),
    body: bodyUrl,
    name: o.name,
    shortName: o.shortName,
    organizationType: 'Institution',
    classification: LABELS.organisationKind[o.kind],
    created: o.createdAt,
    modified: o.updatedAt,
  }));

  const personIds = [...new Set(seatRows.map((s) => s.personId).filter((v): v is string => v !== null))];
  const personRows = personIds.length === 0 ? [] : ctx.db.select({
    id: persons.id, name: persons.name, createdAt: persons.createdAt, updatedAt: persons.updatedAt,
  }).from(persons).where(inArray(persons.id, personIds)).orderBy(asc(persons.name), asc(persons.id)).all();
  const personObjects: OparlObject[] = personRows.map((p) => compact({
    id: objectUrl('Person', p.id),
    type: typeUri('Person'),
    body: bodyUrl,
    name: p.name,
    membership: membershipsOf('personId', p.id),
    created: p.createdAt,
    modified: p.updatedAt,
  }));

  return {
    committees: committeeObjects,
    institutions,
    persons: personObjects,
    memberships,
    committeeUrl: (committeeId) => objectUrl('Organization', committeeId),
  };
}
