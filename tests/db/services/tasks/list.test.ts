import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { tempDir, testCore, type TestCore } from '../../../helpers/core';
import { testContext } from '../../../helpers/context';
import { listTasks } from '../../../../db/services/tasks/listTasks';
import { insertRows, seedMeeting, type SeededMeeting } from '../../../helpers/seedMeeting';
import * as schema from '../../../../db/schema';
import { newId } from '../../../../db/domain/ids';

/**
 * One office's tasks on 15.06.2025 (the test clock): overdue, due soon, due later, done, deferred, without date,
 * a round-table agreement, a discarded task, and a task of another committee.
 */
let dataDir: string;
let t: TestCore;
let s: SeededMeeting;
let other: SeededMeeting;
const ids: Record<string, string> = {};

beforeEach(async () => {
  dataDir = tempDir();
  t = await testCore({ now: '2025-06-15T10:00:00Z', dataDir });
  s = seedMeeting(t);
  other = seedMeeting(t);
  const decision = newId();
  const otherDecision = newId();
  const roundTable = newId();
  const person = s.voting[0].personId;
  insertRows(t, [
    [schema.decisions, { id: decision, meetingId: s.meetingId, agendaItemId: s.itemIds[1], number: 'LG 2025/01', text: 'Priorisierung', type: 'PRIORITISE_THEMES', result: 'CONSENSUS', decidedOn: '2025-06-12' }],
    [schema.decisions, { id: otherDecision, meetingId: other.meetingId, number: 'LG 2025/09', text: 'Anderes Gremium', type: 'OTHER', result: 'CONSENSUS', decidedOn: '2025-06-12' }],
    [schema.roundTables, { id: roundTable, format: 'ROUND_TABLE', title: 'Runder Tisch Mechernich', heldOn: '2025-04-10' }],
  ]);
  const add = (key: string, values: Record<string, unknown>) => {
    ids[key] = newId();
    insertRows(t, [[schema.actionItems, {
      id: ids[key], source: 'DECISION', decisionId: decision, meetingId: s.meetingId, ownerOrganisationId: s.organisationId, status: 'OPEN', title: key, ...values,
    }]]);
  };
  add('overdue', { dueDate: '2025-06-01' });
  add('dueSoon', { dueDate: '2025-06-20', status: 'IN_PROGRESS', ownerOrganisationId: null, ownerPersonId: person });
  add('later', { dueDate: '2025-07-30' });
  add('done', { dueDate: '2025-05-01', status: 'DONE', completedOn: '2025-05-03' });
  add('deferred', { dueDate: '2025-05-01', status: 'DEFERRED', delayReason: 'Haushalt', reviewDate: '2025-06-10' });
  add('undated', { dueDate: null });
  add('agreement', { source: 'ROUND_TABLE', decisionId: null, meetingId: null, roundTableId: roundTable, dueDate: '2025-06-25' });
  add('discarded', { dueDate: '2025-06-02', status: 'DISCARDED' });
  add('otherCommittee', { decisionId: otherDecision, meetingId: other.meetingId, dueDate: '2025-06-03', ownerOrganisationId: other.organisationId });
});
afterEach(() => {
  t.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

const titles = (rows: Array<{ title: string }>) => rows.map((r) => r.title);

describe('tasks.list', () => {
  it('lists everything still owed by default, earliest due first and undated last', async () => {
    expect(titles(await t.api.send('tasks.list'))).toEqual(['deferred', 'overdue', 'otherCommittee', 'dueSoon', 'agreement', 'later', 'undated']);
  });

  it('lists overdue tasks with how many days they are late; deferred ones are not overdue', async () => {
    const rows = await t.api.send('tasks.list', { status: 'OVERDUE' });
    expect(rows.map((r) => [r.title, r.daysOverdue, r.overdue])).toEqual([['overdue', 14, true], ['otherCommittee', 12, true]]);
    const deferred = (await t.api.send('tasks.list')).find((r) => r.title === 'deferred');
    expect(deferred).toMatchObject({ overdue: false, daysOverdue: 0, reviewDue: true });
  });

  it('lists tasks due within 14 days, or within the days asked for', async () => {
    expect(titles(await t.api.send('tasks.list', { status: 'DUE_SOON' }))).toEqual(['dueSoon', 'agreement']);
    expect(titles(await t.api.send('tasks.list', { status: 'DUE_SOON', dueWithinDays: 5 }))).toEqual(['dueSoon']);
    expect(titles(await t.api.send('tasks.list', { status: 'DUE_SOON', dueWithinDays: 60 }))).toEqual(['dueSoon', 'agreement', 'later']);
  });

  it('returns one page of the list when asked for a limit or an offset, in the order of the whole list', () => {
    const c = testContext({ dataDir, now: '2025-06-15T10:00:00Z' });
    try {
      const all = titles(listTasks(c.ctx));
      expect(all).toHaveLength(7);
      expect(titles(listTasks(c.ctx, { limit: 3 }))).toEqual(all.slice(0, 3));
      expect(titles(listTasks(c.ctx, { limit: 3, offset: 3 }))).toEqual(all.slice(3, 6));
      expect(titles(listTasks(c.ctx, { offset: 5 }))).toEqual(all.slice(5));
      expect(titles(listTasks(c.ctx, { status: 'OVERDUE', limit: 1, offset: 1 }))).toEqual(['otherCommittee']);
    } finally {
      c.dispose();
    }
  });

  it('lists done tasks and all tasks', async () => {
    expect(titles(await t.api.send('tasks.list', { status: 'DONE' }))).toEqual(['done']);
    expect(await t.api.send('tasks.list', { status: 'ALL' })).toHaveLength(9);
  });

  it('filters by committee, owner and source', async () => {
    expect(titles(await t.api.send('tasks.list', { committeeId: s.committeeId }))).toEqual(['deferred', 'overdue', 'dueSoon', 'later', 'undated']);
    expect(titles(await t.api.send('tasks.list', { ownerPersonId: s.voting[0].personId }))).toEqual(['dueSoon']);
    expect(await t.api.send('tasks.list', { ownerOrganisationId: s.organisationId, status: 'ALL' })).toHaveLength(7);
    const agreements = await t.api.send('tasks.list', { source: 'ROUND_TABLE' });
    expect(agreements).toEqual([expect.objectContaining({ title: 'agreement', roundTableTitle: 'Runder Tisch Mechernich', committeeId: null })]);
  });

  it('shows each row with its decision, meeting, committee and owner', async () => {
    const [row] = (await t.api.send('tasks.list', { status: 'OVERDUE', committeeId: s.committeeId }));
    expect(row).toMatchObject({
      decisionNumber: 'LG 2025/01', decisionText: 'Priorisierung', meetingId: s.meetingId, meetingStartsAt: '2025-06-12T14:00',
      committeeId: s.committeeId, committeeName: 'Lenkungsgruppe KI/KIM', ownerName: expect.stringMatching(/^Kreis Euskirchen \d+$/),
    });
  });

  it('takes "today" from the injected clock', async () => {
    t.dispose();
    t = await testCore({ now: '2025-06-24T10:00:00Z', dataDir });
    expect(titles(await t.api.send('tasks.list', { status: 'OVERDUE' }))).toEqual(['overdue', 'otherCommittee', 'dueSoon']);
    // 22:30 UTC on 20 June is already 21 June in Berlin: the task due on the 20th is late there.
    t.dispose();
    t = await testCore({ now: '2025-06-20T22:30:00Z', dataDir });
    expect(titles(await t.api.send('tasks.list', { status: 'OVERDUE' }))).toEqual(['overdue', 'otherCommittee', 'dueSoon']);
    t.dispose();
    t = await testCore({ now: '2025-06-20T21:30:00Z', dataDir });
    expect(titles(await t.api.send('tasks.list', { status: 'OVERDUE' }))).toEqual(['overdue', 'otherCommittee']);
  });

  it('refuses an unknown status filter in German', async () => {
    const error = await t.api.send('tasks.list', { status: 'LATE' as never }).catch((e) => e);
    expect(error.issues).toEqual([{ field: 'status', message: 'Auswahl: Bitte einen gültigen Wert auswählen.' }]);
  });
});
