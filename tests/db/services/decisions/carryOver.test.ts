import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { auditEntries, inspectDatabase } from '../../../helpers/database';
import { allPresent, insertRows, seedMeeting, type SeededMeeting } from '../../../helpers/seedMeeting';
import * as schema from '../../../../db/schema';
import { newId } from '../../../../db/domain/ids';

let t: TestCore;
let s: SeededMeeting;
beforeEach(async () => {
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  s = seedMeeting(t);
  await t.api.send('attendance.set', { meetingId: s.meetingId, entries: allPresent(s) });
});
afterEach(() => t.dispose());

const refusal = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a refusal'); }, (e) => e);

describe('agenda.carryOver', () => {
  it('marks the item carried over with its reason and audits it', async () => {
    const item = await t.api.send('agenda.carryOver', { itemId: s.itemIds[3], reason: 'Vorlage der Schulaufsicht lag nicht vor.' });
    expect(item).toMatchObject({ status: 'CARRIED_OVER', carryReason: 'Vorlage der Schulaufsicht lag nicht vor.' });
    const db = inspectDatabase(t);
    expect(auditEntries(db, 'agenda_items')).toEqual([expect.objectContaining({ action: 'UPDATE', after: expect.objectContaining({ status: 'CARRIED_OVER' }) })]);
    db.close();
  });

  it('needs a reason', async () => {
    const error = await refusal(t.api.send('agenda.carryOver', { itemId: s.itemIds[3], reason: ' ' }));
    expect(error.issues).toEqual([{ field: 'reason', message: 'Grund der Vertagung: Bitte ausfüllen.' }]);
  });

  it('refuses an item that already has a decision', async () => {
    await t.api.send('decisions.create', { agendaItemId: s.itemIds[1], text: 'Beschlossen.', type: 'OTHER', result: 'CONSENSUS' });
    expect((await refusal(t.api.send('agenda.carryOver', { itemId: s.itemIds[1], reason: 'x' }))).message)
      .toBe('TOP 2 „Priorisierung der generativen Themen 2025“ hat bereits einen Beschluss und kann nicht vertagt werden.');
  });

  it('refuses items of a meeting that is only planned', async () => {
    const planned = s.addMeeting({ status: 'PLANNED', startsAt: '2025-06-13T10:00' });
    expect(await refusal(t.api.send('agenda.carryOver', { itemId: planned.itemIds[0], reason: 'x' }))).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('agenda.undoCarryOver', () => {
  it('reopens a carried-over item', async () => {
    await t.api.send('agenda.carryOver', { itemId: s.itemIds[3], reason: 'Zeit reichte nicht' });
    expect(await t.api.send('agenda.undoCarryOver', { itemId: s.itemIds[3] })).toMatchObject({ status: 'OPEN', carryReason: null });
  });

  it('refuses once a later meeting took the item up', async () => {
    await t.api.send('agenda.carryOver', { itemId: s.itemIds[3], reason: 'Zeit reichte nicht' });
    const next = s.addMeeting();
    insertRows(t, [[schema.agendaItems, {
      id: newId(), meetingId: next.meetingId, position: 3, title: 'Konzept Übergang Schule–Beruf', kind: 'DISCUSSION',
      carriedFromItemId: s.itemIds[3], carryCount: 1,
    }]]);
    expect((await refusal(t.api.send('agenda.undoCarryOver', { itemId: s.itemIds[3] }))).message)
      .toBe('„Konzept Übergang Schule–Beruf“ steht bereits auf der Tagesordnung einer späteren Sitzung; die Vertagung kann nicht zurückgenommen werden.');
  });

  it('refuses an item that is not carried over', async () => {
    expect((await refusal(t.api.send('agenda.undoCarryOver', { itemId: s.itemIds[3] }))).message)
      .toBe('TOP 4 „Konzept Übergang Schule–Beruf“ ist nicht vertagt.');
  });
});
