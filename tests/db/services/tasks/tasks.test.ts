import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { auditEntries, inspectDatabase, readRows } from '../../../helpers/database';
import { allPresent, insertRows, seedMeeting, type SeededMeeting } from '../../../helpers/seedMeeting';
import * as schema from '../../../../db/schema';
import { newId } from '../../../../db/domain/ids';

let t: TestCore;
let s: SeededMeeting;
let decisionId: string;
beforeEach(async () => {
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  s = seedMeeting(t);
  await t.api.send('attendance.set', { meetingId: s.meetingId, entries: allPresent(s) });
  decisionId = (await t.api.send('decisions.create', {
    agendaItemId: s.itemIds[1], text: 'Die Themen Wohnen und Sprache werden priorisiert.', type: 'PRIORITISE_THEMES', result: 'CONSENSUS',
  })).id;
});
afterEach(() => t.dispose());

const refusal = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a refusal'); }, (e) => e);
const task = (extra: Record<string, unknown> = {}) => ({
  source: 'DECISION' as const, decisionId, title: 'Themenpapier an die Kommunen versenden', ownerOrganisationId: s.organisationId,
  ownerPersonId: s.secretariat.personId, dueDate: '2025-07-15', status: 'OPEN' as const, ...extra,
});

describe('tasks.create', () => {
  it('creates a decision’s task with its context: decision, meeting, committee and owner', async () => {
    const created = await t.api.send('tasks.create', task());
    expect(created).toMatchObject({
      source: 'DECISION', decisionId, decisionNumber: 'LG 2025/01', meetingId: s.meetingId, meetingStartsAt: '2025-06-12T14:00',
      committeeId: s.committeeId, committeeName: 'Lenkungsgruppe KI/KIM', ownerName: expect.stringMatching(/^Mitglied \d+ Müller \(Kreis Euskirchen \d+\)$/),
      overdue: false, daysOverdue: 0, completedOn: null, notes: [],
    });
    const db = inspectDatabase(t);
    expect(auditEntries(db, 'action_items')).toEqual([expect.objectContaining({ action: 'CREATE', entityId: created.id })]);
    db.close();
  });

  it('refuses a task without owner', async () => {
    const error = await refusal(t.api.send('tasks.create', task({ ownerOrganisationId: null, ownerPersonId: null })));
    expect(error.issues).toEqual([{
      field: 'ownerOrganisationId', message: 'Verantwortliche Organisation: Bitte eine verantwortliche Organisation, Person oder einen Freitext angeben.',
    }]);
    expect(readRows(t.dataDir, 'SELECT count(*) AS n FROM action_items')).toEqual([{ n: 0 }]);
  });

  it('accepts a free-text owner such as a body without a record', async () => {
    const created = await t.api.send('tasks.create', task({ ownerOrganisationId: null, ownerPersonId: null, ownerText: 'Alle Kommunen' }));
    expect(created.ownerName).toBe('Alle Kommunen');
  });

  it('needs exactly the reference its source names', async () => {
    const missing = await refusal(t.api.send('tasks.create', task({ decisionId: null })));
    expect(missing.issues).toEqual([{ field: 'decisionId', message: 'Beschluss: Bitte auswählen (Herkunft „Beschluss“).' }]);
    const roundTable = newId();
    insertRows(t, [[schema.roundTables, { id: roundTable, format: 'ROUND_TABLE', title: 'Runder Tisch Zülpich', heldOn: '2025-05-05' }]]);
    const extra = await refusal(t.api.send('tasks.create', task({ roundTableId: roundTable })));
    expect(extra.issues).toEqual([{ field: 'roundTableId', message: 'Runder Tisch: Passt nicht zur Herkunft „Beschluss“.' }]);
    const otherMeeting = await refusal(t.api.send('tasks.create', task({ meetingId: s.addMeeting().meetingId })));
    expect(otherMeeting.issues[0].field).toBe('meetingId');
    const agreement = await t.api.send('tasks.create', task({ source: 'ROUND_TABLE', decisionId: null, roundTableId: roundTable }));
    expect(agreement).toMatchObject({ roundTableTitle: 'Runder Tisch Zülpich', committeeId: null, meetingId: null });
    const meetingTask = await t.api.send('tasks.create', task({ source: 'MEETING', decisionId: null, meetingId: s.meetingId }));
    expect(meetingTask).toMatchObject({ meetingId: s.meetingId, committeeName: 'Lenkungsgruppe KI/KIM', decisionId: null });
  });

  it('accepts the decision’s own meeting sent back by a form', async () => {
    expect((await t.api.send('tasks.create', task({ meetingId: s.meetingId }))).meetingId).toBe(s.meetingId);
  });

  it('refuses references that do not exist, naming the field', async () => {
    const error = await refusal(t.api.send('tasks.create', task({ decisionId: 'gone' })));
    expect(error.issues).toEqual([{ field: 'decisionId', message: 'Beschluss: Der gewählte Eintrag existiert nicht (mehr).' }]);
  });

  it('requires a reason for deferring', async () => {
    const error = await refusal(t.api.send('tasks.create', task({ status: 'DEFERRED' })));
    expect(error.issues).toEqual([{ field: 'delayReason', message: 'Grund der Verzögerung: Bitte angeben, warum die Aufgabe zurückgestellt wird.' }]);
    const deferred = await t.api.send('tasks.create', task({ status: 'DEFERRED', delayReason: 'Haushaltssperre', reviewDate: '2025-09-01' }));
    expect(deferred).toMatchObject({ status: 'DEFERRED', delayReason: 'Haushaltssperre', reviewDate: '2025-09-01' });
  });
});

