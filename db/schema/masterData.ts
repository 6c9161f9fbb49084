import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type {
  FundingModule, MunicipalityStatus, OrganisationKind, PostKind, PostStatus, TargetGroup,
} from '../domain/enums';
import { flag, idColumn, timestamps } from './columns';

export const municipalities = sqliteTable('municipalities', {
  id: idColumn(),
  name: text('name').notNull(),
  status: text('status').$type<MunicipalityStatus>().notNull(),
  officialKey: text('official_key'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  ...timestamps,
}, (t) => [
  uniqueIndex('municipalities_name_uq').on(t.name),
  uniqueIndex('municipalities_official_key_uq').on(t.officialKey),
]);

export const organisations = sqliteTable('organisations', {
  id: idColumn(),
  name: text('name').notNull(),
  shortName: text('short_name'),
  kind: text('kind').$type<OrganisationKind>().notNull(),
  unitCode: text('unit_code'),
  parentId: text('parent_id').references((): AnySQLiteColumn => organisations.id),
  municipalityId: text('municipality_id').references(() => municipalities.id),
  ...timestamps,
}, (t) => [
  index('organisations_name_idx').on(t.name),
  index('organisations_kind_idx').on(t.kind),
  index('organisations_parent_idx').on(t.parentId),
  index('organisations_municipality_idx').on(t.municipalityId),
]);

/** Professional contacts only, never clients. */
export const persons = sqliteTable('persons', {
  id: idColumn(),
  name: text('name').notNull(),
  function: text('function'),
  organisationId: text('organisation_id').references(() => organisations.id),
  email: text('email'),
  phone: text('phone'),
  validFrom: text('valid_from'),
  validTo: text('valid_to'),
  deleteAfter: text('delete_after'),
  ...timestamps,
}, (t) => [
  index('persons_name_idx').on(t.name),
  index('persons_organisation_idx').on(t.organisationId),
]);

export const posts = sqliteTable('posts', {
  id: idColumn(),
  label: text('label').notNull(),
  fundingModule: text('funding_module').$type<FundingModule>().notNull(),
  kind: text('kind').$type<PostKind>().notNull(),
  focus: text('focus'),
  fte: real('fte').notNull(),
  fundingPerFteCents: integer('funding_per_fte_cents'),
  hostOrganisationId: text('host_organisation_id').references(() => organisations.id),
  holderPersonId: text('holder_person_id').references(() => persons.id),
  status: text('status').$type<PostStatus>().notNull(),
  permanent: flag('permanent'),
  filledSince: text('filled_since'),
  isOverallCoordination: flag('is_overall_coordination'),
  tasks: text('tasks'),
  ...timestamps,
}, (t) => [
  index('posts_module_idx').on(t.fundingModule),
  index('posts_host_idx').on(t.hostOrganisationId),
  index('posts_holder_idx').on(t.holderPersonId),
]);

/** Staffing over time: one row per period in which a post had a given status and FTE. */
export const postPeriods = sqliteTable('post_periods', {
  id: idColumn(),
  postId: text('post_id').notNull().references(() => posts.id, { onDelete: 'cascade' }),
  status: text('status').$type<PostStatus>().notNull(),
  fte: real('fte').notNull(),
  holderPersonId: text('holder_person_id').references(() => persons.id),
  validFrom: text('valid_from').notNull(),
  validTo: text('valid_to'),
  note: text('note'),
  ...timestamps,
}, (t) => [index('post_periods_post_idx').on(t.postId, t.validFrom)]);

export const providerAssignments = sqliteTable('provider_assignments', {
  id: idColumn(),
  providerOrganisationId: text('provider_organisation_id').notNull().references(() => organisations.id),
  municipalityId: text('municipality_id').references(() => municipalities.id),
  countyWide: flag('county_wide'),
  targetGroup: text('target_group').$type<TargetGroup>().notNull(),
  validFrom: text('valid_from'),
  validTo: text('valid_to'),
  note: text('note'),
  ...timestamps,
}, (t) => [
  index('provider_assignments_provider_idx').on(t.providerOrganisationId),
  index('provider_assignments_municipality_idx').on(t.municipalityId),
]);
