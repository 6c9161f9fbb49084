import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { auditEntries, fingerprint, inspectDatabase } from '../../../helpers/database';
import { backlogTopicsOf, carryOver, decision, markHeld, meeting, rows, steeringGroup } from './fixture';

let t: TestCore;
let lg: { id: string };
beforeEach(async () => {
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  lg = await steeringGroup(t);
});
afterEach(() => t.dispose());

const standing = (detail: { agenda: Array<{ standingItem: string | null }> }) => detail.agenda.map((i) => i.standingItem);

describe('creating a meeting', () => {
  it('numbers it, plans it and puts the standing items on the agenda, without minutes to approve at the first meeting', async () => {
    const first = await meeting(t, lg.id, '2025-03-12T14:00');
    expect(first.meeting).toMatchObject({ sequenceNo: 1, status: 'PLANNED', startsAt: '2025-03-12T14:00', durationMinutes: 120 });
    expect(first.label).toBe('1. Sitzung am 12.03.2025');
    expect(first.agenda.map((i) => [i.number, i.title, i.kind])).toEqual([
      ['TOP 1', 'Begrüßung und Feststellung der Beschlussfähigkeit', 'INFO'],
      ['TOP 2', 'Bericht der Koordination', 'REPORT'],
      ['TOP 3', 'Stand der Beschlüsse', 'REPORT'],
      ['TOP 4', 'Verschiedenes', 'INFO'],
      ['TOP 5', 'Termine', 'INFO'],
    ]);
  });

  it('adds "Genehmigung des Protokolls" once an earlier meeting has minutes waiting, and numbers on', async () => {
    await meeting(t, lg.id, '2025-03-12T14:00');
    const second = await meeting(t, lg.id, '2025-09-10T14:00');
    expect(second.meeting.sequenceNo).toBe(2);
    expect(standing(second)).toEqual(['OPENING_QUORUM', 'APPROVE_MINUTES', 'COORDINATION_REPORT', 'DECISION_STATUS', 'MISCELLANEOUS', 'DATES']);
    expect(second.agenda[1]).toMatchObject({ title: 'Genehmigung des Protokolls der letzten Sitzung', kind: 'DECISION' });
  });

  it('leaves minutes approval out of a constituent meeting and after minutes that are already approved', async () => {
    const first = await meeting(t, lg.id, '2025-03-12T14:00');
    markHeld(t, first.meeting.id, 'MINUTES_APPROVED');
    expect(standing(await meeting(t, lg.id, '2025-09-10T14:00'))).not.toContain('APPROVE_MINUTES');
    expect(standing(await meeting(t, lg.id, '2025-12-10T14:00', { isInaugural: true }))).not.toContain('APPROVE_MINUTES');
  });

  it('gives a cancelled meeting’s number to the next one, and refuses a number already taken', async () => {
    const planned = await meeting(t, lg.id, '2025-03-12T14:00');
    await t.api.send('meetings.cancel', { id: planned.meeting.id, reason: 'Erkrankung der Vorsitzenden' });
    const replacement = await meeting(t, lg.id, '2025-03-26T14:00');
    expect(replacement.meeting.sequenceNo).toBe(1);

    const clash = await t.api.send('meetings.create', { committeeId: lg.id, startsAt: '2025-09-10T14:00', sequenceNo: 1 }).catch((e) => e);
    expect(clash).toMatchObject({ code: 'CONFLICT', issues: [{ field: 'sequenceNo', message: 'Nummer: Die 1. Sitzung gibt es in diesem Gremium bereits.' }] });
    const imported = await t.api.send('meetings.create', { committeeId: lg.id, startsAt: '2025-09-10T14:00', sequenceNo: 7 });
    expect(imported.label).toBe('7. Sitzung am 10.09.2025');
  });

  it('refuses meetings of a closed group, of an unknown committee, with an impossible date or a link that is not a web address', async () => {
    const closed = await t.api.send('committees.create', { kind: 'WORKING_GROUP', name: 'AG Wohnen', status: 'CLOSED', endDate: '2024-12-31' });
    await expect(meeting(t, closed.id, '2025-03-12T14:00')).rejects.toMatchObject({
      code: 'CONFLICT', message: 'Das Gremium „AG Wohnen“ ist abgeschlossen; es können keine Sitzungen mehr angelegt werden.',
    });
    await expect(meeting(t, 'unbekannt', '2025-03-12T14:00')).rejects.toMatchObject({
      code: 'VALIDATION', issues: [{ field: 'committeeId', message: 'Gremium: Der gewählte Eintrag existiert nicht (mehr).' }],
    });
    await expect(meeting(t, lg.id, '2025-02-30T14:00')).rejects.toMatchObject({
      issues: [{ field: 'startsAt', message: 'Beginn: Dieses Datum gibt es nicht.' }],
    });
    await expect(t.api.send('meetings.create', { committeeId: lg.id, startsAt: '2025-03-12T14:00', onlineUrl: 'teams/lenkungsgruppe' }))
      .rejects.toMatchObject({ issues: [{ field: 'onlineUrl', message: 'Online-Link: Bitte eine Adresse angeben, die mit https:// beginnt.' }] });
  });

  it('records the meeting and every standing item in the audit log', async () => {
    const created = await meeting(t, lg.id, '2025-03-12T14:00');
    const db = inspectDatabase(t);
    expect(auditEntries(db, 'meetings')).toMatchObject([{ entityId: created.meeting.id, action: 'CREATE' }]);
    expect(auditEntries(db, 'agenda_items')).toHaveLength(5);
    db.close();
  });
});

