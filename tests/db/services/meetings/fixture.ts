import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { TestCore } from '../../../helpers/core';
import { DATABASE_FILE } from '../../../../db/core/createCore';
import { newId } from '../../../../db/domain/ids';

/**
 * Test data for the Lenkungsgruppe tests. Committees, seats and meetings go through the API; records other
 * parts of the app own (themes, decisions, tasks, report dues) and state changes made while a meeting is held
 * are written as rows, so these tests do not depend on how those parts are built.
 */

const STAMP = '2025-01-01T00:00:00.000Z';

/** Runs statements on a second, writable connection (foreign keys on, like the app's). */
export function withDb<T>(t: TestCore, fn: (db: Database.Database) => T): T {
  const db = new Database(join(t.dataDir, DATABASE_FILE));
  db.pragma('foreign_keys = ON');
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

function insert(t: TestCore, table: string, row: Record<string, unknown>): string {
  const id = (row.id as string | undefined) ?? newId();
  const full = { id, created_at: STAMP, updated_at: STAMP, ...row };
  const columns = Object.keys(full);
  withDb(t, (db) => db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`)
    .run(Object.fromEntries(Object.entries(full).map(([k, v]) => [k, typeof v === 'boolean' ? Number(v) : v]))));
  return id;
}

export async function steeringGroup(t: TestCore, name = 'Lenkungsgruppe KI/KIM') {
  return t.api.send('committees.create', { kind: 'STEERING_GROUP', name, shortName: 'LG', status: 'ACTIVE', startDate: '2022-05-10' });
}

export async function workingGroup(t: TestCore, name: string, commissionedByDecisionId: string | null = null) {
  return t.api.send('committees.create', { kind: 'WORKING_GROUP', name, status: 'ACTIVE', startDate: '2024-01-15', commissionedByDecisionId });
}

export async function meeting(t: TestCore, committeeId: string, startsAt: string, extra: { durationMinutes?: number; isInaugural?: boolean } = {}) {
  return t.api.send('meetings.create', { committeeId, startsAt, location: 'Kreishaus Euskirchen, Raum 201', ...extra });
}

/** What recording attendance and calling the meeting held would do (another part of the app). */
export function markHeld(t: TestCore, meetingId: string, status: 'HELD' | 'MINUTES_APPROVED' = 'HELD'): void {
  withDb(t, (db) => db.prepare('UPDATE meetings SET status = ? WHERE id = ?').run(status, meetingId));
}

/** What "vertagen" in a held meeting does (another part of the app). */
export function carryOver(t: TestCore, itemId: string, reason: string): void {
  withDb(t, (db) => db.prepare("UPDATE agenda_items SET status = 'CARRIED_OVER', carry_reason = ? WHERE id = ?").run(reason, itemId));
}

export function theme(t: TestCore, title: string, status: string, extra: Record<string, unknown> = {}): string {
  return insert(t, 'themes', { title, status, field_of_action: null, ...extra });
}

export function finding(t: TestCore, themeId: string): string {
  return insert(t, 'findings', { kind: 'INTERFACE', description: 'Schnittstelle Jobcenter/ABH', theme_id: themeId });
}

export function decision(t: TestCore, row: { meetingId: string; agendaItemId?: string | null; number?: string; text: string; decidedOn: string }): string {
  return insert(t, 'decisions', {
    meeting_id: row.meetingId, agenda_item_id: row.agendaItemId ?? null, number: row.number ?? null, text: row.text,
    type: 'OTHER', result: 'CONSENSUS', decided_on: row.decidedOn,
  });
}

export function task(t: TestCore, row: { decisionId: string; title: string; dueDate: string | null; status?: string }): string {
  return insert(t, 'action_items', {
    source: 'DECISION', decision_id: row.decisionId, title: row.title, owner_text: 'Koordinierungsstelle',
    due_date: row.dueDate, status: row.status ?? 'OPEN',
  });
}

export function reportDue(t: TestCore, row: { committeeId: string; dueDate: string; topic?: string; deliveredOn?: string | null }): string {
  return insert(t, 'committee_report_dues', {
    committee_id: row.committeeId, due_date: row.dueDate, topic: row.topic ?? null, delivered_on: row.deliveredOn ?? null,
  });
}

export function organisation(t: TestCore, name: string): string {
  return insert(t, 'organisations', { name, kind: 'OTHER' });
}

export function person(t: TestCore, name: string, organisationId: string | null = null): string {
  return insert(t, 'persons', { name, organisation_id: organisationId });
}

export function rows<T = Record<string, unknown>>(t: TestCore, statement: string, ...params: unknown[]): T[] {
  return withDb(t, (db) => db.prepare(statement).all(...params) as T[]);
}

export function backlogTopicsOf(t: TestCore, committeeId: string) {
  return rows<{ id: string; title: string; used_in_agenda_item_id: string | null }>(t,
    'SELECT id, title, used_in_agenda_item_id FROM backlog_topics WHERE committee_id = ? ORDER BY created_at, id', committeeId);
}
