import type { TestCore } from '../../../helpers/core';
import { allPresent, seedMeeting, type SeededMeeting, type SeedItem } from '../../../helpers/seedMeeting';
import { newId } from '../../../../db/domain/ids';
import { withDb } from '../meetings/fixture';

/**
 * Evidence for the theme, measure and chain tests. Reconstructions, round tables and findings belong to another
 * part of the app (privacy guard, retention); they are written as rows here so these tests do not depend on it.
 */

const STAMP = '2025-01-01T00:00:00.000Z';
let caseNo = 0;

function insert(t: TestCore, table: string, row: Record<string, unknown>): string {
  const id = (row.id as string | undefined) ?? newId();
  const full = { id, created_at: STAMP, updated_at: STAMP, ...row };
  const columns = Object.keys(full);
  withDb(t, (db) => db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(full));
  return id;
}

export async function municipality(t: TestCore, name: string, officialKey: string): Promise<string> {
  return (await t.api.send('municipalities.create', { name, status: 'GEMEINDE', officialKey })).id;
}

export function reconstruction(t: TestCore, row: { heldOn: string; municipalityId?: string | null; format?: 'FULL' | 'MINI' }): string {
  return insert(t, 'case_reconstructions', {
    held_on: row.heldOn, format: row.format ?? 'FULL', case_source: 'KIM_CM', municipality_id: row.municipalityId ?? null,
    case_code: `CM-${row.heldOn.slice(0, 4)}-${++caseNo}`, summary: 'Anonymisierte Falldarstellung.',
  });
}

export function roundTable(t: TestCore, row: { heldOn: string; title: string; municipalityIds?: string[] }): string {
  const id = insert(t, 'round_tables', { format: 'ROUND_TABLE', title: row.title, held_on: row.heldOn });
  withDb(t, (db) => {
    for (const m of row.municipalityIds ?? []) db.prepare('INSERT INTO round_table_municipalities VALUES (?, ?)').run(id, m);
  });
  return id;
}

export function finding(t: TestCore, row: { reconstructionId?: string; roundTableId?: string; description?: string; kind?: string; themeId?: string }): string {
  return insert(t, 'findings', {
    reconstruction_id: row.reconstructionId ?? null, round_table_id: row.roundTableId ?? null, kind: row.kind ?? 'INTERFACE',
    description: row.description ?? 'Übergang vom AsylbLG ins SGB II ohne Ansprechperson', theme_id: row.themeId ?? null,
  });
}

/** A held steering-group meeting with everybody present, ready for decisions on its agenda items. */
export async function heldSteeringMeeting(t: TestCore, startsAt: string, items?: SeedItem[]): Promise<SeededMeeting> {
  const s = seedMeeting(t, { startsAt, status: 'HELD', items });
  await t.api.send('attendance.set', { meetingId: s.meetingId, entries: allPresent(s) });
  return s;
}

/** A further held meeting of the same steering group, everybody present. */
export async function nextHeldMeeting(t: TestCore, s: SeededMeeting, startsAt: string): Promise<{ meetingId: string; itemIds: string[] }> {
  const m = s.addMeeting({ startsAt, status: 'HELD', items: [{ title: 'Beschlüsse zu generativen Themen', kind: 'DECISION' }, { title: 'Weitere Beschlüsse', kind: 'DECISION' }] });
  await t.api.send('attendance.set', { meetingId: m.meetingId, entries: allPresent(s) });
  return m;
}

export const consensus = (agendaItemId: string, type: 'PRIORITISE_THEMES' | 'COMMISSION_GROUP' | 'APPROVE_MEASURE' | 'NOTED', text: string) =>
  ({ agendaItemId, type, text, result: 'CONSENSUS' as const });

export const refusal = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a refusal'); }, (e) => e);
