import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { testCore, type TestCore } from '../../../helpers/core';
import { auditEntries, inspectDatabase, readRows } from '../../../helpers/database';
import { allPresent, seedMeeting, type SeededMeeting } from '../../../helpers/seedMeeting';
import { DATABASE_FILE } from '../../../../db/core/createCore';
import { closeSqlite, openSqlite } from '../../../../db/sqlite/open';

let t: TestCore;
let s: SeededMeeting;
let next: { meetingId: string; itemIds: string[] };
let decisionId: string;
beforeEach(async () => {
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  s = seedMeeting(t, { startsAt: '2025-03-12T14:00' });
  next = s.addMeeting({ startsAt: '2025-06-12T14:00', status: 'HELD' });
  await t.api.send('attendance.set', { meetingId: s.meetingId, entries: allPresent(s) });
  decisionId = (await t.api.send('decisions.create', {
    agendaItemId: s.itemIds[1], text: 'Die Themen Wohnen und Sprache werden priorisiert.', type: 'PRIORITISE_THEMES', result: 'UNANIMOUS',
  })).id;
  await t.api.send('minutes.create', { meetingId: s.meetingId });
});
afterEach(() => t.dispose());

const refusal = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a refusal'); }, (e) => e);
const approve = (approvedInMeetingId = next.meetingId) => t.api.send('minutes.approve', { meetingId: s.meetingId, approvedInMeetingId });

/** Writes behind the API's back, as someone editing the database file would. */
function tamper(sql: string, ...params: unknown[]) {
  const db = openSqlite(join(t.dataDir, DATABASE_FILE));
  try {
    db.prepare(sql).run(...params);
  } finally {
    closeSqlite(db);
  }
}

