import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { BudgetLine, EventKind } from '../domain/enums';
import { idColumn, timestamps } from './columns';
import { fieldsOfAction } from './themes';
import { municipalities, organisations } from './masterData';

export const fundingYears = sqliteTable('funding_years', {
  id: idColumn(),
  year: integer('year').notNull().unique(),
  guidelineVersion: text('guideline_version'),
  grantNoticeDate: text('grant_notice_date'),
  grantNoticeRef: text('grant_notice_ref'),
  reportDeadline: text('report_deadline'),
  notes: text('notes'),
  ...timestamps,
});

/** The guideline's rates per year (57.000 € per coordination FTE …), editable because guidelines change. */
export const fundingRates = sqliteTable('funding_rates', {
  id: idColumn(),
  fundingYearId: text('funding_year_id').notNull().references(() => fundingYears.id, { onDelete: 'cascade' }),
  budgetLine: text('budget_line').$type<BudgetLine>().notNull(),
  amountCents: integer('amount_cents').notNull(),
  unit: text('unit').$type<'PER_FTE' | 'PER_HALF_POST' | 'PER_YEAR' | 'CAP_PER_YEAR'>().notNull(),
}, (t) => [uniqueIndex('funding_rates_year_line_uq').on(t.fundingYearId, t.budgetLine)]);

export const budgetPlans = sqliteTable('budget_plans', {
  id: idColumn(),
  fundingYearId: text('funding_year_id').notNull().references(() => fundingYears.id, { onDelete: 'cascade' }),
  budgetLine: text('budget_line').$type<BudgetLine>().notNull(),
  plannedCents: integer('planned_cents').notNull(),
  note: text('note'),
  ...timestamps,
}, (t) => [uniqueIndex('budget_plans_year_line_uq').on(t.fundingYearId, t.budgetLine)]);

export const events = sqliteTable('events', {
  id: idColumn(),
  heldOn: text('held_on').notNull(),
  kind: text('kind').$type<EventKind>().notNull(),
  title: text('title').notNull(),
  audience: text('audience'),
  participants: integer('participants'),
  costCents: integer('cost_cents'),
  budgetLine: text('budget_line').$type<BudgetLine>(),
  note: text('note'),
  ...timestamps,
}, (t) => [index('events_held_idx').on(t.heldOn)]);

export const expenses = sqliteTable('expenses', {
  id: idColumn(),
  fundingYearId: text('funding_year_id').notNull().references(() => fundingYears.id),
  budgetLine: text('budget_line').$type<BudgetLine>().notNull(),
  spentOn: text('spent_on').notNull(),
  amountCents: integer('amount_cents').notNull(),
  note: text('note'),
  eventId: text('event_id').references(() => events.id),
  ...timestamps,
}, (t) => [index('expenses_year_line_idx').on(t.fundingYearId, t.budgetLine)]);

/** Case-management figures as aggregates only (period × provider × municipality × field). Never client data. */
export const cmAggregates = sqliteTable('cm_aggregates', {
  id: idColumn(),
  periodStart: text('period_start').notNull(),
  periodEnd: text('period_end').notNull(),
  providerOrganisationId: text('provider_organisation_id').notNull().references(() => organisations.id),
  municipalityId: text('municipality_id').references(() => municipalities.id),
  fieldOfAction: text('field_of_action').references(() => fieldsOfAction.code),
  newCases: integer('new_cases').notNull().default(0),
  activeCases: integer('active_cases').notNull().default(0),
  closedCases: integer('closed_cases').notNull().default(0),
  contacts: integer('contacts').notNull().default(0),
  accompaniments: integer('accompaniments').notNull().default(0),
  referrals: integer('referrals').notNull().default(0),
  avgDurationDays: real('avg_duration_days'),
  source: text('source'),
  ...timestamps,
}, (t) => [
  index('cm_aggregates_period_idx').on(t.periodStart, t.periodEnd),
  index('cm_aggregates_provider_idx').on(t.providerOrganisationId),
  index('cm_aggregates_municipality_idx').on(t.municipalityId),
]);
