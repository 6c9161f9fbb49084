import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { auditEntries, inspectDatabase } from '../../../helpers/database';
import { meeting, steeringGroup } from '../meetings/fixture';

let t: TestCore;
let lg: { id: string };
beforeEach(async () => {
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  lg = await steeringGroup(t);
});
afterEach(() => t.dispose());

describe('topics noted for the next meeting', () => {
  it('notes, edits and deletes a topic, with audit rows', async () => {
    const topic = await t.api.send('backlogTopics.create', { committeeId: lg.id, title: 'Versorgungsdaten Traumatherapie', proposedBy: 'GB IV' });
    const edited = await t.api.send('backlogTopics.update', {
      id: topic.id, title: 'Versorgungsdaten Traumatherapie für Geflüchtete', note: 'Zahlen vom Gesundheitsamt erbitten',
    });
    expect(edited).toMatchObject({ title: 'Versorgungsdaten Traumatherapie für Geflüchtete', note: 'Zahlen vom Gesundheitsamt erbitten', proposedBy: null });
    await t.api.send('backlogTopics.delete', { id: topic.id });
    expect(await t.api.send('backlogTopics.list', { committeeId: lg.id })).toEqual([]);
    const db = inspectDatabase(t);
    expect(auditEntries(db, 'backlog_topics').map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    db.close();
  });

  it('lists open topics before those taken onto an agenda, naming the meeting', async () => {
    const used = await t.api.send('backlogTopics.create', { committeeId: lg.id, title: 'Kommunentour auswerten' });
    const open = await t.api.send('backlogTopics.create', { committeeId: lg.id, title: 'Öffentlichkeitsarbeit KIM-Pressereihe' });
    const m = await meeting(t, lg.id, '2025-09-10T14:00');
    await t.api.send('agenda.addItem', { meetingId: m.meeting.id, title: used.title, kind: 'INFO', fromProposal: { source: 'BACKLOG_TOPIC', refId: used.id } });

    const list = await t.api.send('backlogTopics.list', { committeeId: lg.id });
    expect(list.map((r) => [r.title, r.usedInMeetingLabel])).toEqual([
      ['Öffentlichkeitsarbeit KIM-Pressereihe', null],
      ['Kommunentour auswerten', '1. Sitzung am 10.09.2025'],
    ]);
    expect(list[1].usedInMeetingId).toBe(m.meeting.id);
    expect(list[0].id).toBe(open.id);
  });

  it('refuses to delete a topic that is on an agenda, pointing to the item to remove first', async () => {
    const topic = await t.api.send('backlogTopics.create', { committeeId: lg.id, title: 'Sprachkurse' });
    const m = await meeting(t, lg.id, '2025-09-10T14:00');
    await t.api.send('agenda.addItem', { meetingId: m.meeting.id, title: 'Sprachkurse', kind: 'INFO', fromProposal: { source: 'BACKLOG_TOPIC', refId: topic.id } });
    await expect(t.api.send('backlogTopics.delete', { id: topic.id })).rejects.toMatchObject({
      code: 'CONFLICT', message: '„Sprachkurse“ steht auf der Tagesordnung der 1. Sitzung am 10.09.2025; bitte zuerst den Tagesordnungspunkt entfernen.',
    });
  });

  it('refuses a topic of another committee when building an agenda', async () => {
    const other = await t.api.send('committees.create', { kind: 'PROJECT_GROUP', name: 'PG Gesundheit', status: 'ACTIVE' });
    const foreign = await t.api.send('backlogTopics.create', { committeeId: other.id, title: 'Nur für die PG' });
    const m = await meeting(t, lg.id, '2025-09-10T14:00');
    await expect(t.api.send('agenda.addItem', {
      meetingId: m.meeting.id, title: 'Nur für die PG', kind: 'INFO', fromProposal: { source: 'BACKLOG_TOPIC', refId: foreign.id },
    })).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: 'fromProposal.refId', message: 'Vorschlag: Der gewählte Eintrag existiert nicht (mehr).' }] });
  });

  it('refuses an empty title in German', async () => {
    await expect(t.api.send('backlogTopics.create', { committeeId: lg.id, title: '  ' })).rejects.toMatchObject({
      code: 'VALIDATION', issues: [{ field: 'title', message: 'Thema: Bitte ausfüllen.' }],
    });
  });
});
