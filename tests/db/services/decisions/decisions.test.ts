import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { auditEntries, fingerprint, inspectDatabase, readRows } from '../../../helpers/database';
import { allPresent, insertRows, seedMeeting, type SeededMeeting } from '../../../helpers/seedMeeting';
import * as schema from '../../../../db/schema';
import { newId } from '../../../../db/domain/ids';

let t: TestCore;
let s: SeededMeeting;
beforeEach(async () => {
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  s = seedMeeting(t);
});
afterEach(() => t.dispose());

const refusal = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a refusal'); }, (e) => e);
const TOP2 = () => s.itemIds[1];
const consensus = (agendaItemId: string, text = 'Die Lenkungsgruppe priorisiert die Themen Wohnen und Sprache.') =>
  ({ agendaItemId, text, type: 'PRIORITISE_THEMES' as const, result: 'CONSENSUS' as const });

/** Chair and the first `n - 1` voting seats present, the rest excused. */
async function present(n: number, meeting = s) {
  const seats = [meeting.chair, ...meeting.voting];
  await t.api.send('attendance.set', {
    meetingId: meeting.meetingId,
    entries: seats.map((m, i) => ({ membershipId: m.membershipId, status: i < n ? 'PRESENT' as const : 'EXCUSED' as const })),
  });
}

