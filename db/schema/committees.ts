import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type {
  CommitteeKind, CommitteeStatus, DecisionMode, MembershipCategory, MembershipRole, QuorumRule,
} from '../domain/enums';
import { flag, idColumn, timestamps } from './columns';
import { municipalities, organisations, persons } from './masterData';
import { decisions } from './decisions';
import { documents } from './documents';

/** Lenkungsgruppe, Projekt-/Arbeitsgruppen and Arbeitskreise share one shape (OParl: Organization). */
export const committees = sqliteTable('committees', {
  id: idColumn(),
  kind: text('kind').$type<CommitteeKind>().notNull(),
  name: text('name').notNull(),
  shortName: text('short_name'),
  mandate: text('mandate'),
  status: text('status').$type<CommitteeStatus>().notNull(),
  commissionedByDecisionId: text('commissioned_by_decision_id').references((): AnySQLiteColumn => decisions.id),
  leadPersonId: text('lead_person_id').references(() => persons.id),
  leadOrganisationId: text('lead_organisation_id').references(() => organisations.id),
  municipalityId: text('municipality_id').references(() => municipalities.id),
  startDate: text('start_date'),
  plannedEndDate: text('planned_end_date'),
  endDate: text('end_date'),
  closingResult: text('closing_result'),
  ...timestamps,
}, (t) => [
  index('committees_kind_idx').on(t.kind, t.status),
  index('committees_decision_idx').on(t.commissionedByDecisionId),
]);

/** A seat held over a period; history is kept by closing validTo instead of overwriting. */
export const committeeMemberships = sqliteTable('committee_memberships', {
  id: idColumn(),
  committeeId: text('committee_id').notNull().references(() => committees.id, { onDelete: 'cascade' }),
  seatLabel: text('seat_label'),
  organisationId: text('organisation_id').references(() => organisations.id),
  personId: text('person_id').references(() => persons.id),
  deputyPersonId: text('deputy_person_id').references(() => persons.id),
  role: text('role').$type<MembershipRole>().notNull(),
  category: text('category').$type<MembershipCategory>(),
  occasional: flag('occasional'),
  validFrom: text('valid_from'),
  validTo: text('valid_to'),
  note: text('note'),
  ...timestamps,
}, (t) => [
  index('committee_memberships_committee_idx').on(t.committeeId, t.validFrom),
  index('committee_memberships_person_idx').on(t.personId),
  index('committee_memberships_deputy_idx').on(t.deputyPersonId),
  index('committee_memberships_org_idx').on(t.organisationId),
]);

export const rulesOfProcedure = sqliteTable('rules_of_procedure', {
  id: idColumn(),
  committeeId: text('committee_id').notNull().references(() => committees.id, { onDelete: 'cascade' }),
  adoptedOn: text('adopted_on'),
  version: text('version').notNull(),
  quorumRule: text('quorum_rule').$type<QuorumRule>().notNull().default('MORE_THAN_HALF'),
  deputiesCount: integer('deputies_count', { mode: 'boolean' }).notNull().default(true),
  noticePeriodDays: integer('notice_period_days').notNull().default(14),
  decisionMode: text('decision_mode').$type<DecisionMode>().notNull().default('CONSENSUS'),
  meetingsPerYear: integer('meetings_per_year'),
  documentId: text('document_id').references(() => documents.id),
  validFrom: text('valid_from'),
  validTo: text('valid_to'),
  ...timestamps,
}, (t) => [index('rules_of_procedure_committee_idx').on(t.committeeId, t.adoptedOn)]);

/** When a working group owes the steering group a report. */
export const committeeReportDues = sqliteTable('committee_report_dues', {
  id: idColumn(),
  committeeId: text('committee_id').notNull().references(() => committees.id, { onDelete: 'cascade' }),
  dueDate: text('due_date').notNull(),
  topic: text('topic'),
  deliveredOn: text('delivered_on'),
  deliveredAgendaItemId: text('delivered_agenda_item_id'),
  ...timestamps,
}, (t) => [index('committee_report_dues_due_idx').on(t.dueDate, t.committeeId)]);