describe('minutes.approve', () => {
  it('approves in the next meeting: seals the content with a hash and marks the meeting', async () => {
    const m = await approve();
    expect(m).toMatchObject({
      status: 'APPROVED', intact: true,
      approval: { approvedInMeetingId: next.meetingId, approvedInMeetingLabel: '2. Sitzung am 12.06.2025', approvedOn: '2025-06-12' },
    });
    expect(m.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(readRows(t.dataDir, 'SELECT status FROM meetings WHERE id = ?', s.meetingId)).toEqual([{ status: 'MINUTES_APPROVED' }]);
    expect(readRows(t.dataDir, 'SELECT status, minutes_text AS text FROM agenda_items WHERE id = ?', next.itemIds[1]))
      .toEqual([{ status: 'DEALT_WITH', text: 'Das Protokoll der Sitzung vom 12.03.2025 wird genehmigt.' }]);
    const db = inspectDatabase(t);
    expect(auditEntries(db, 'minutes').at(-1)).toMatchObject({ action: 'UPDATE', before: { status: 'DRAFT' }, after: { status: 'APPROVED', contentHash: m.contentHash } });
    db.close();
  });

  it('refuses an earlier meeting, the same meeting and a meeting of another committee', async () => {
    const earlier = s.addMeeting({ startsAt: '2024-11-20T14:00', status: 'MINUTES_APPROVED' });
    const message = 'Genehmigt in Sitzung: Das Protokoll wird in einer späteren Sitzung desselben Gremiums genehmigt.';
    expect((await refusal(approve(earlier.meetingId))).issues).toEqual([{ field: 'approvedInMeetingId', message }]);
    expect((await refusal(approve(s.meetingId))).issues).toEqual([{ field: 'approvedInMeetingId', message }]);
    const foreign = seedMeeting(t, { startsAt: '2025-06-13T10:00' });
    expect((await refusal(approve(foreign.meetingId))).issues).toEqual([{ field: 'approvedInMeetingId', message }]);
    expect(readRows(t.dataDir, 'SELECT status FROM minutes')).toEqual([{ status: 'DRAFT' }]);
  });

  it('refuses a later meeting that has not taken place yet', async () => {
    const future = s.addMeeting({ startsAt: '2025-09-10T14:00', status: 'INVITED' });
    expect((await refusal(approve(future.meetingId))).issues[0].message).toBe('Genehmigt in Sitzung: Die 3. Sitzung am 10.09.2025 hat noch nicht stattgefunden.');
  });

  it('refuses minutes that were never started and minutes already approved', async () => {
    expect(await refusal(t.api.send('minutes.approve', { meetingId: next.meetingId, approvedInMeetingId: next.meetingId }))).toMatchObject({
      code: 'NOT_FOUND', message: 'Protokoll wurde nicht gefunden.',
    });
    await approve();
    expect((await refusal(approve())).message).toBe('Das Protokoll der 1. Sitzung am 12.03.2025 ist bereits genehmigt.');
  });
});

describe('after approval', () => {
  const locked = (what: string) =>
    `Das Protokoll der 1. Sitzung am 12.03.2025 ist genehmigt; ${what} können nicht mehr geändert werden. Korrekturen bitte als Berichtigung zum Protokoll erfassen.`;

  beforeEach(async () => { await approve(); });

  it('refuses every edit of decisions, attendance, minutes texts and the agenda items’ status', async () => {
    const attempts: Array<[Promise<unknown>, string]> = [
      [t.api.send('decisions.create', { agendaItemId: s.itemIds[2], text: 'Nachträglich', type: 'NOTED', result: 'CONSENSUS' }), 'Beschlüsse'],
      [t.api.send('decisions.update', { id: decisionId, text: 'Anders', type: 'OTHER', result: 'CONSENSUS' }), 'Beschlüsse'],
      [t.api.send('decisions.delete', { id: decisionId }), 'Beschlüsse'],
      [t.api.send('attendance.set', { meetingId: s.meetingId, entries: [{ membershipId: s.chair.membershipId, status: 'EXCUSED' }] }), 'Anwesenheitsangaben'],
      [t.api.send('attendance.addGuest', { meetingId: s.meetingId, note: 'Gast' }), 'Anwesenheitsangaben'],
      [t.api.send('minutes.update', { meetingId: s.meetingId, preamble: 'Neu' }), 'Protokolltexte'],
      [t.api.send('minutes.setItemText', { agendaItemId: s.itemIds[0], text: 'Neu' }), 'Protokolltexte'],
      [t.api.send('agenda.carryOver', { itemId: s.itemIds[3], reason: 'Neu' }), 'Tagesordnungspunkte'],
    ];
    for (const [attempt, what] of attempts) expect(await refusal(attempt)).toMatchObject({ code: 'CONFLICT', message: locked(what) });
    expect((await t.api.send('minutes.get', { meetingId: s.meetingId })).intact).toBe(true);
  });

  it('still lets the follow-up of its decisions go on', async () => {
    const created = await t.api.send('tasks.create', { source: 'DECISION', decisionId, title: 'Themenpapier', ownerText: 'KS', dueDate: '2025-07-01' });
    await t.api.send('tasks.update', { id: created.id, source: 'DECISION', decisionId, title: 'Themenpapier', ownerText: 'KS', dueDate: '2025-07-01', status: 'DONE' });
    expect((await t.api.send('minutes.get', { meetingId: s.meetingId })).intact).toBe(true);
  });

  it('records amendments with date, reason and item, leaving the approved record intact', async () => {
    const m = await t.api.send('minutes.amend', {
      meetingId: s.meetingId, agendaItemId: s.itemIds[1], reason: 'Schreibfehler im Beschlusstext',
      text: 'Statt „Sprache“ muss es „Sprachförderung“ heißen.',
    });
    expect(m.amendments).toEqual([expect.objectContaining({
      amendedOn: '2025-06-15', reason: 'Schreibfehler im Beschlusstext', agendaItemNumber: 'TOP 2', text: 'Statt „Sprache“ muss es „Sprachförderung“ heißen.',
    })]);
    expect(m.intact).toBe(true);
    expect((await refusal(t.api.send('minutes.amend', { meetingId: s.meetingId, agendaItemId: next.itemIds[0], reason: 'x', text: 'y' }))).issues)
      .toEqual([{ field: 'agendaItemId', message: 'Tagesordnungspunkt: Gehört nicht zu dieser Sitzung.' }]);
  });

  it('shows when the sealed record was changed behind the app’s back', async () => {
    tamper("UPDATE decisions SET text = 'Die Themen Wohnen und Arbeit werden priorisiert.' WHERE id = ?", decisionId);
    expect((await t.api.send('minutes.get', { meetingId: s.meetingId })).intact).toBe(false);
  });

  it('stays intact when a member’s name is corrected in the master data', async () => {
    tamper("UPDATE persons SET name = 'Mitglied 1 Müller-Lüdenscheidt' WHERE id = ?", s.chair.personId);
    const m = await t.api.send('minutes.get', { meetingId: s.meetingId });
    expect(m.header.chairName).toBe('Mitglied 1 Müller-Lüdenscheidt');
    expect(m.intact).toBe(true);
  });
});

describe('minutes.amend before approval', () => {
  it('is refused: a draft is corrected directly', async () => {
    expect((await refusal(t.api.send('minutes.amend', { meetingId: s.meetingId, reason: 'x', text: 'y' }))).message)
      .toBe('Das Protokoll ist noch nicht genehmigt; bitte den Entwurf direkt ändern statt eine Berichtigung zu erfassen.');
  });
});
