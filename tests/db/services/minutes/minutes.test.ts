import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { auditEntries, inspectDatabase, readRows } from '../../../helpers/database';
import { seedMeeting, type SeededMeeting } from '../../../helpers/seedMeeting';

let t: TestCore;
let s: SeededMeeting;
beforeEach(async () => {
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  s = seedMeeting(t, { status: 'INVITED' });
});
afterEach(() => t.dispose());

const refusal = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a refusal'); }, (e) => e);

/** The meeting of 12.06.2025 as it happened: one excused, one represented, one leaving early, a vote, a task, a carry-over. */
async function holdMeeting() {
  const [top1, top2, top3, top4] = s.itemIds;
  await t.api.send('attendance.set', {
    meetingId: s.meetingId,
    entries: [
      { membershipId: s.chair.membershipId, status: 'PRESENT' },
      { membershipId: s.voting[0].membershipId, status: 'REPRESENTED' },
      { membershipId: s.voting[1].membershipId, status: 'EXCUSED' },
      { membershipId: s.voting[2].membershipId, status: 'PRESENT', leftAfterItemId: top2 },
      ...s.voting.slice(3).map((m) => ({ membershipId: m.membershipId, status: 'PRESENT' as const })),
      { membershipId: s.advisory[0].membershipId, status: 'PRESENT' },
      { membershipId: s.secretariat.membershipId, status: 'PRESENT' },
    ],
  });
  await t.api.send('attendance.addGuest', { meetingId: s.meetingId, note: 'Frau Dr. Öztürk, Kommunales Integrationszentrum (zu TOP 3)' });
  await t.api.send('meetings.markHeld', { id: s.meetingId });
  const decision = await t.api.send('decisions.create', {
    agendaItemId: top2, text: 'Die Themen Wohnen und Sprache werden für 2025 priorisiert.', type: 'PRIORITISE_THEMES',
    result: 'VOTE', votesYes: 5, votesNo: 0, votesAbstain: 1,
  });
  await t.api.send('tasks.create', {
    source: 'DECISION', decisionId: decision.id, title: 'Themenpapier an die Kommunen versenden', ownerText: 'Koordinierungsstelle', dueDate: '2025-07-15',
  });
  await t.api.send('tasks.create', { source: 'MEETING', meetingId: s.meetingId, title: 'Raum für die nächste Sitzung buchen', ownerText: 'Geschäftsstelle' });
  await t.api.send('agenda.carryOver', { itemId: top4, reason: 'Die Vorlage der Schulaufsicht lag nicht vor.' });
  await t.api.send('minutes.setItemText', { agendaItemId: top3, text: 'Die Projektgruppe berichtet über den Start der Beratung in Mechernich.' });
  return { top1, top2, top3, top4, decision };
}

