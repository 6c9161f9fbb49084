import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ParticipantRole, RoundTableFormat } from '../domain/enums';
import { flag, idColumn, timestamps } from './columns';
import { municipalities, organisations, persons } from './masterData';

/** A Runder Tisch, Entwicklungskonferenz, Austauschforum or Kommunentour date. */
export const roundTables = sqliteTable('round_tables', {
  id: idColumn(),
  format: text('format').$type<RoundTableFormat>().notNull(),
  title: text('title').notNull(),
  heldOn: text('held_on').notNull(),
  startTime: text('start_time'),
  location: text('location'),
  onlineUrl: text('online_url'),
  countyWide: flag('county_wide'),
  topics: text('topics'),
  notes: text('notes'),
  ...timestamps,
}, (t) => [index('round_tables_held_idx').on(t.heldOn)]);

export const roundTableMunicipalities = sqliteTable('round_table_municipalities', {
  roundTableId: text('round_table_id').notNull().references(() => roundTables.id, { onDelete: 'cascade' }),
  municipalityId: text('municipality_id').notNull().references(() => municipalities.id),
}, (t) => [
  primaryKey({ columns: [t.roundTableId, t.municipalityId] }),
  index('round_table_municipalities_municipality_idx').on(t.municipalityId),
]);

export const roundTableParticipants = sqliteTable('round_table_participants', {
  id: idColumn(),
  roundTableId: text('round_table_id').notNull().references(() => roundTables.id, { onDelete: 'cascade' }),
  organisationId: text('organisation_id').references(() => organisations.id),
  personId: text('person_id').references(() => persons.id),
  role: text('role').$type<ParticipantRole>().notNull(),
  headCount: integer('head_count'),
  note: text('note'),
  ...timestamps,
}, (t) => [
  index('round_table_participants_rt_idx').on(t.roundTableId),
  index('round_table_participants_org_idx').on(t.organisationId),
  index('round_table_participants_person_idx').on(t.personId),
]);
