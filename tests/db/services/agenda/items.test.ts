import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { auditEntries, fingerprint, inspectDatabase } from '../../../helpers/database';
import { decision, markHeld, meeting, steeringGroup, theme } from '../meetings/fixture';

let t: TestCore;
let meetingId: string;
beforeEach(async () => {
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  const lg = await steeringGroup(t);
  meetingId = (await meeting(t, lg.id, '2025-09-10T14:00')).meeting.id;
});
afterEach(() => t.dispose());

const agenda = async () => (await t.api.send('meetings.get', { id: meetingId })).agenda;
const titles = async () => (await agenda()).map((i) => i.title);
const add = (title: string, extra: Record<string, unknown> = {}) =>
  t.api.send('agenda.addItem', { meetingId, title, kind: 'DISCUSSION', ...extra } as never);

describe('adding agenda items', () => {
  it('puts new topics in front of "Verschiedenes" and "Termine", in the order they were added', async () => {
    const first = await add('Priorisierung generativer Themen 2025', { kind: 'DECISION', presenter: 'Koordinierungsstelle', plannedMinutes: 30 });
    await add('Bericht der AG Wohnen: Integreat-Kachel „Wohnen“', { kind: 'REPORT' });
    expect(first).toMatchObject({ number: 'TOP 4', kind: 'DECISION', presenter: 'Koordinierungsstelle', plannedMinutes: 30, status: 'OPEN', carryCount: 0 });
    expect(await titles()).toEqual([
      'Begrüßung und Feststellung der Beschlussfähigkeit', 'Bericht der Koordination', 'Stand der Beschlüsse',
      'Priorisierung generativer Themen 2025', 'Bericht der AG Wohnen: Integreat-Kachel „Wohnen“', 'Verschiedenes', 'Termine',
    ]);
    expect((await agenda()).map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('inserts at a requested TOP number, and appends when the closing standing items were removed', async () => {
    await add('Gleich nach der Begrüßung', { position: 2 });
    expect((await titles())[1]).toBe('Gleich nach der Begrüßung');
    for (const item of (await agenda()).filter((i) => i.standingItem === 'MISCELLANEOUS' || i.standingItem === 'DATES')) {
      await t.api.send('agenda.removeItem', { id: item.id });
    }
    await add('Zum Schluss');
    expect((await titles()).at(-1)).toBe('Zum Schluss');
  });

  it('links themes and documents and shows their titles; a duplicate link is kept once, a missing record is refused', async () => {
    const housing = theme(t, 'Wohnraum für Geflüchtete', 'CONSOLIDATED');
    const item = await add('Wohnen', { links: [{ targetType: 'THEME', targetId: housing }, { targetType: 'THEME', targetId: housing }] });
    expect(item.links).toMatchObject([{ targetType: 'THEME', targetId: housing, title: 'Wohnraum für Geflüchtete' }]);

    const error = await add('Kaputt', { links: [{ targetType: 'DOCUMENT', targetId: 'fehlt' }] }).catch((e) => e);
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ field: 'links.0.targetId', message: 'Verknüpfungen: Dokument existiert nicht (mehr).' }] });
    expect(await titles()).not.toContain('Kaputt');
  });

  it('writes the item, its links and the shifted positions to the audit log', async () => {
    const housing = theme(t, 'Wohnen', 'PROPOSED');
    const item = await add('Wohnen', { links: [{ targetType: 'THEME', targetId: housing }] });
    const db = inspectDatabase(t);
    const entries = auditEntries(db).filter((e) => e.entity.startsWith('agenda_item'));
    expect(entries.filter((e) => e.action === 'CREATE' && e.entityId === item.id)).toHaveLength(1);
    expect(entries.filter((e) => e.entity === 'agenda_item_links')).toHaveLength(1);
    // "Verschiedenes" and "Termine" moved down one place each.
    expect(entries.filter((e) => e.action === 'UPDATE').map((e) => e.after)).toEqual([{ position: 5 }, { position: 6 }]);
    db.close();
  });
});

