import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type {
  AgendaItemKind, AgendaItemStatus, AttendanceStatus, MeetingStatus, StandingItem,
} from '../domain/enums';
import { flag, idColumn, timestamps } from './columns';
import { committees, committeeMemberships } from './committees';
import { organisations, persons } from './masterData';

/** Meetings of any committee. startsAt is local wall time in Europe/Berlin ("2025-03-12T14:00"). */
export const meetings = sqliteTable('meetings', {
  id: idColumn(),
  committeeId: text('committee_id').notNull().references(() => committees.id),
  sequenceNo: integer('sequence_no'),
  title: text('title'),
  startsAt: text('starts_at').notNull(),
  durationMinutes: integer('duration_minutes').notNull().default(120),
  location: text('location'),
  onlineUrl: text('online_url'),
  status: text('status').$type<MeetingStatus>().notNull(),
  invitationSentOn: text('invitation_sent_on'),
  isInaugural: flag('is_inaugural'),
  quorumReached: integer('quorum_reached', { mode: 'boolean' }),
  notes: text('notes'),
  ...timestamps,
}, (t) => [
  index('meetings_committee_idx').on(t.committeeId, t.startsAt),
  index('meetings_starts_idx').on(t.startsAt),
]);

export const meetingAttendance = sqliteTable('meeting_attendance', {
  id: idColumn(),
  meetingId: text('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
  membershipId: text('membership_id').references(() => committeeMemberships.id),
  personId: text('person_id').references(() => persons.id),
  organisationId: text('organisation_id').references(() => organisations.id),
  status: text('status').$type<AttendanceStatus>().notNull(),
  representedByPersonId: text('represented_by_person_id').references(() => persons.id),
  arrivedBeforeItemId: text('arrived_before_item_id').references((): AnySQLiteColumn => agendaItems.id),
  leftAfterItemId: text('left_after_item_id').references((): AnySQLiteColumn => agendaItems.id),
  headCount: integer('head_count'),
  note: text('note'),
  ...timestamps,
}, (t) => [
  index('meeting_attendance_meeting_idx').on(t.meetingId),
  uniqueIndex('meeting_attendance_membership_uq').on(t.meetingId, t.membershipId),
  index('meeting_attendance_person_idx').on(t.personId),
]);

export const agendaItems = sqliteTable('agenda_items', {
  id: idColumn(),
  meetingId: text('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  title: text('title').notNull(),
  description: text('description'),
  kind: text('kind').$type<AgendaItemKind>().notNull(),
  standingItem: text('standing_item').$type<StandingItem>(),
  presenter: text('presenter'),
  plannedMinutes: integer('planned_minutes'),
  status: text('status').$type<AgendaItemStatus>().notNull().default('OPEN'),
  carriedFromItemId: text('carried_from_item_id').references((): AnySQLiteColumn => agendaItems.id),
  carryCount: integer('carry_count').notNull().default(0),
  carryReason: text('carry_reason'),
  minutesText: text('minutes_text'),
  isPublic: integer('is_public', { mode: 'boolean' }).notNull().default(true),
  ...timestamps,
}, (t) => [
  index('agenda_items_meeting_idx').on(t.meetingId, t.position),
  index('agenda_items_carried_idx').on(t.carriedFromItemId),
  index('agenda_items_status_idx').on(t.status),
]);

/** Links an agenda item to what it is about: themes, measures, documents, groups, decisions. */
export const agendaItemLinks = sqliteTable('agenda_item_links', {
  id: idColumn(),
  agendaItemId: text('agenda_item_id').notNull().references(() => agendaItems.id, { onDelete: 'cascade' }),
  targetType: text('target_type').$type<'THEME' | 'MEASURE' | 'DOCUMENT' | 'COMMITTEE' | 'DECISION' | 'REPORT_DUE' | 'BACKLOG_TOPIC'>().notNull(),
  targetId: text('target_id').notNull(),
  ...timestamps,
}, (t) => [
  index('agenda_item_links_item_idx').on(t.agendaItemId),
  index('agenda_item_links_target_idx').on(t.targetType, t.targetId),
]);

/** Free topics a coordinator noted for "the next meeting" of a committee. */
export const backlogTopics = sqliteTable('backlog_topics', {
  id: idColumn(),
  committeeId: text('committee_id').notNull().references(() => committees.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  note: text('note'),
  proposedBy: text('proposed_by'),
  usedInAgendaItemId: text('used_in_agenda_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
  ...timestamps,
}, (t) => [index('backlog_topics_committee_idx').on(t.committeeId, t.usedInAgendaItemId)]);
