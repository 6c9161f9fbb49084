import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { auditEntries, inspectDatabase, readRows } from '../../../helpers/database';
import { allPresent, insertRows, seedMeeting, type SeededMeeting } from '../../../helpers/seedMeeting';
import * as schema from '../../../../db/schema';
import { newId } from '../../../../db/domain/ids';

let t: TestCore;
let s: SeededMeeting;
beforeEach(async () => {
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  s = seedMeeting(t, { status: 'INVITED' });
});
afterEach(() => t.dispose());

const refusal = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a refusal'); }, (e) => e);

describe('attendance.get', () => {
  it('lists every seat valid on the meeting day, nothing recorded yet, with the quorum under the rules', async () => {
    const before = newId();
    const after = newId();
    insertRows(t, [
      [schema.committeeMemberships, { id: before, committeeId: s.committeeId, role: 'VOTING', organisationId: s.organisationId, validFrom: '2022-01-01', validTo: '2025-05-31' }],
      [schema.committeeMemberships, { id: after, committeeId: s.committeeId, role: 'VOTING', organisationId: s.organisationId, validFrom: '2025-07-01' }],
    ]);
    const a = await t.api.send('attendance.get', { meetingId: s.meetingId });
    const ids = a.rows.map((r) => r.membershipId);
    expect(ids).toHaveLength(1 + 6 + 1 + 1);
    expect(ids).not.toContain(before);
    expect(ids).not.toContain(after);
    expect(a.rows.every((r) => r.status === null)).toBe(true);
    expect(a.rows.find((r) => r.membershipId === s.voting[0].membershipId)).toMatchObject({
      personName: 'Mitglied 2 Müller', deputyName: 'Vertretung 2 Schäfer', role: 'VOTING', guest: false,
    });
    expect(a.quorum).toMatchObject({ rule: 'MORE_THAN_HALF', votingSeats: 7, presentVoting: 0, required: 4, reached: false });
    expect(a.items.map((i) => i.number)).toEqual(['TOP 1', 'TOP 2', 'TOP 3', 'TOP 4', 'TOP 5']);
  });

  it('falls back to the default rules when the committee has no Geschäftsordnung', async () => {
    const other = seedMeeting(t, { rules: null });
    const a = await t.api.send('attendance.get', { meetingId: other.meetingId });
    expect(a.rules).toMatchObject({ isDefault: true, quorumRule: 'MORE_THAN_HALF', deputiesCount: true });
  });

  it('reports an unknown meeting as not found', async () => {
    expect(await refusal(t.api.send('attendance.get', { meetingId: 'nope' }))).toMatchObject({ code: 'NOT_FOUND', message: 'Sitzung wurde nicht gefunden.' });
  });
});