describe('changing and removing items', () => {
  it('replaces the fields, and the links only when they are given', async () => {
    const a = theme(t, 'Sprachkurse', 'CONSOLIDATED');
    const b = theme(t, 'Traumatherapie', 'CONSOLIDATED');
    const item = await add('Gesundheit', { links: [{ targetType: 'THEME', targetId: a }] });
    const renamed = await t.api.send('agenda.updateItem', { id: item.id, title: 'Gesundheit und Sprache', kind: 'INFO', plannedMinutes: 15 });
    expect(renamed).toMatchObject({ title: 'Gesundheit und Sprache', kind: 'INFO', plannedMinutes: 15, presenter: null });
    expect(renamed.links.map((l) => l.targetId)).toEqual([a]);
    const relinked = await t.api.send('agenda.updateItem', {
      id: item.id, title: 'Gesundheit und Sprache', kind: 'INFO', links: [{ targetType: 'THEME', targetId: b }],
    });
    expect(relinked.links.map((l) => l.title)).toEqual(['Traumatherapie']);
  });

  it('lets standing items be removed like any other and renumbers the rest', async () => {
    const before = await agenda();
    const rest = await t.api.send('agenda.removeItem', { id: before[2].id });
    expect(rest.map((i) => [i.number, i.title])).toEqual([
      ['TOP 1', 'Begrüßung und Feststellung der Beschlussfähigkeit'], ['TOP 2', 'Bericht der Koordination'],
      ['TOP 3', 'Verschiedenes'], ['TOP 4', 'Termine'],
    ]);
  });

  it('refuses to remove an item that already carries a decision', async () => {
    const item = await add('Eilbeschluss');
    decision(t, { meetingId, agendaItemId: item.id, text: 'Zustimmung', decidedOn: '2025-09-10' });
    await expect(t.api.send('agenda.removeItem', { id: item.id })).rejects.toMatchObject({
      code: 'REFERENCED', message: 'Tagesordnungspunkt „Eilbeschluss“ kann nicht gelöscht werden, weil noch darauf verwiesen wird: 1 Beschluss.',
    });
  });
});

describe('ordering', () => {
  it('moves an item up and down by keyboard, and does nothing at either end', async () => {
    const [opening, report] = await agenda();
    const moved = await t.api.send('agenda.moveItem', { id: report.id, direction: 'up' });
    expect(moved.slice(0, 2).map((i) => i.id)).toEqual([report.id, opening.id]);
    const db = inspectDatabase(t);
    const before = fingerprint(db);
    const still = await t.api.send('agenda.moveItem', { id: report.id, direction: 'up' });
    expect(still[0].id).toBe(report.id);
    expect(fingerprint(db)).toEqual(before);
    db.close();
    const last = (await agenda()).at(-1)!;
    expect((await t.api.send('agenda.moveItem', { id: last.id, direction: 'down' })).at(-1)!.id).toBe(last.id);
    expect((await t.api.send('agenda.moveItem', { id: opening.id, direction: 'down' })).map((i) => i.id).indexOf(opening.id)).toBe(2);
  });

  it('takes a full new order by mouse', async () => {
    const ids = (await agenda()).map((i) => i.id);
    const reversed = await t.api.send('agenda.reorder', { meetingId, itemIds: [...ids].reverse() });
    expect(reversed.map((i) => i.id)).toEqual([...ids].reverse());
    expect(reversed.map((i) => i.number)).toEqual(['TOP 1', 'TOP 2', 'TOP 3', 'TOP 4', 'TOP 5']);
  });

  it('refuses an order with an item of another meeting, a missing item or a duplicate', async () => {
    const ids = (await agenda()).map((i) => i.id);
    const other = await meeting(t, (await t.api.send('meetings.get', { id: meetingId })).committee.id, '2025-12-03T14:00');
    const reorder = (itemIds: string[]) => t.api.send('agenda.reorder', { meetingId, itemIds }).catch((e) => e);

    expect(await reorder([...ids.slice(1), other.agenda[0].id])).toMatchObject({
      code: 'VALIDATION', issues: [{ field: 'itemIds', message: 'Reihenfolge: Enthält einen Punkt, der nicht zu dieser Sitzung gehört.' }],
    });
    expect((await reorder(ids.slice(1))).message).toBe('Reihenfolge: Es fehlt 1 Tagesordnungspunkt dieser Sitzung.');
    expect((await reorder(ids.slice(2))).message).toBe('Reihenfolge: Es fehlen 2 Tagesordnungspunkte dieser Sitzung.');
    expect((await reorder([ids[0], ...ids.slice(0, -1)])).message).toBe('Reihenfolge: Ein Tagesordnungspunkt ist doppelt aufgeführt.');
    expect(await agenda()).toMatchObject(ids.map((id) => ({ id })));
  });
});

describe('a held meeting', () => {
  it('refuses every agenda change and writes nothing', async () => {
    const item = await add('Vor der Sitzung angelegt');
    markHeld(t, meetingId);
    const db = inspectDatabase(t);
    const before = fingerprint(db);
    const ids = (await agenda()).map((i) => i.id);
    const message = 'Die Tagesordnung kann nicht mehr geändert werden: Die 1. Sitzung am 10.09.2025 wurde bereits durchgeführt.';
    for (const attempt of [
      add('Nachträglich'),
      t.api.send('agenda.updateItem', { id: item.id, title: 'Umbenannt', kind: 'INFO' }),
      t.api.send('agenda.removeItem', { id: item.id }),
      t.api.send('agenda.reorder', { meetingId, itemIds: [...ids].reverse() }),
      t.api.send('agenda.moveItem', { id: item.id, direction: 'up' }),
    ]) {
      await expect(attempt).rejects.toMatchObject({ code: 'CONFLICT', message });
    }
    expect(fingerprint(db)).toEqual(before);
    db.close();
  });
});
