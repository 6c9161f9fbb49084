import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { DecisionResult, DecisionType, TaskSource, TaskStatus } from '../domain/enums';
import { idColumn, timestamps } from './columns';
import { agendaItems, meetings } from './meetings';
import { organisations, persons } from './masterData';
import { documents } from './documents';
import { roundTables } from './roundTables';

export const decisions = sqliteTable('decisions', {
  id: idColumn(),
  meetingId: text('meeting_id').notNull().references(() => meetings.id),
  agendaItemId: text('agenda_item_id').references(() => agendaItems.id),
  number: text('number'),
  text: text('text').notNull(),
  type: text('type').$type<DecisionType>().notNull(),
  result: text('result').$type<DecisionResult>().notNull(),
  votesYes: integer('votes_yes'),
  votesNo: integer('votes_no'),
  votesAbstain: integer('votes_abstain'),
  votingMembersPresent: integer('voting_members_present'),
  quorumReached: integer('quorum_reached', { mode: 'boolean' }),
  overrideReason: text('override_reason'),
  decidedOn: text('decided_on').notNull(),
  ...timestamps,
}, (t) => [
  index('decisions_meeting_idx').on(t.meetingId),
  index('decisions_item_idx').on(t.agendaItemId),
  index('decisions_decided_idx').on(t.decidedOn),
]);

/** What a decision set in motion: a commissioned group, a theme status, an approved measure, an adopted document. */
export const decisionEffects = sqliteTable('decision_effects', {
  id: idColumn(),
  decisionId: text('decision_id').notNull().references(() => decisions.id, { onDelete: 'cascade' }),
  effectType: text('effect_type').$type<'COMMISSION_GROUP' | 'THEME_STATUS' | 'APPROVE_MEASURE' | 'ADOPT_DOCUMENT'>().notNull(),
  targetType: text('target_type').$type<'COMMITTEE' | 'THEME' | 'MEASURE' | 'DOCUMENT'>().notNull(),
  targetId: text('target_id').notNull(),
  detail: text('detail'),
  ...timestamps,
}, (t) => [
  index('decision_effects_decision_idx').on(t.decisionId),
  index('decision_effects_target_idx').on(t.targetType, t.targetId),
]);

/**
 * One task model for Beschlusskontrolle, round-table agreements and group-meeting tasks.
 * Owners are organisations or persons (or free text): no user account is needed to owe something.
 */
export const actionItems = sqliteTable('action_items', {
  id: idColumn(),
  source: text('source').$type<TaskSource>().notNull(),
  decisionId: text('decision_id').references(() => decisions.id),
  meetingId: text('meeting_id').references(() => meetings.id),
  roundTableId: text('round_table_id').references(() => roundTables.id),
  title: text('title').notNull(),
  description: text('description'),
  ownerOrganisationId: text('owner_organisation_id').references(() => organisations.id),
  ownerPersonId: text('owner_person_id').references(() => persons.id),
  ownerText: text('owner_text'),
  dueDate: text('due_date'),
  status: text('status').$type<TaskStatus>().notNull(),
  delayReason: text('delay_reason'),
  reviewDate: text('review_date'),
  evidenceText: text('evidence_text'),
  evidenceDocumentId: text('evidence_document_id').references(() => documents.id),
  completedOn: text('completed_on'),
  ...timestamps,
}, (t) => [
  index('action_items_status_due_idx').on(t.status, t.dueDate),
  index('action_items_decision_idx').on(t.decisionId),
  index('action_items_meeting_idx').on(t.meetingId),
  index('action_items_round_table_idx').on(t.roundTableId),
  index('action_items_owner_org_idx').on(t.ownerOrganisationId),
  index('action_items_owner_person_idx').on(t.ownerPersonId),
]);

export const actionItemNotes = sqliteTable('action_item_notes', {
  id: idColumn(),
  actionItemId: text('action_item_id').notNull().references(() => actionItems.id, { onDelete: 'cascade' }),
  notedOn: text('noted_on').notNull(),
  text: text('text').notNull(),
  author: text('author'),
  ...timestamps,
}, (t) => [index('action_item_notes_item_idx').on(t.actionItemId, t.notedOn)]);

export const minutes = sqliteTable('minutes', {
  id: idColumn(),
  meetingId: text('meeting_id').notNull().unique().references(() => meetings.id),
  author: text('author'),
  preamble: text('preamble'),
  closingText: text('closing_text'),
  status: text('status').$type<'DRAFT' | 'APPROVED'>().notNull(),
  approvedInMeetingId: text('approved_in_meeting_id').references(() => meetings.id),
  approvedOn: text('approved_on'),
  /** sha256 over the approved content, so later tampering is visible. */
  contentHash: text('content_hash'),
  ...timestamps,
});

/** Corrections after approval: approved minutes are never edited in place. */
export const minutesAmendments = sqliteTable('minutes_amendments', {
  id: idColumn(),
  minutesId: text('minutes_id').notNull().references(() => minutes.id, { onDelete: 'cascade' }),
  amendedOn: text('amended_on').notNull(),
  reason: text('reason').notNull(),
  text: text('text').notNull(),
  agendaItemId: text('agenda_item_id').references(() => agendaItems.id),
  ...timestamps,
}, (t) => [index('minutes_amendments_minutes_idx').on(t.minutesId)]);
