import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore } from '../../../helpers/core';
import { historyCore, type HistoryCore } from './historyCore';

let t: HistoryCore;
beforeEach(async () => { t = await historyCore(); });
afterEach(() => t.dispose());

const titles = (items: Array<{ title: string }>) => items.map((i) => i.title);

describe('history.restore: what went with a deletion', () => {
  it('restores a meeting with the agenda items its deletion removed, but not an item removed on purpose before', async () => {
    const group = await t.api.send('committees.create', { kind: 'WORKING_GROUP', name: 'AG Wohnen', status: 'ACTIVE' });
    const { meeting } = await t.api.send('meetings.create', { committeeId: group.id, startsAt: '2025-09-10T14:00', location: 'Kreishaus, Raum 101' });
    await t.api.send('agenda.addItem', { meetingId: meeting.id, title: 'Wohnraum für Geflüchtete', kind: 'DISCUSSION' });
    const dropped = await t.api.send('agenda.addItem', { meetingId: meeting.id, title: 'Sprachkurse', kind: 'INFO' });
    await t.api.send('agenda.removeItem', { id: dropped.id });
    const agenda = (await t.api.send('meetings.get', { id: meeting.id })).agenda;
    await t.api.send('meetings.delete', { id: meeting.id });

    const deleted = await t.api.send('history.deleted', {});
    expect(deleted.map((d) => [d.entityLabel, d.displayName, d.restorable])).toEqual([
      ['Sitzung', '1. Sitzung am 10.09.2025', true],
      ['Tagesordnungspunkt', 'Sprachkurse', false],
    ]);
    expect(deleted[1].reason).toBe('Tagesordnungspunkt „Sprachkurse“ lässt sich nicht wiederherstellen. Sitzung: Sitzung '
      + '„1. Sitzung am 10.09.2025“ existiert nicht mehr. Bitte zuerst diesen Eintrag wiederherstellen.');

    const result = await t.api.send('history.restore', { seq: deleted[0].seq });

    expect(titles(result.restored.map((r) => ({ title: r.displayName })))).not.toContain('Sprachkurse');
    const restored = (await t.api.send('meetings.get', { id: meeting.id })).agenda;
    expect(titles(restored)).toEqual(titles(agenda));
    expect(restored).toEqual(agenda);
    expect((await t.api.send('history.deleted', {})).map((d) => [d.displayName, d.restorable])).toEqual([['Sprachkurse', true]]);
  });
});

describe('history.restore: one write is one transaction id', () => {
  it('tells writes apart by their transaction id even when they happen in the same second', async () => {
    const fixed = await testCore();
    try {
      const { api } = fixed;
      const group = await api.send('committees.create', { kind: 'WORKING_GROUP', name: 'AG Wohnen', status: 'ACTIVE' });
      const { meeting } = await api.send('meetings.create', { committeeId: group.id, startsAt: '2025-09-10T14:00', location: 'Kreishaus' });
      await api.send('agenda.addItem', { meetingId: meeting.id, title: 'Wohnraum für Geflüchtete', kind: 'DISCUSSION' });
      const dropped = await api.send('agenda.addItem', { meetingId: meeting.id, title: 'Sprachkurse', kind: 'INFO' });
      await api.send('agenda.removeItem', { id: dropped.id });
      const agenda = (await api.send('meetings.get', { id: meeting.id })).agenda;
      await api.send('meetings.delete', { id: meeting.id });

      const [deletion] = await api.send('history.deleted', { entity: 'meetings' });
      const result = await api.send('history.restore', { seq: deletion.seq });

      expect(result.restored.map((r) => r.displayName)).not.toContain('Sprachkurse');
      expect((await api.send('meetings.get', { id: meeting.id })).agenda).toEqual(agenda);
    } finally {
      fixed.dispose();
    }
  });
});