describe('attendance.set', () => {
  it('records present, excused and represented seats; a representative defaults to the seat’s deputy', async () => {
    const a = await t.api.send('attendance.set', {
      meetingId: s.meetingId,
      entries: [
        { membershipId: s.chair.membershipId, status: 'PRESENT' },
        { membershipId: s.voting[0].membershipId, status: 'REPRESENTED' },
        { membershipId: s.voting[1].membershipId, status: 'EXCUSED', note: 'Urlaub' },
        { membershipId: s.voting[2].membershipId, status: 'PRESENT' },
      ],
    });
    const row = (id: string) => a.rows.find((r) => r.membershipId === id)!;
    expect(row(s.voting[0].membershipId)).toMatchObject({ status: 'REPRESENTED', representedByPersonId: s.voting[0].deputyPersonId, representedByName: 'Vertretung 2 Schäfer' });
    expect(row(s.voting[1].membershipId)).toMatchObject({ status: 'EXCUSED', note: 'Urlaub' });
    expect(a.quorum).toMatchObject({ votingSeats: 7, presentVoting: 3, reached: false });
  });

  it('replaces what was recorded and writes an audit row only for seats that changed', async () => {
    await t.api.send('attendance.set', { meetingId: s.meetingId, entries: allPresent(s) });
    await t.api.send('attendance.set', {
      meetingId: s.meetingId,
      entries: [{ membershipId: s.chair.membershipId, status: 'PRESENT' }, { membershipId: s.voting[0].membershipId, status: 'EXCUSED' }],
    });
    const db = inspectDatabase(t);
    const audit = auditEntries(db, 'meeting_attendance');
    db.close();
    expect(audit.filter((e) => e.action === 'CREATE')).toHaveLength(9);
    expect(audit.filter((e) => e.action === 'UPDATE')).toEqual([
      expect.objectContaining({ before: expect.objectContaining({ status: 'PRESENT' }), after: expect.objectContaining({ status: 'EXCUSED' }) }),
    ]);
    const stored = readRows<{ status: string; person_id: string }>(t.dataDir,
      'SELECT status, person_id FROM meeting_attendance WHERE membership_id = ?', s.voting[0].membershipId);
    expect(stored).toEqual([{ status: 'EXCUSED', person_id: s.voting[0].personId }]);
  });

  it('refuses "represented" for a seat without deputy when no representative is named', async () => {
    const error = await refusal(t.api.send('attendance.set', {
      meetingId: s.meetingId, entries: [{ membershipId: s.chair.membershipId, status: 'PRESENT' }, { membershipId: s.advisory[0].membershipId, status: 'REPRESENTED' }],
    }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([{
      field: 'entries.1.representedByPersonId',
      message: 'Vertreten durch: Bitte die vertretende Person angeben; für diesen Sitz ist keine Stellvertretung hinterlegt.',
    }]);
    expect(readRows(t.dataDir, 'SELECT * FROM meeting_attendance')).toEqual([]);
  });

  it('accepts another representative than the registered deputy, but not the member themself', async () => {
    const a = await t.api.send('attendance.set', {
      meetingId: s.meetingId, entries: [{ membershipId: s.voting[0].membershipId, status: 'REPRESENTED', representedByPersonId: s.voting[1].deputyPersonId }],
    });
    expect(a.rows.find((r) => r.membershipId === s.voting[0].membershipId)?.representedByName).toBe('Vertretung 3 Schäfer');
    const self = await refusal(t.api.send('attendance.set', {
      meetingId: s.meetingId, entries: [{ membershipId: s.voting[0].membershipId, status: 'REPRESENTED', representedByPersonId: s.voting[0].personId }],
    }));
    expect(self.issues[0]).toMatchObject({ field: 'entries.0.representedByPersonId', message: 'Vertreten durch: Ein Mitglied kann sich nicht selbst vertreten.' });
  });

  it('refuses seats of another committee and seats listed twice', async () => {
    const other = seedMeeting(t);
    const foreign = await refusal(t.api.send('attendance.set', {
      meetingId: s.meetingId, entries: [{ membershipId: other.chair.membershipId, status: 'PRESENT' }],
    }));
    expect(foreign.issues[0]).toEqual({ field: 'entries.0.membershipId', message: 'Sitz: Gehört am 12.06.2025 nicht zu diesem Gremium.' });
    const twice = await refusal(t.api.send('attendance.set', {
      meetingId: s.meetingId, entries: [{ membershipId: s.chair.membershipId, status: 'PRESENT' }, { membershipId: s.chair.membershipId, status: 'EXCUSED' }],
    }));
    expect(twice.issues[0]).toEqual({ field: 'entries.1.membershipId', message: 'Sitz: Ist in der Liste doppelt enthalten.' });
  });

  it('takes excuses before a meeting but not presence', async () => {
    const future = s.addMeeting({ startsAt: '2025-07-01T14:00' });
    await t.api.send('attendance.set', { meetingId: future.meetingId, entries: [{ membershipId: s.voting[0].membershipId, status: 'EXCUSED' }] });
    const error = await refusal(t.api.send('attendance.set', { meetingId: future.meetingId, entries: [{ membershipId: s.chair.membershipId, status: 'PRESENT' }] }));
    expect(error.issues[0]).toEqual({
      field: 'entries.0.status',
      message: 'Anwesenheit: Die Sitzung am 01.07.2025 hat noch nicht stattgefunden; vorab kann nur „entschuldigt“ oder „abwesend“ erfasst werden.',
    });
  });

  it('records arrivals and departures per item and computes the quorum per item from them', async () => {
    const [, , top3, top4] = s.itemIds;
    const late = s.voting.slice(0, 2).map((m) => ({ membershipId: m.membershipId, status: 'PRESENT' as const, arrivedBeforeItemId: top3 }));
    const a = await t.api.send('attendance.set', {
      meetingId: s.meetingId,
      entries: [
        { membershipId: s.chair.membershipId, status: 'PRESENT', leftAfterItemId: top4 },
        ...late,
        { membershipId: s.voting[2].membershipId, status: 'PRESENT' },
        { membershipId: s.voting[3].membershipId, status: 'PRESENT' },
      ],
    });
    expect(a.items.map((i) => [i.number, i.presentVoting, i.reached])).toEqual([
      ['TOP 1', 3, false], ['TOP 2', 3, false], ['TOP 3', 5, true], ['TOP 4', 5, true], ['TOP 5', 4, true],
    ]);
    expect(a.quorum.presentVoting).toBe(3);
    expect(a.rows.find((r) => r.membershipId === s.chair.membershipId)?.leftAfterItemId).toBe(top4);
  });

  it('refuses items of another meeting and a departure before the arrival', async () => {
    const later = s.addMeeting();
    const foreign = await refusal(t.api.send('attendance.set', {
      meetingId: s.meetingId, entries: [{ membershipId: s.chair.membershipId, status: 'PRESENT', arrivedBeforeItemId: later.itemIds[0] }],
    }));
    expect(foreign.issues[0]).toEqual({ field: 'entries.0.arrivedBeforeItemId', message: 'Gekommen vor: Der Tagesordnungspunkt gehört nicht zu dieser Sitzung.' });
    const backwards = await refusal(t.api.send('attendance.set', {
      meetingId: s.meetingId,
      entries: [{ membershipId: s.chair.membershipId, status: 'PRESENT', arrivedBeforeItemId: s.itemIds[3], leftAfterItemId: s.itemIds[1] }],
    }));
    expect(backwards.issues[0]).toEqual({ field: 'entries.0.leftAfterItemId', message: 'Gegangen nach: Darf nicht vor „Gekommen vor“ liegen.' });
  });

  it('drops arrival and departure for someone who was not there', async () => {
    const a = await t.api.send('attendance.set', {
      meetingId: s.meetingId, entries: [{ membershipId: s.voting[0].membershipId, status: 'EXCUSED', arrivedBeforeItemId: s.itemIds[2] }],
    });
    expect(a.rows.find((r) => r.membershipId === s.voting[0].membershipId)?.arrivedBeforeItemId).toBeNull();
  });

  it('keeps the stored quorum of a held meeting in step with corrected attendance', async () => {
    const held = seedMeeting(t, { status: 'HELD' });
    await t.api.send('attendance.set', { meetingId: held.meetingId, entries: allPresent(held) });
    expect(readRows(t.dataDir, 'SELECT quorum_reached AS q FROM meetings WHERE id = ?', held.meetingId)).toEqual([{ q: 1 }]);
    await t.api.send('attendance.set', {
      meetingId: held.meetingId, entries: held.voting.slice(0, 5).map((m) => ({ membershipId: m.membershipId, status: 'EXCUSED' as const })),
    });
    expect(readRows(t.dataDir, 'SELECT quorum_reached AS q FROM meetings WHERE id = ?', held.meetingId)).toEqual([{ q: 0 }]);
  });

  it('refuses attendance for a cancelled meeting', async () => {
    const cancelled = s.addMeeting({ status: 'CANCELLED' });
    const error = await refusal(t.api.send('attendance.set', { meetingId: cancelled.meetingId, entries: [{ membershipId: s.chair.membershipId, status: 'EXCUSED' }] }));
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'Die 2. Sitzung am 14.06.2025 wurde abgesagt; Anwesenheit wird nicht erfasst.' });
  });
});

