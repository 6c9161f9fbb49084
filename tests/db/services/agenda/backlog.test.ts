import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { fingerprint, inspectDatabase } from '../../../helpers/database';
import {
  carryOver, decision, finding, markHeld, meeting, reportDue, steeringGroup, task, theme, workingGroup,
} from '../meetings/fixture';

let t: TestCore;
let lg: { id: string };
beforeEach(async () => {
  // Today is 15.06.2025; the meeting being prepared is on 10.09.2025.
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  lg = await steeringGroup(t);
});
afterEach(() => t.dispose());

const backlog = (meetingId: string) => t.api.send('agenda.backlog', { meetingId });
const keys = async (meetingId: string) => (await backlog(meetingId)).map((p) => p.key);
const take = (meetingId: string, p: { source: string; refId: string; title: string; suggestedKind: string }) =>
  t.api.send('agenda.addItem', { meetingId, title: p.title, kind: p.suggestedKind, fromProposal: { source: p.source, refId: p.refId } } as never);

/** A held earlier meeting with one decision, as the basis for follow-up proposals. */
async function heldMeetingWithDecision(number = 'LG 2025/01') {
  const earlier = await meeting(t, lg.id, '2025-03-12T14:00');
  const item = await t.api.send('agenda.addItem', { meetingId: earlier.meeting.id, title: 'Handlungskonzept', kind: 'DECISION' });
  markHeld(t, earlier.meeting.id);
  return decision(t, { meetingId: earlier.meeting.id, agendaItemId: item.id, number, text: 'Die Lenkungsgruppe beschließt das CM-Handlungskonzept.', decidedOn: '2025-03-12' });
}

