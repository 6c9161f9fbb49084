import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type {
  AgeBand, BudgetLine, CaseSource, FindingKind, LegalDomain, MeasureStatus, ReconstructionFormat,
  ThemePriority, ThemeStatus,
} from '../domain/enums';
import { flag, idColumn, timestamps } from './columns';
import { municipalities, organisations, posts } from './masterData';
import { committees } from './committees';
import { decisions } from './decisions';
import { roundTables } from './roundTables';

/** Handlungsfelder: seeded with the domain's list, extendable by the office. */
export const fieldsOfAction = sqliteTable('fields_of_action', {
  code: text('code').primaryKey(),
  label: text('label').notNull(),
  position: integer('position').notNull(),
  builtin: flag('builtin'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
});

/**
 * Anonymised case reconstruction. Never a client name, birth date or address: only the provider's case code,
 * which is purged with the summary when the retention date has passed.
 */
export const caseReconstructions = sqliteTable('case_reconstructions', {
  id: idColumn(),
  heldOn: text('held_on').notNull(),
  format: text('format').$type<ReconstructionFormat>().notNull(),
  facilitatorPostId: text('facilitator_post_id').references(() => posts.id),
  caseCode: text('case_code'),
  caseSource: text('case_source').$type<CaseSource>().notNull(),
  providerOrganisationId: text('provider_organisation_id').references(() => organisations.id),
  municipalityId: text('municipality_id').references(() => municipalities.id),
  ageBand: text('age_band').$type<AgeBand>(),
  summary: text('summary'),
  privacyJustification: text('privacy_justification'),
  deleteAfter: text('delete_after'),
  purgedAt: text('purged_at'),
  ...timestamps,
}, (t) => [
  index('case_reconstructions_held_idx').on(t.heldOn),
  index('case_reconstructions_delete_idx').on(t.deleteAfter, t.purgedAt),
  index('case_reconstructions_municipality_idx').on(t.municipalityId),
]);

export const reconstructionParticipants = sqliteTable('reconstruction_participants', {
  id: idColumn(),
  reconstructionId: text('reconstruction_id').notNull().references(() => caseReconstructions.id, { onDelete: 'cascade' }),
  organisationId: text('organisation_id').references(() => organisations.id),
  role: text('role').notNull(),
}, (t) => [index('reconstruction_participants_rec_idx').on(t.reconstructionId)]);

export const reconstructionFields = sqliteTable('reconstruction_fields', {
  reconstructionId: text('reconstruction_id').notNull().references(() => caseReconstructions.id, { onDelete: 'cascade' }),
  fieldOfAction: text('field_of_action').notNull().references(() => fieldsOfAction.code),
}, (t) => [primaryKey({ columns: [t.reconstructionId, t.fieldOfAction] })]);

export const reconstructionLegalDomains = sqliteTable('reconstruction_legal_domains', {
  reconstructionId: text('reconstruction_id').notNull().references(() => caseReconstructions.id, { onDelete: 'cascade' }),
  legalDomain: text('legal_domain').$type<LegalDomain>().notNull(),
}, (t) => [primaryKey({ columns: [t.reconstructionId, t.legalDomain] })]);

export const themes = sqliteTable('themes', {
  id: idColumn(),
  title: text('title').notNull(),
  description: text('description'),
  fieldOfAction: text('field_of_action').references(() => fieldsOfAction.code),
  priority: text('priority').$type<ThemePriority>(),
  status: text('status').$type<ThemeStatus>().notNull(),
  assignedCommitteeId: text('assigned_committee_id').references(() => committees.id),
  mergedIntoThemeId: text('merged_into_theme_id').references((): AnySQLiteColumn => themes.id),
  ...timestamps,
}, (t) => [
  index('themes_status_idx').on(t.status),
  index('themes_field_idx').on(t.fieldOfAction),
  index('themes_committee_idx').on(t.assignedCommitteeId),
]);

/** Structural finding from a reconstruction or a round table; the evidence behind a theme. */
export const findings = sqliteTable('findings', {
  id: idColumn(),
  reconstructionId: text('reconstruction_id').references(() => caseReconstructions.id),
  roundTableId: text('round_table_id').references(() => roundTables.id),
  kind: text('kind').$type<FindingKind>().notNull(),
  description: text('description').notNull(),
  themeId: text('theme_id').references(() => themes.id),
  ...timestamps,
}, (t) => [
  index('findings_reconstruction_idx').on(t.reconstructionId),
  index('findings_round_table_idx').on(t.roundTableId),
  index('findings_theme_idx').on(t.themeId),
]);

export const findingOrganisations = sqliteTable('finding_organisations', {
  findingId: text('finding_id').notNull().references(() => findings.id, { onDelete: 'cascade' }),
  organisationId: text('organisation_id').notNull().references(() => organisations.id),
}, (t) => [primaryKey({ columns: [t.findingId, t.organisationId] })]);

export const themeStatusHistory = sqliteTable('theme_status_history', {
  id: idColumn(),
  themeId: text('theme_id').notNull().references(() => themes.id, { onDelete: 'cascade' }),
  fromStatus: text('from_status').$type<ThemeStatus>(),
  toStatus: text('to_status').$type<ThemeStatus>().notNull(),
  changedAt: text('changed_at').notNull(),
  decisionId: text('decision_id').references(() => decisions.id),
  note: text('note'),
}, (t) => [index('theme_status_history_theme_idx').on(t.themeId, t.changedAt)]);

export const measures = sqliteTable('measures', {
  id: idColumn(),
  themeId: text('theme_id').references(() => themes.id),
  committeeId: text('committee_id').references(() => committees.id),
  title: text('title').notNull(),
  targetAgreement: text('target_agreement'),
  indicators: text('indicators'),
  approvedByDecisionId: text('approved_by_decision_id').references(() => decisions.id),
  status: text('status').$type<MeasureStatus>().notNull(),
  startDate: text('start_date'),
  endDate: text('end_date'),
  budgetLine: text('budget_line').$type<BudgetLine>(),
  result: text('result'),
  evidence: text('evidence'),
  ...timestamps,
}, (t) => [
  index('measures_theme_idx').on(t.themeId),
  index('measures_committee_idx').on(t.committeeId),
  index('measures_status_end_idx').on(t.status, t.endDate),
]);

/** A measure's budget per calendar year, so yearly totals per budget line can be checked against the caps. */
export const measureBudgets = sqliteTable('measure_budgets', {
  measureId: text('measure_id').notNull().references(() => measures.id, { onDelete: 'cascade' }),
  year: integer('year').notNull(),
  amountCents: integer('amount_cents').notNull(),
}, (t) => [primaryKey({ columns: [t.measureId, t.year] })]);

export const measureOrganisations = sqliteTable('measure_organisations', {
  measureId: text('measure_id').notNull().references(() => measures.id, { onDelete: 'cascade' }),
  organisationId: text('organisation_id').notNull().references(() => organisations.id),
}, (t) => [primaryKey({ columns: [t.measureId, t.organisationId] })]);