describe('guests', () => {
  it('adds guests who do not count for the quorum and removes them again', async () => {
    await t.api.send('attendance.set', { meetingId: s.meetingId, entries: allPresent(s) });
    const guest = await t.api.send('attendance.addGuest', { meetingId: s.meetingId, personId: s.voting[0].deputyPersonId, note: 'zu TOP 3' });
    expect(guest).toMatchObject({ guest: true, membershipId: null, status: 'PRESENT', personName: 'Vertretung 2 Schäfer', note: 'zu TOP 3' });
    const a = await t.api.send('attendance.get', { meetingId: s.meetingId });
    expect(a.rows.at(-1)).toMatchObject({ attendanceId: guest.attendanceId, guest: true });
    expect(a.quorum.presentVoting).toBe(7);
    await t.api.send('attendance.removeGuest', { id: guest.attendanceId! });
    expect((await t.api.send('attendance.get', { meetingId: s.meetingId })).rows.some((r) => r.guest)).toBe(false);
  });

  it('needs a person, an organisation or a note, and takes each person once', async () => {
    const empty = await refusal(t.api.send('attendance.addGuest', { meetingId: s.meetingId }));
    expect(empty.issues[0]).toEqual({ field: 'personId', message: 'Gast: Bitte eine Person, eine Organisation oder eine Bemerkung angeben.' });
    await t.api.send('attendance.addGuest', { meetingId: s.meetingId, personId: s.voting[0].deputyPersonId });
    const twice = await refusal(t.api.send('attendance.addGuest', { meetingId: s.meetingId, personId: s.voting[0].deputyPersonId }));
    expect(twice.issues[0].message).toBe('Gast: Diese Person ist bereits als Gast eingetragen.');
  });

  it('does not remove a seat’s attendance as if it were a guest', async () => {
    const a = await t.api.send('attendance.set', { meetingId: s.meetingId, entries: [{ membershipId: s.chair.membershipId, status: 'PRESENT' }] });
    const seatRow = a.rows.find((r) => r.membershipId === s.chair.membershipId)!;
    expect(await refusal(t.api.send('attendance.removeGuest', { id: seatRow.attendanceId! }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('meetings.markHeld', () => {
  it('refuses while no attendance is recorded', async () => {
    const error = await refusal(t.api.send('meetings.markHeld', { id: s.meetingId }));
    expect(error).toMatchObject({
      code: 'CONFLICT', message: 'Für die 1. Sitzung am 12.06.2025 ist noch keine Anwesenheit erfasst. Bitte zuerst die Anwesenheit eintragen.',
    });
  });

  it('marks the meeting held and stores the opening quorum', async () => {
    await t.api.send('attendance.set', { meetingId: s.meetingId, entries: allPresent(s) });
    const held = await t.api.send('meetings.markHeld', { id: s.meetingId });
    expect(held.meeting).toMatchObject({ status: 'HELD', quorumReached: true });
    expect(held.quorum).toMatchObject({ votingSeats: 7, presentVoting: 7 });
    const db = inspectDatabase(t);
    expect(auditEntries(db, 'meetings').at(-1)).toMatchObject({ action: 'UPDATE', before: { status: 'INVITED' }, after: { status: 'HELD', quorumReached: true } });
    db.close();
    expect(await refusal(t.api.send('meetings.markHeld', { id: s.meetingId }))).toMatchObject({
      code: 'CONFLICT', message: 'Die 1. Sitzung am 12.06.2025 ist bereits durchgeführt.',
    });
  });

  it('stores a missed quorum as such', async () => {
    await t.api.send('attendance.set', {
      meetingId: s.meetingId, entries: [s.chair, ...s.voting].map((m, i) => ({ membershipId: m.membershipId, status: i < 3 ? 'PRESENT' as const : 'EXCUSED' as const })),
    });
    expect((await t.api.send('meetings.markHeld', { id: s.meetingId })).meeting.quorumReached).toBe(false);
  });

  it('refuses a meeting that lies in the future', async () => {
    const future = s.addMeeting({ startsAt: '2025-07-01T14:00' });
    await t.api.send('attendance.set', { meetingId: future.meetingId, entries: [{ membershipId: s.chair.membershipId, status: 'EXCUSED' }] });
    expect((await refusal(t.api.send('meetings.markHeld', { id: future.meetingId }))).message)
      .toBe('Die Sitzung am 01.07.2025 hat noch nicht stattgefunden; Sitzungsergebnisse können erst ab dem Sitzungstag erfasst werden.');
  });
});