describe('the agenda backlog', () => {
  it('is empty for a new committee', async () => {
    const m = await meeting(t, lg.id, '2025-09-10T14:00');
    expect(await backlog(m.meeting.id)).toEqual([]);
  });

  it('proposes themes waiting for a steering decision, with their evidence, and only to a steering group', async () => {
    const waiting = theme(t, 'Schuldnerberatung für Geflüchtete', 'CONSOLIDATED', { field_of_action: 'HOUSING' });
    finding(t, waiting);
    finding(t, waiting);
    const onAgendaElsewhere = theme(t, 'Traumatherapie', 'PROPOSED');
    theme(t, 'Erst erkannt', 'IDENTIFIED');
    theme(t, 'Schon priorisiert', 'PRIORITISED');
    theme(t, 'Zusammengeführt', 'CONSOLIDATED', { merged_into_theme_id: waiting });
    const m = await meeting(t, lg.id, '2025-09-10T14:00');

    const proposals = await backlog(m.meeting.id);
    expect(proposals.map((p) => p.title)).toEqual(['Schuldnerberatung für Geflüchtete', 'Traumatherapie']);
    expect(proposals[0]).toEqual({
      key: `THEME:${waiting}`, source: 'THEME', refId: waiting, title: 'Schuldnerberatung für Geflüchtete',
      detail: 'Thema gebündelt · Wohnen · 2 Erkenntnisse', suggestedKind: 'DECISION', dueDate: null, carryCount: null, carryReason: null,
      alreadyOnAgenda: false,
    });
    expect(proposals[1].refId).toBe(onAgendaElsewhere);

    const group = await workingGroup(t, 'AG Wohnen');
    const groupMeeting = await meeting(t, group.id, '2025-09-01T10:00');
    expect(await backlog(groupMeeting.meeting.id)).toEqual([]);
  });

  it('proposes undelivered reports due by the meeting day from groups this committee commissioned', async () => {
    const commissioning = await heldMeetingWithDecision();
    const ours = await workingGroup(t, 'AG Wohnen', commissioning);
    const legacy = await workingGroup(t, 'AK Antidiskriminierung');
    const other = await steeringGroup(t, 'Lenkungsgruppe Nachbarkreis');
    const otherMeeting = await meeting(t, other.id, '2025-01-10T10:00');
    const foreignDecision = decision(t, { meetingId: otherMeeting.meeting.id, text: 'AG Sprache einrichten', decidedOn: '2025-01-10' });
    const foreign = await workingGroup(t, 'AG Sprache (Nachbarkreis)', foreignDecision);

    const due = reportDue(t, { committeeId: ours.id, dueDate: '2025-09-10', topic: 'Zwischenbericht Wohnraumakquise' });
    const legacyDue = reportDue(t, { committeeId: legacy.id, dueDate: '2025-06-30' });
    reportDue(t, { committeeId: ours.id, dueDate: '2025-09-11', topic: 'einen Tag zu spät' });
    reportDue(t, { committeeId: ours.id, dueDate: '2025-05-01', topic: 'schon erstattet', deliveredOn: '2025-05-02' });
    reportDue(t, { committeeId: foreign.id, dueDate: '2025-08-01' });
    const m = await meeting(t, lg.id, '2025-09-10T14:00');

    const reports = (await backlog(m.meeting.id)).filter((p) => p.source === 'REPORT_DUE');
    expect(reports.map((p) => [p.refId, p.title, p.detail, p.dueDate])).toEqual([
      [legacyDue, 'Bericht AK Antidiskriminierung', 'fällig am 30.06.2025, noch nicht erstattet', '2025-06-30'],
      [due, 'Bericht AG Wohnen: Zwischenbericht Wohnraumakquise', 'fällig am 10.09.2025, noch nicht erstattet', '2025-09-10'],
    ]);
    expect(reports.every((p) => p.suggestedKind === 'REPORT')).toBe(true);
  });

  it('proposes decisions whose follow-up falls due by the meeting, counting open and overdue tasks', async () => {
    const concept = await heldMeetingWithDecision();
    task(t, { decisionId: concept, title: 'Träger informieren', dueDate: '2025-05-31' });
    task(t, { decisionId: concept, title: 'Konzept veröffentlichen', dueDate: '2025-09-10', status: 'IN_PROGRESS' });
    task(t, { decisionId: concept, title: 'Später', dueDate: '2025-09-11' });
    task(t, { decisionId: concept, title: 'Erledigt', dueDate: '2025-04-01', status: 'DONE' });
    const quiet = decision(t, { meetingId: (await meeting(t, lg.id, '2025-04-01T10:00')).meeting.id, text: 'Nur erledigt', decidedOn: '2025-04-01' });
    task(t, { decisionId: quiet, title: 'Erledigt', dueDate: '2025-04-30', status: 'DONE' });
    const m = await meeting(t, lg.id, '2025-09-10T14:00');

    const tasks = (await backlog(m.meeting.id)).filter((p) => p.source === 'TASK_DUE');
    expect(tasks).toEqual([{
      key: `TASK_DUE:${concept}`, source: 'TASK_DUE', refId: concept,
      title: 'Beschluss LG 2025/01: Die Lenkungsgruppe beschließt das CM-Handlungskonzept.',
      detail: '2 offene Aufgaben bis zur Sitzung fällig, davon 1 überfällig, früheste Frist 31.05.2025',
      suggestedKind: 'REPORT', dueDate: '2025-05-31', carryCount: null, carryReason: null, alreadyOnAgenda: false,
    }]);
  });

  it('counts how often a topic was carried over across several meetings and keeps the latest reason', async () => {
    const first = await meeting(t, lg.id, '2025-03-12T14:00');
    const original = await t.api.send('agenda.addItem', { meetingId: first.meeting.id, title: 'Sprachkurse bei gesundheitlichen Einschränkungen', kind: 'DECISION' });
    markHeld(t, first.meeting.id);
    carryOver(t, original.id, 'Vorlage fehlte');

    const second = await meeting(t, lg.id, '2025-06-11T14:00');
    const [proposal] = await backlog(second.meeting.id);
    expect(proposal).toMatchObject({
      source: 'CARRIED_OVER', refId: original.id, carryCount: 1, carryReason: 'Vorlage fehlte', suggestedKind: 'DECISION',
      detail: 'vertagt in der 1. Sitzung am 12.03.2025 · Grund: Vorlage fehlte', alreadyOnAgenda: false,
    });
    const again = await take(second.meeting.id, proposal);
    expect(again).toMatchObject({ carriedFromItemId: original.id, carryCount: 1, carryReason: null, status: 'OPEN' });
    expect((await backlog(second.meeting.id))[0]).toMatchObject({ refId: original.id, alreadyOnAgenda: true });

    markHeld(t, second.meeting.id);
    carryOver(t, again.id, 'Zeit reichte nicht');
    const third = await meeting(t, lg.id, '2025-09-10T14:00');
    const carried = (await backlog(third.meeting.id)).filter((p) => p.source === 'CARRIED_OVER');
    expect(carried).toHaveLength(1);
    expect(carried[0]).toMatchObject({
      refId: again.id, carryCount: 2, carryReason: 'Zeit reichte nicht',
      detail: 'vertagt in der 2. Sitzung am 11.06.2025 · 2-mal ohne Beschluss vertagt · Grund: Zeit reichte nicht',
    });
    expect(await take(third.meeting.id, carried[0])).toMatchObject({ carriedFromItemId: again.id, carryCount: 2 });
  });

  it('does not offer a carried-over item to a meeting before the one it was carried in, nor twice', async () => {
    const early = await meeting(t, lg.id, '2025-03-12T14:00');
    const late = await meeting(t, lg.id, '2025-09-10T14:00');
    const item = await t.api.send('agenda.addItem', { meetingId: late.meeting.id, title: 'Thema aus September', kind: 'INFO' });
    markHeld(t, late.meeting.id);
    carryOver(t, item.id, 'vertagt');
    expect(await backlog(early.meeting.id)).toEqual([]);
    await expect(take(early.meeting.id, { source: 'CARRIED_OVER', refId: item.id, title: item.title, suggestedKind: 'INFO' }))
      .rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: 'fromProposal.refId' }] });

    const next = await meeting(t, lg.id, '2025-12-03T14:00');
    const after = await meeting(t, lg.id, '2026-03-04T14:00');
    await take(next.meeting.id, { source: 'CARRIED_OVER', refId: item.id, title: item.title, suggestedKind: 'INFO' });
    expect(await keys(after.meeting.id)).toEqual([]);
    await expect(take(after.meeting.id, { source: 'CARRIED_OVER', refId: item.id, title: item.title, suggestedKind: 'INFO' }))
      .rejects.toMatchObject({ code: 'CONFLICT', message: '„Thema aus September“ wurde bereits in die 3. Sitzung am 03.12.2025 übernommen.' });
  });

  it('offers a carried-over topic again when the item that took it up is removed before the meeting', async () => {
    const first = await meeting(t, lg.id, '2025-03-12T14:00');
    const item = await t.api.send('agenda.addItem', { meetingId: first.meeting.id, title: 'Einbürgerungsfeier', kind: 'INFO' });
    markHeld(t, first.meeting.id);
    carryOver(t, item.id, 'Referentin erkrankt');
    const next = await meeting(t, lg.id, '2025-09-10T14:00');
    const [proposal] = await backlog(next.meeting.id);
    const taken = await take(next.meeting.id, proposal);
    await t.api.send('agenda.removeItem', { id: taken.id });
    expect(await backlog(next.meeting.id)).toMatchObject([{ refId: item.id, carryCount: 1, alreadyOnAgenda: false }]);
  });

  it('takes nothing when any part of adding fails: the noted topic stays open', async () => {
    const topic = await t.api.send('backlogTopics.create', { committeeId: lg.id, title: 'Integrationsrat einbinden' });
    const m = await meeting(t, lg.id, '2025-09-10T14:00');
    const db = inspectDatabase(t);
    const before = fingerprint(db);
    await expect(t.api.send('agenda.addItem', {
      meetingId: m.meeting.id, title: topic.title, kind: 'INFO', fromProposal: { source: 'BACKLOG_TOPIC', refId: topic.id },
      links: [{ targetType: 'MEASURE', targetId: 'gelöscht' }],
    })).rejects.toMatchObject({ code: 'VALIDATION', message: 'Verknüpfungen: Maßnahme existiert nicht (mehr).' });
    expect(fingerprint(db)).toEqual(before);
    db.close();
    expect((await backlog(m.meeting.id))[0]).toMatchObject({ refId: topic.id, alreadyOnAgenda: false });
  });

  it('offers the open topics of a cancelled meeting to the next one', async () => {
    const cancelled = await meeting(t, lg.id, '2025-06-11T14:00');
    const item = await t.api.send('agenda.addItem', { meetingId: cancelled.meeting.id, title: 'Kommunentour 2025', kind: 'INFO' });
    await t.api.send('meetings.cancel', { id: cancelled.meeting.id, reason: 'Hochwasser' });
    const next = await meeting(t, lg.id, '2025-09-10T14:00');
    expect(await backlog(next.meeting.id)).toMatchObject([{ refId: item.id, carryCount: 1, carryReason: 'Sitzung am 11.06.2025 abgesagt: Hochwasser' }]);
  });

  it('proposes a theme only once when it travels with a carried-over item, and brings its links along', async () => {
    const housing = theme(t, 'Wohnraum', 'PROPOSED');
    const first = await meeting(t, lg.id, '2025-03-12T14:00');
    const item = await t.api.send('agenda.addItem', {
      meetingId: first.meeting.id, title: 'Wohnraum priorisieren', kind: 'DECISION', links: [{ targetType: 'THEME', targetId: housing }],
    });
    markHeld(t, first.meeting.id);
    carryOver(t, item.id, 'Beschlussvorlage unvollständig');
    const next = await meeting(t, lg.id, '2025-09-10T14:00');
    const proposals = await backlog(next.meeting.id);
    expect(proposals.map((p) => p.source)).toEqual(['CARRIED_OVER']);
    const taken = await take(next.meeting.id, proposals[0]);
    expect(taken.links).toMatchObject([{ targetType: 'THEME', targetId: housing, title: 'Wohnraum' }]);
    expect((await backlog(next.meeting.id)).map((p) => [p.source, p.alreadyOnAgenda])).toEqual([['CARRIED_OVER', true]]);
  });

  it('marks a theme, report or decision taken onto this agenda and refuses to take it twice', async () => {
    const waiting = theme(t, 'Übergang Schule – Beruf', 'CONSOLIDATED');
    const m = await meeting(t, lg.id, '2025-09-10T14:00');
    const [proposal] = await backlog(m.meeting.id);
    const item = await take(m.meeting.id, proposal);
    expect(item.links).toMatchObject([{ targetType: 'THEME', targetId: waiting, title: 'Übergang Schule – Beruf' }]);
    expect((await backlog(m.meeting.id))[0]).toMatchObject({ key: `THEME:${waiting}`, alreadyOnAgenda: true });
    await expect(take(m.meeting.id, proposal)).rejects.toMatchObject({
      code: 'CONFLICT', message: '„Übergang Schule – Beruf“ steht bereits auf der Tagesordnung (TOP 4).',
    });

    const concept = await heldMeetingWithDecision();
    task(t, { decisionId: concept, title: 'Nachsteuern', dueDate: '2025-07-01' });
    const followUp = (await backlog(m.meeting.id)).find((p) => p.source === 'TASK_DUE')!;
    expect((await take(m.meeting.id, followUp)).links).toMatchObject([{ targetType: 'DECISION', targetId: concept }]);
  });

  it('takes a noted topic once, offers it nowhere else meanwhile, and frees it again when the item is removed', async () => {
    const topic = await t.api.send('backlogTopics.create', {
      committeeId: lg.id, title: 'Erfahrungen mit der KIM-Datenbank des Landes', note: 'Nach sechs Monaten Nutzung berichten', proposedBy: 'Jörg Schäfer',
    });
    const m = await meeting(t, lg.id, '2025-09-10T14:00');
    const later = await meeting(t, lg.id, '2025-12-03T14:00');
    const [proposal] = await backlog(m.meeting.id);
    expect(proposal).toMatchObject({
      source: 'BACKLOG_TOPIC', refId: topic.id, suggestedKind: 'DISCUSSION',
      detail: 'Nach sechs Monaten Nutzung berichten · vorgemerkt von Jörg Schäfer',
    });
    const item = await take(m.meeting.id, proposal);
    expect((await backlog(m.meeting.id))[0].alreadyOnAgenda).toBe(true);
    expect(await backlog(later.meeting.id)).toEqual([]);
    await expect(take(later.meeting.id, proposal)).rejects.toMatchObject({
      code: 'CONFLICT', message: '„Erfahrungen mit der KIM-Datenbank des Landes“ steht bereits auf der Tagesordnung der 1. Sitzung am 10.09.2025.',
    });

    await t.api.send('agenda.removeItem', { id: item.id });
    expect((await backlog(later.meeting.id))[0]).toMatchObject({ refId: topic.id, alreadyOnAgenda: false });
  });

  it('sorts by source, then oldest due date first', async () => {
    const group = await workingGroup(t, 'AG Wohnen');
    reportDue(t, { committeeId: group.id, dueDate: '2025-08-01', topic: 'später' });
    reportDue(t, { committeeId: group.id, dueDate: '2025-02-01', topic: 'früher' });
    theme(t, 'Zuwanderung aus der Ukraine', 'CONSOLIDATED');
    theme(t, 'Ärztliche Versorgung', 'CONSOLIDATED');
    await t.api.send('backlogTopics.create', { committeeId: lg.id, title: 'Frei notiert' });
    const concept = await heldMeetingWithDecision();
    task(t, { decisionId: concept, title: 'Offen', dueDate: '2025-06-01' });
    const m = await meeting(t, lg.id, '2025-09-10T14:00');

    expect((await backlog(m.meeting.id)).map((p) => [p.source, p.title])).toEqual([
      ['THEME', 'Ärztliche Versorgung'],
      ['THEME', 'Zuwanderung aus der Ukraine'],
      ['REPORT_DUE', 'Bericht AG Wohnen: früher'],
      ['REPORT_DUE', 'Bericht AG Wohnen: später'],
      ['TASK_DUE', 'Beschluss LG 2025/01: Die Lenkungsgruppe beschließt das CM-Handlungskonzept.'],
      ['BACKLOG_TOPIC', 'Frei notiert'],
    ]);
  });

  it('reads without writing anything', async () => {
    theme(t, 'Wohnraum', 'CONSOLIDATED');
    const m = await meeting(t, lg.id, '2025-09-10T14:00');
    const db = inspectDatabase(t);
    const before = fingerprint(db);
    await backlog(m.meeting.id);
    expect(fingerprint(db)).toEqual(before);
    db.close();
  });
});