describe('a meeting in detail', () => {
  it('adds up the planned minutes against the meeting length', async () => {
    const m = await meeting(t, lg.id, '2025-03-12T14:00', { durationMinutes: 60 });
    expect(m).toMatchObject({ plannedTotalMinutes: 55, durationMinutes: 60, overTime: false });
    await t.api.send('agenda.addItem', { meetingId: m.meeting.id, title: 'Priorisierung der Themen 2025', kind: 'DECISION', plannedMinutes: 30 });
    expect(await t.api.send('meetings.get', { id: m.meeting.id })).toMatchObject({ plannedTotalMinutes: 85, overTime: true });
  });

  it('links to the previous and next meeting of the same committee, skipping cancelled ones and other committees', async () => {
    const a = await meeting(t, lg.id, '2025-03-12T14:00');
    const cancelled = await meeting(t, lg.id, '2025-06-11T14:00');
    await t.api.send('meetings.cancel', { id: cancelled.meeting.id, reason: 'Terminkollision' });
    const c = await meeting(t, lg.id, '2025-09-10T14:00');
    const other = await t.api.send('committees.create', { kind: 'PROJECT_GROUP', name: 'PG Gesundheit', status: 'ACTIVE' });
    await meeting(t, other.id, '2025-06-01T10:00');

    expect(await t.api.send('meetings.get', { id: c.meeting.id })).toMatchObject({ previousMeetingId: a.meeting.id, nextMeetingId: null });
    expect(await t.api.send('meetings.get', { id: a.meeting.id })).toMatchObject({ previousMeetingId: null, nextMeetingId: c.meeting.id });
  });

  it('shows the rules in force on the meeting day, not today', async () => {
    await t.api.send('rules.create', { committeeId: lg.id, version: 'neu', validFrom: '2025-07-01', noticePeriodDays: 21 });
    const before = await meeting(t, lg.id, '2025-06-30T14:00');
    const after = await meeting(t, lg.id, '2025-07-01T14:00');
    expect(before.rules).toMatchObject({ isDefault: true, noticePeriodDays: 14 });
    expect(after.rules).toMatchObject({ version: 'neu', noticePeriodDays: 21 });
  });
});