describe('decisions.create', () => {
  it('numbers the decision, stores the quorum at its item and marks the item dealt with', async () => {
    await t.api.send('attendance.set', { meetingId: s.meetingId, entries: allPresent(s) });
    const d = await t.api.send('decisions.create', consensus(TOP2()));
    expect(d).toMatchObject({
      number: 'LG 2025/01', decidedOn: '2025-06-12', result: 'CONSENSUS', resultText: 'im Konsens beschlossen',
      votingMembersPresent: 7, quorumReached: true, overrideReason: null, agendaItemNumber: 'TOP 2',
      agendaItemTitle: 'Priorisierung der generativen Themen 2025', committeeName: 'Lenkungsgruppe KI/KIM', locked: false,
    });
    expect(readRows(t.dataDir, 'SELECT status FROM agenda_items WHERE id = ?', TOP2())).toEqual([{ status: 'DEALT_WITH' }]);
    const db = inspectDatabase(t);
    expect(auditEntries(db, 'decisions')).toEqual([expect.objectContaining({ action: 'CREATE', entityId: d.id })]);
    expect(auditEntries(db, 'agenda_items').at(-1)).toMatchObject({ before: { status: 'OPEN' }, after: { status: 'DEALT_WITH' } });
    db.close();
  });

  it('continues the running number within the committee and year, and uses "B" without a short name', async () => {
    await present(7);
    await t.api.send('decisions.create', consensus(TOP2()));
    expect((await t.api.send('decisions.create', consensus(s.itemIds[2], 'Kenntnisnahme des Berichts.'))).number).toBe('LG 2025/02');
    const unnamed = seedMeeting(t, { shortName: null });
    await present(7, unnamed);
    expect((await t.api.send('decisions.create', consensus(unnamed.itemIds[1]))).number).toBe('B 2025/01');
  });

  it('continues after imported numbers without prefix', async () => {
    insertRows(t, [[schema.decisions, {
      id: newId(), meetingId: s.meetingId, number: '2025/07', text: 'Alt', type: 'OTHER', result: 'CONSENSUS', decidedOn: '2025-02-01',
    }]]);
    await present(7);
    expect((await t.api.send('decisions.create', consensus(TOP2()))).number).toBe('LG 2025/08');
  });

  it('records a vote with its counts', async () => {
    await present(7);
    const d = await t.api.send('decisions.create', { ...consensus(TOP2()), result: 'VOTE', votesYes: 5, votesNo: 1, votesAbstain: 1 });
    expect(d).toMatchObject({ votesYes: 5, votesNo: 1, votesAbstain: 1, resultText: 'mit 5 Ja, 1 Nein, 1 Enthaltung beschlossen' });
  });

  it('refuses counts that exceed the voting members present, naming the field, and writes nothing', async () => {
    await present(6);
    const db = inspectDatabase(t);
    const before = fingerprint(db);
    const error = await refusal(t.api.send('decisions.create', { ...consensus(TOP2()), result: 'VOTE', votesYes: 5, votesNo: 1, votesAbstain: 1 }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([{
      field: 'votesYes',
      message: 'Ja-Stimmen: Die Summe der Stimmen (7) übersteigt die Zahl der anwesenden Stimmberechtigten (6). '
        + 'Bitte die Anwesenheit prüfen oder eine Begründung der Ausnahme angeben.',
    }]);
    expect(fingerprint(db)).toEqual(before);
    db.close();
  });

  it('accepts exceeding counts with a recorded override reason', async () => {
    await present(6);
    const d = await t.api.send('decisions.create', {
      ...consensus(TOP2()), result: 'VOTE', votesYes: 6, votesNo: 1, overrideReason: 'Frau Kaya kam zu TOP 2, ihre Ankunft wurde nicht erfasst.',
    });
    expect(d).toMatchObject({ votesAbstain: 0, votingMembersPresent: 6, overrideReason: 'Frau Kaya kam zu TOP 2, ihre Ankunft wurde nicht erfasst.' });
  });

  it('refuses a unanimous decision with a no-vote', async () => {
    await present(7);
    const error = await refusal(t.api.send('decisions.create', { ...consensus(TOP2()), result: 'UNANIMOUS', votesYes: 6, votesNo: 1 }));
    expect(error.issues).toEqual([{ field: 'votesNo', message: 'Nein-Stimmen: Ein einstimmiger Beschluss hat keine Nein-Stimmen.' }]);
  });

  it('refuses a vote without counts even with an override reason', async () => {
    await present(7);
    const error = await refusal(t.api.send('decisions.create', { ...consensus(TOP2()), result: 'VOTE', overrideReason: 'egal' }));
    expect(error.issues[0].field).toBe('votesYes');
  });

  it('refuses a decision without quorum, then accepts it with an override reason that is recorded', async () => {
    await present(3);
    const error = await refusal(t.api.send('decisions.create', consensus(TOP2())));
    expect(error.issues).toEqual([{
      field: 'overrideReason',
      message: 'Begründung der Ausnahme: Bei TOP 2 ist die Beschlussfähigkeit nicht gegeben (3 von 7 stimmberechtigten Sitzen anwesend oder vertreten; '
        + 'erforderlich sind 4 (mehr als die Hälfte der Stimmberechtigten anwesend). Beschlussfähigkeit ist nicht gegeben.) '
        + 'Bitte die Anwesenheit prüfen oder eine Begründung der Ausnahme angeben.',
    }]);
    expect(readRows(t.dataDir, 'SELECT * FROM decisions')).toEqual([]);

    const d = await t.api.send('decisions.create', { ...consensus(TOP2()), overrideReason: 'Eilentscheidung: Antragsfrist des Landes endet am 20.06.2025.' });
    expect(d).toMatchObject({ quorumReached: false, votingMembersPresent: 3, overrideReason: 'Eilentscheidung: Antragsfrist des Landes endet am 20.06.2025.' });
  });

  it('does not keep an override reason that nothing needed', async () => {
    await present(7);
    expect((await t.api.send('decisions.create', { ...consensus(TOP2()), overrideReason: 'vorsorglich' })).overrideReason).toBeNull();
  });

  it('uses the quorum at the item: a member who left after TOP 1 is not counted at TOP 2', async () => {
    await present(4);
    await t.api.send('attendance.set', {
      meetingId: s.meetingId, entries: [{ membershipId: s.voting[0].membershipId, status: 'PRESENT', leftAfterItemId: s.itemIds[0] }],
    });
    const error = await refusal(t.api.send('decisions.create', consensus(TOP2())));
    expect(error.issues[0].field).toBe('overrideReason');
    const first = await t.api.send('decisions.create', consensus(s.itemIds[0], 'Die Tagesordnung wird genehmigt.'));
    expect(first).toMatchObject({ votingMembersPresent: 4, quorumReached: true });
  });

  it('refuses decisions in a planned meeting, in a meeting still to come and on a carried-over item', async () => {
    const planned = s.addMeeting({ status: 'PLANNED', startsAt: '2025-06-13T10:00' });
    expect(await refusal(t.api.send('decisions.create', consensus(planned.itemIds[1])))).toMatchObject({
      code: 'CONFLICT', message: 'Die 2. Sitzung am 13.06.2025 ist geplant; Beschlüsse können erst erfasst werden, wenn zu ihr eingeladen wurde.',
    });
    const future = s.addMeeting({ status: 'INVITED', startsAt: '2025-09-10T14:00' });
    expect((await refusal(t.api.send('decisions.create', consensus(future.itemIds[1])))).message)
      .toBe('Die Sitzung am 10.09.2025 hat noch nicht stattgefunden; Beschlüsse können erst ab dem Sitzungstag erfasst werden.');
    await present(7);
    await t.api.send('agenda.carryOver', { itemId: s.itemIds[3], reason: 'Vorlage fehlte' });
    expect((await refusal(t.api.send('decisions.create', consensus(s.itemIds[3])))).message)
      .toBe('TOP 4 „Konzept Übergang Schule–Beruf“ ist vertagt; dazu kann kein Beschluss gefasst werden.');
  });

  it('accepts a decision in an invited meeting on its day', async () => {
    const today = s.addMeeting({ status: 'INVITED', startsAt: '2025-06-15T09:00' });
    await present(7, { ...s, meetingId: today.meetingId });
    expect((await t.api.send('decisions.create', consensus(today.itemIds[1]))).decidedOn).toBe('2025-06-15');
  });
});

describe('decisions.update and decisions.delete', () => {
  it('replaces text and result and checks them against the attendance as recorded now', async () => {
    await present(7);
    const d = await t.api.send('decisions.create', consensus(TOP2()));
    const updated = await t.api.send('decisions.update', {
      id: d.id, text: 'Geänderter Text', type: 'OTHER', result: 'VOTE', votesYes: 6, votesNo: 0, votesAbstain: 1,
    });
    expect(updated).toMatchObject({ text: 'Geänderter Text', number: 'LG 2025/01', resultText: 'mit 6 Ja, 0 Nein, 1 Enthaltung beschlossen' });
    const tooMany = await refusal(t.api.send('decisions.update', { id: d.id, text: 'x', type: 'OTHER', result: 'VOTE', votesYes: 8, votesNo: 0 }));
    expect(tooMany.issues[0].field).toBe('votesYes');
  });

  it('deletes a decision recorded by mistake and reopens its item', async () => {
    await present(7);
    const d = await t.api.send('decisions.create', consensus(TOP2()));
    await t.api.send('decisions.delete', { id: d.id });
    expect(readRows(t.dataDir, 'SELECT count(*) AS n FROM decisions')).toEqual([{ n: 0 }]);
    expect(readRows(t.dataDir, 'SELECT status FROM agenda_items WHERE id = ?', TOP2())).toEqual([{ status: 'OPEN' }]);
  });

  it('refuses to delete a decision that carries tasks', async () => {
    await present(7);
    const d = await t.api.send('decisions.create', consensus(TOP2()));
    await t.api.send('tasks.create', { source: 'DECISION', decisionId: d.id, title: 'Themenpapier versenden', ownerText: 'Koordinierungsstelle', status: 'OPEN' });
    expect(await refusal(t.api.send('decisions.delete', { id: d.id }))).toMatchObject({
      code: 'REFERENCED', message: 'Beschluss „LG 2025/01“ kann nicht gelöscht werden, weil noch darauf verwiesen wird: 1 Aufgabe/Vereinbarung.',
    });
  });
});

describe('decisions.list and decisions.get', () => {
  it('lists decisions newest first with item title and task counts, filtered by committee, meeting and year', async () => {
    await present(7);
    const a = await t.api.send('decisions.create', consensus(TOP2()));
    const b = await t.api.send('decisions.create', consensus(s.itemIds[2], 'Der Bericht wird zur Kenntnis genommen.'));
    await t.api.send('tasks.create', { source: 'DECISION', decisionId: a.id, title: 'Papier', ownerText: 'KS', dueDate: '2025-06-01', status: 'OPEN' });
    await t.api.send('tasks.create', { source: 'DECISION', decisionId: a.id, title: 'Termin', ownerText: 'KS', status: 'DONE' });
    const other = seedMeeting(t);
    await present(7, other);
    await t.api.send('decisions.create', consensus(other.itemIds[1]));

    const list = await t.api.send('decisions.list', { committeeId: s.committeeId });
    expect(list.map((d) => d.number)).toEqual(['LG 2025/02', 'LG 2025/01']);
    expect(list[1]).toMatchObject({ id: a.id, agendaItemTitle: 'Priorisierung der generativen Themen 2025', taskCount: 2, openTaskCount: 1, overdueTaskCount: 1 });
    expect((await t.api.send('decisions.list', { meetingId: s.meetingId })).map((d) => d.id)).toEqual([b.id, a.id]);
    expect(await t.api.send('decisions.list', { year: 2024 })).toEqual([]);
    expect(await t.api.send('decisions.list')).toHaveLength(3);
  });

  it('gets one decision with its tasks', async () => {
    await present(7);
    const d = await t.api.send('decisions.create', consensus(TOP2()));
    await t.api.send('tasks.create', { source: 'DECISION', decisionId: d.id, title: 'Papier', ownerText: 'KS', status: 'OPEN' });
    const got = await t.api.send('decisions.get', { id: d.id });
    expect(got.tasks.map((x) => x.title)).toEqual(['Papier']);
    expect(got.effects).toEqual([]);
    expect(await refusal(t.api.send('decisions.get', { id: 'x' }))).toMatchObject({ code: 'NOT_FOUND', message: 'Beschluss wurde nicht gefunden.' });
  });
});