describe('tasks.update', () => {
  it('sets the completion date when done and keeps it while it stays done', async () => {
    const created = await t.api.send('tasks.create', task());
    const done = await t.api.send('tasks.update', { id: created.id, ...task({ status: 'DONE', evidenceText: 'Versand per E-Mail am 14.06.' }) });
    expect(done).toMatchObject({ status: 'DONE', completedOn: '2025-06-15', evidenceText: 'Versand per E-Mail am 14.06.' });
    const reopened = await t.api.send('tasks.update', { id: created.id, ...task({ status: 'IN_PROGRESS' }) });
    expect(reopened.completedOn).toBeNull();

    const earlier = newId();
    insertRows(t, [[schema.actionItems, {
      id: earlier, source: 'DECISION', decisionId, meetingId: s.meetingId, title: 'Alt', ownerText: 'KS', status: 'DONE', completedOn: '2025-05-02',
    }]]);
    const edited = await t.api.send('tasks.update', { id: earlier, ...task({ status: 'DONE', title: 'Alt, Titel berichtigt' }) });
    expect(edited.completedOn).toBe('2025-05-02');
  });

  it('asks why an overdue task gets a new due date', async () => {
    const created = await t.api.send('tasks.create', task({ dueDate: '2025-06-01' }));
    expect(created).toMatchObject({ overdue: true, daysOverdue: 14 });
    const error = await refusal(t.api.send('tasks.update', { id: created.id, ...task({ dueDate: '2025-07-31' }) }));
    expect(error.issues).toEqual([{ field: 'delayReason', message: 'Grund der Verzögerung: Bitte angeben, wenn eine überfällige Aufgabe einen neuen Termin bekommt.' }]);
    const moved = await t.api.send('tasks.update', { id: created.id, ...task({ dueDate: '2025-07-31', delayReason: 'Abstimmung mit dem Jobcenter dauert an.' }) });
    expect(moved).toMatchObject({ overdue: false, delayReason: 'Abstimmung mit dem Jobcenter dauert an.' });
  });

  it('lets an overdue task be closed without a delay reason', async () => {
    const created = await t.api.send('tasks.create', task({ dueDate: '2025-06-01' }));
    expect((await t.api.send('tasks.update', { id: created.id, ...task({ dueDate: '2025-06-01', status: 'DONE' }) })).overdue).toBe(false);
  });

  it('reports an unknown task as not found', async () => {
    expect(await refusal(t.api.send('tasks.update', { id: 'nope', ...task() }))).toMatchObject({ code: 'NOT_FOUND', message: 'Aufgabe wurde nicht gefunden.' });
  });
});

describe('notes and deletion', () => {
  it('adds dated progress notes, newest first, and deletes a task with its notes', async () => {
    const created = await t.api.send('tasks.create', task());
    const note = await t.api.send('tasks.addNote', { id: created.id, text: 'Entwurf liegt vor.' });
    expect(note).toMatchObject({ notedOn: '2025-06-15', text: 'Entwurf liegt vor.', author: 'test' });
    await t.api.send('tasks.addNote', { id: created.id, text: 'Mit Abt. 50 abgestimmt.' });
    expect((await t.api.send('tasks.get', { id: created.id })).notes.map((n) => n.text)).toEqual(['Mit Abt. 50 abgestimmt.', 'Entwurf liegt vor.']);
    await t.api.send('tasks.delete', { id: created.id });
    expect(readRows(t.dataDir, 'SELECT (SELECT count(*) FROM action_items) AS tasks, (SELECT count(*) FROM action_item_notes) AS notes'))
      .toEqual([{ tasks: 0, notes: 0 }]);
    const db = inspectDatabase(t);
    expect(auditEntries(db, 'action_items').map((e) => e.action)).toEqual(['CREATE', 'DELETE']);
    expect(auditEntries(db, 'action_item_notes').map((e) => e.action)).toEqual(['CREATE', 'CREATE', 'DELETE', 'DELETE']);
    db.close();
  });

  it('refuses an empty note', async () => {
    const created = await t.api.send('tasks.create', task());
    expect((await refusal(t.api.send('tasks.addNote', { id: created.id, text: '' }))).issues).toEqual([{ field: 'text', message: 'Notiz: Bitte ausfüllen.' }]);
  });
});
