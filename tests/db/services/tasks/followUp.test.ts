import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { insertRows, seedMeeting, type SeededMeeting } from '../../../helpers/seedMeeting';
import * as schema from '../../../../db/schema';
import { newId } from '../../../../db/domain/ids';

/**
 * Two held meetings (12.03. and 12.06.2025) with decisions and tasks in different states; today is 15.06.2025.
 * "Stand der Beschlüsse" for the next meeting shows what is owed and what was finished since 12.06.
 */
let t: TestCore;
let s: SeededMeeting;
let march: string;
const decision: Record<string, string> = {};

beforeEach(async () => {
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  s = seedMeeting(t, { startsAt: '2025-03-12T14:00', status: 'MINUTES_APPROVED' });
  march = s.meetingId;
  const june = s.addMeeting({ startsAt: '2025-06-12T14:00', status: 'HELD' }).meetingId;
  const rows: Array<[typeof schema.decisions | typeof schema.actionItems | typeof schema.actionItemNotes, Record<string, unknown>]> = [];
  const addDecision = (key: string, meetingId: string, number: string, decidedOn: string) => {
    decision[key] = newId();
    rows.push([schema.decisions, { id: decision[key], meetingId, number, text: `Beschluss ${key}`, type: 'OTHER', result: 'VOTE', votesYes: 5, votesNo: 1, votesAbstain: 0, decidedOn }]);
  };
  addDecision('open', march, 'LG 2025/01', '2025-03-12');
  addDecision('finishedLongAgo', march, 'LG 2025/02', '2025-03-12');
  addDecision('finishedRecently', march, 'LG 2025/03', '2025-03-12');
  addDecision('june', june, 'LG 2025/04', '2025-06-12');
  addDecision('noTasks', june, 'LG 2025/05', '2025-06-12');
  const task = (title: string, key: string, values: Record<string, unknown>) => {
    const id = newId();
    rows.push([schema.actionItems, {
      id, source: 'DECISION', decisionId: decision[key], meetingId: null, title, ownerText: 'Koordinierungsstelle', status: 'OPEN', ...values,
    }]);
    return id;
  };
  const late = task('Wohnraumbörse konzipieren', 'open', { dueDate: '2025-05-31', delayReason: 'Personalwechsel' });
  task('Träger anschreiben', 'open', { dueDate: '2025-04-01', status: 'DONE', completedOn: '2025-04-02' });
  task('Abschlussbericht', 'finishedLongAgo', { dueDate: '2025-04-30', status: 'DONE', completedOn: '2025-04-28' });
  task('Flyer drucken', 'finishedRecently', { dueDate: '2025-06-30', status: 'DONE', completedOn: '2025-06-13' });
  task('Termine abstimmen', 'june', { dueDate: '2025-07-15', status: 'IN_PROGRESS' });
  rows.push([schema.actionItems, { id: newId(), source: 'MEETING', meetingId: june, title: 'Raum für September buchen', ownerText: 'Geschäftsstelle', status: 'OPEN', dueDate: '2025-08-01' }]);
  rows.push([schema.actionItemNotes, { id: newId(), actionItemId: late, notedOn: '2025-06-01', text: 'Entwurf in Abstimmung' }]);
  rows.push([schema.actionItemNotes, { id: newId(), actionItemId: late, notedOn: '2025-05-15', text: 'Erste Gespräche' }]);
  insertRows(t, rows);
});
afterEach(() => t.dispose());

describe('followUp.report', () => {
  it('lists decisions with owed tasks or tasks finished since the last meeting, oldest decision first', async () => {
    const report = await t.api.send('followUp.report', { committeeId: s.committeeId });
    expect(report).toMatchObject({ asOf: '2025-06-15', committeeName: 'Lenkungsgruppe KI/KIM', since: { sequenceNo: 2, startsAt: '2025-06-12T14:00' } });
    expect(report.decisions.map((d) => [d.number, d.state, d.tasks.map((x) => x.title)])).toEqual([
      ['LG 2025/01', 'OVERDUE', ['Wohnraumbörse konzipieren']],
      ['LG 2025/03', 'DONE', ['Flyer drucken']],
      ['LG 2025/04', 'OPEN', ['Termine abstimmen']],
    ]);
    expect(report.totals).toEqual({ decisions: 3, openTasks: 3, overdueTasks: 1, completedSince: 1 });
  });

  it('gives each task its owner, delay reason, overdue days and latest note, and each decision its result', async () => {
    const report = await t.api.send('followUp.report', { committeeId: s.committeeId });
    expect(report.decisions[0].resultText).toBe('mit 5 Ja, 1 Nein, 0 Enthaltungen beschlossen');
    expect(report.decisions[0].tasks[0]).toMatchObject({
      ownerName: 'Koordinierungsstelle', delayReason: 'Personalwechsel', overdue: true, daysOverdue: 15,
      lastNote: { notedOn: '2025-06-01', text: 'Entwurf in Abstimmung' },
    });
  });

  it('lists tasks agreed in a meeting without a decision separately', async () => {
    const report = await t.api.send('followUp.report', { committeeId: s.committeeId });
    expect(report.meetingTasks.map((x) => x.title)).toEqual(['Raum für September buchen']);
  });

  it('reports as of an earlier day: later decisions are left out and "since" is the meeting before', async () => {
    const report = await t.api.send('followUp.report', { committeeId: s.committeeId, asOf: '2025-06-01' });
    expect(report.since).toMatchObject({ meetingId: march });
    expect(report.decisions.map((d) => [d.number, d.state])).toEqual([['LG 2025/01', 'OVERDUE'], ['LG 2025/02', 'DONE']]);
    expect(report.decisions[0].tasks.map((x) => [x.title, x.daysOverdue])).toEqual([['Träger anschreiben', 0], ['Wohnraumbörse konzipieren', 1]]);
  });

  it('refuses an unknown committee', async () => {
    expect(await t.api.send('followUp.report', { committeeId: 'nope' }).catch((e) => e)).toMatchObject({ code: 'NOT_FOUND', message: 'Gremium wurde nicht gefunden.' });
  });
});