describe('minutes.get', () => {
  it('generates the Ergebnisprotokoll from the records before any minutes exist', async () => {
    const { decision } = await holdMeeting();
    const m = await t.api.send('minutes.get', { meetingId: s.meetingId });
    expect(m.status).toBeNull();
    expect(m.header).toMatchObject({
      title: '1. Sitzung der Lenkungsgruppe KI/KIM', startsAt: '2025-06-12T14:00', endsAt: '2025-06-12T16:00',
      location: 'Kreishaus Euskirchen, Raum 1.12', chairName: 'Mitglied 1 Müller', author: null,
    });
    expect(m.attendance.present.map((a) => a.name)).toEqual([
      'Mitglied 1 Müller', 'Mitglied 4 Müller', 'Mitglied 5 Müller', 'Mitglied 6 Müller', 'Mitglied 7 Müller', 'Mitglied 8 Müller', 'Mitglied 9 Müller',
    ]);
    expect(m.attendance.represented).toEqual([expect.objectContaining({ name: 'Mitglied 2 Müller', representedByName: 'Vertretung 2 Schäfer' })]);
    expect(m.attendance.excused.map((a) => a.name)).toEqual(['Mitglied 3 Müller']);
    expect(m.attendance.guests.map((a) => a.name)).toEqual(['Frau Dr. Öztürk, Kommunales Integrationszentrum (zu TOP 3)']);
    expect(m.attendance.notRecorded).toEqual([]);
    expect(m.quorum).toMatchObject({ votingSeats: 7, presentVoting: 6, reached: true });

    expect(m.items.map((i) => [i.number, i.title, i.status])).toEqual([
      ['TOP 1', 'Begrüßung und Feststellung der Beschlussfähigkeit', 'OPEN'],
      ['TOP 2', 'Priorisierung der generativen Themen 2025', 'DEALT_WITH'],
      ['TOP 3', 'Bericht der Projektgruppe Schuldnerberatung', 'OPEN'],
      ['TOP 4', 'Konzept Übergang Schule–Beruf', 'CARRIED_OVER'],
      ['TOP 5', 'Verschiedenes', 'OPEN'],
    ]);
    expect(m.items[1].decisions).toEqual([expect.objectContaining({
      id: decision.id, number: 'LG 2025/01', resultText: 'mit 5 Ja, 0 Nein, 1 Enthaltung beschlossen',
      tasks: [expect.objectContaining({ title: 'Themenpapier an die Kommunen versenden', ownerName: 'Koordinierungsstelle', dueDate: '2025-07-15', status: 'OPEN' })],
    })]);
    expect(m.items[2].minutesText).toBe('Die Projektgruppe berichtet über den Start der Beratung in Mechernich.');
    expect(m.items[3].carryReason).toBe('Die Vorlage der Schulaufsicht lag nicht vor.');
    expect(m.items[0].minutesText).toBe('');
    expect(m.meetingTasks.map((x) => x.title)).toEqual(['Raum für die nächste Sitzung buchen']);
  });

  it('notes at an item when the attendance there differs from the opening', async () => {
    await holdMeeting();
    const m = await t.api.send('minutes.get', { meetingId: s.meetingId });
    expect(m.items.slice(0, 2).map((i) => i.quorumNote)).toEqual([null, null]);
    expect(m.items[2].quorumNote).toBe('Bei TOP 3: 5 von 7 stimmberechtigten Sitzen anwesend oder vertreten; erforderlich sind 4 '
      + '(mehr als die Hälfte der Stimmberechtigten anwesend). Beschlussfähigkeit ist gegeben.');
  });

  it('reports an unknown meeting as not found', async () => {
    expect(await refusal(t.api.send('minutes.get', { meetingId: 'x' }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('minutes.create, minutes.update and minutes.setItemText', () => {
  it('starts a draft only for a held meeting, with the secretariat as author, once', async () => {
    expect(await refusal(t.api.send('minutes.create', { meetingId: s.meetingId }))).toMatchObject({
      code: 'CONFLICT', message: 'Die 1. Sitzung am 12.06.2025 ist eingeladen; ein Protokoll gibt es erst für durchgeführte Sitzungen.',
    });
    await holdMeeting();
    const m = await t.api.send('minutes.create', { meetingId: s.meetingId });
    expect(m).toMatchObject({ status: 'DRAFT', header: { author: 'Mitglied 9 Müller' }, contentHash: null, intact: null });
    expect((await refusal(t.api.send('minutes.create', { meetingId: s.meetingId }))).message).toBe('Für die 1. Sitzung am 12.06.2025 gibt es bereits ein Protokoll.');
  });

  it('replaces author, preamble and closing text', async () => {
    await holdMeeting();
    await t.api.send('minutes.create', { meetingId: s.meetingId });
    const m = await t.api.send('minutes.update', { meetingId: s.meetingId, author: 'Jana Weiß', preamble: 'Beginn 14:05 Uhr.', closingText: 'Ende 15:50 Uhr.' });
    expect(m).toMatchObject({ preamble: 'Beginn 14:05 Uhr.', closingText: 'Ende 15:50 Uhr.', header: { author: 'Jana Weiß' } });
    const cleared = await t.api.send('minutes.update', { meetingId: s.meetingId });
    expect(cleared).toMatchObject({ preamble: null, closingText: null, header: { author: null } });
  });

  it('refuses to update minutes that were not started', async () => {
    await holdMeeting();
    expect(await refusal(t.api.send('minutes.update', { meetingId: s.meetingId, preamble: 'x' }))).toMatchObject({
      code: 'NOT_FOUND', message: 'Protokoll wurde nicht gefunden.',
    });
  });

  it('writes item texts live on the meeting day and audits them, but not for a planned meeting', async () => {
    const live = s.addMeeting({ startsAt: '2025-06-15T09:00', status: 'INVITED' });
    await t.api.send('minutes.setItemText', { agendaItemId: live.itemIds[0], text: 'Begrüßung durch die Landrätin.' });
    expect(readRows(t.dataDir, 'SELECT minutes_text AS text FROM agenda_items WHERE id = ?', live.itemIds[0])).toEqual([{ text: 'Begrüßung durch die Landrätin.' }]);
    const db = inspectDatabase(t);
    expect(auditEntries(db, 'agenda_items').at(-1)).toMatchObject({ before: { minutesText: null }, after: { minutesText: 'Begrüßung durch die Landrätin.' } });
    db.close();
    const planned = s.addMeeting({ startsAt: '2025-06-15T18:00', status: 'PLANNED' });
    expect(await refusal(t.api.send('minutes.setItemText', { agendaItemId: planned.itemIds[0], text: 'x' }))).toMatchObject({ code: 'CONFLICT' });
  });
});