describe('changing, deleting and cancelling', () => {
  const details = { startsAt: '2025-03-12T14:00', location: 'Kreishaus, Großer Sitzungssaal', durationMinutes: 150, sequenceNo: 1 };

  it('moves a planned meeting and changes its place', async () => {
    const m = await meeting(t, lg.id, '2025-03-12T14:00');
    const updated = await t.api.send('meetings.update', { id: m.meeting.id, ...details, startsAt: '2025-03-19T09:30', onlineUrl: 'https://meet.example.de/lg' });
    expect(updated.meeting).toMatchObject({
      startsAt: '2025-03-19T09:30', location: 'Kreishaus, Großer Sitzungssaal', onlineUrl: 'https://meet.example.de/lg', durationMinutes: 150,
    });
  });

  it('keeps date, place and number of a held meeting, but still takes notes', async () => {
    const m = await meeting(t, lg.id, '2025-03-12T14:00');
    await t.api.send('meetings.update', { id: m.meeting.id, ...details });
    markHeld(t, m.meeting.id);
    const moved = await t.api.send('meetings.update', { id: m.meeting.id, ...details, startsAt: '2025-03-13T14:00' }).catch((e) => e);
    expect(moved).toMatchObject({
      code: 'CONFLICT',
      message: 'Die 1. Sitzung am 12.03.2025 wurde bereits durchgeführt; nur die Notizen können noch geändert werden.',
      issues: [{ field: 'startsAt' }],
    });
    const noted = await t.api.send('meetings.update', { id: m.meeting.id, ...details, notes: 'Raum war zu klein; nächstes Mal Saal 1.' });
    expect(noted.meeting.notes).toBe('Raum war zu klein; nächstes Mal Saal 1.');
  });

  it('deletes a planned meeting with its agenda and gives noted topics back to the backlog', async () => {
    const m = await meeting(t, lg.id, '2025-03-12T14:00');
    const topic = await t.api.send('backlogTopics.create', { committeeId: lg.id, title: 'Erfahrungen mit der KIM-Datenbank' });
    await t.api.send('agenda.addItem', { meetingId: m.meeting.id, title: topic.title, kind: 'DISCUSSION', fromProposal: { source: 'BACKLOG_TOPIC', refId: topic.id } });

    await t.api.send('meetings.delete', { id: m.meeting.id });
    expect(rows(t, 'SELECT id FROM agenda_items')).toEqual([]);
    expect(backlogTopicsOf(t, lg.id)).toEqual([{ id: topic.id, title: topic.title, used_in_agenda_item_id: null }]);
    const db = inspectDatabase(t);
    expect(auditEntries(db, 'meetings').map((e) => e.action)).toEqual(['CREATE', 'DELETE']);
    expect(auditEntries(db, 'agenda_items').filter((e) => e.action === 'DELETE')).toHaveLength(6);
    db.close();
  });

  it('refuses to delete a held meeting or one that holds a decision, and changes nothing', async () => {
    const held = await meeting(t, lg.id, '2025-03-12T14:00');
    markHeld(t, held.meeting.id);
    const invited = await meeting(t, lg.id, '2025-09-10T14:00');
    decision(t, { meetingId: invited.meeting.id, agendaItemId: invited.agenda[0].id, text: 'Eilentscheidung', decidedOn: '2025-09-10' });
    const db = inspectDatabase(t);
    const before = fingerprint(db);

    await expect(t.api.send('meetings.delete', { id: held.meeting.id })).rejects.toMatchObject({
      code: 'CONFLICT', message: 'Die 1. Sitzung am 12.03.2025 wurde bereits durchgeführt und kann nicht gelöscht werden.',
    });
    await expect(t.api.send('meetings.delete', { id: invited.meeting.id })).rejects.toMatchObject({
      code: 'REFERENCED', message: 'Sitzung „2. Sitzung am 10.09.2025“ kann nicht gelöscht werden, weil noch darauf verwiesen wird: 1 Beschluss.',
    });
    expect(fingerprint(db)).toEqual(before);
    db.close();
  });

  it('refuses to delete a meeting whose topic was already taken over into a later meeting', async () => {
    const first = await meeting(t, lg.id, '2025-03-12T14:00');
    const item = await t.api.send('agenda.addItem', { meetingId: first.meeting.id, title: 'Integreat-Kachel „Wohnen“', kind: 'INFO' });
    carryOver(t, item.id, 'Zeit reichte nicht');
    const second = await meeting(t, lg.id, '2025-09-10T14:00');
    await t.api.send('agenda.addItem', { meetingId: second.meeting.id, title: item.title, kind: 'INFO', fromProposal: { source: 'CARRIED_OVER', refId: item.id } });
    await expect(t.api.send('meetings.delete', { id: first.meeting.id })).rejects.toMatchObject({
      code: 'REFERENCED',
      message: 'Die 1. Sitzung am 12.03.2025 kann nicht gelöscht werden: „Integreat-Kachel „Wohnen““ wurde bereits in eine andere Sitzung übernommen.',
    });
  });

  it('cancels a meeting with a reason and carries its open topics over, leaving the standing items alone', async () => {
    const m = await meeting(t, lg.id, '2025-03-12T14:00');
    const topic = await t.api.send('agenda.addItem', { meetingId: m.meeting.id, title: 'Handlungskonzept Case Management', kind: 'DECISION' });
    const cancelled = await t.api.send('meetings.cancel', { id: m.meeting.id, reason: 'Beschlussunfähigkeit absehbar' });
    expect(cancelled.meeting).toMatchObject({ status: 'CANCELLED', notes: 'Abgesagt: Beschlussunfähigkeit absehbar' });
    const item = cancelled.agenda.find((i) => i.id === topic.id)!;
    expect(item).toMatchObject({ status: 'CARRIED_OVER', carryReason: 'Sitzung am 12.03.2025 abgesagt: Beschlussunfähigkeit absehbar' });
    expect(cancelled.agenda.filter((i) => i.standingItem).every((i) => i.status === 'OPEN')).toBe(true);

    await expect(t.api.send('meetings.cancel', { id: m.meeting.id, reason: 'nochmal' })).rejects.toMatchObject({
      code: 'CONFLICT', message: 'Die 1. Sitzung am 12.03.2025 wurde bereits abgesagt.',
    });
    const held = await meeting(t, lg.id, '2025-05-14T14:00');
    markHeld(t, held.meeting.id);
    await expect(t.api.send('meetings.cancel', { id: held.meeting.id, reason: 'zu spät' })).rejects.toMatchObject({
      code: 'CONFLICT', message: 'Die 1. Sitzung am 14.05.2025 wurde bereits durchgeführt und kann nicht mehr abgesagt werden.',
    });
  });
});
