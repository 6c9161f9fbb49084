import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { historyCore, type HistoryCore } from './historyCore';

let t: HistoryCore;
beforeEach(async () => { t = await historyCore(); });
afterEach(() => t.dispose());

describe('history.lastDeletion: what an undo right after a delete restores', () => {
  it('finds the deletion of a record just deleted, and nothing once it is back', async () => {
    const town = await t.api.send('municipalities.create', { name: 'Mechernich', status: 'STADT' });
    const table = await t.api.send('roundTables.create', { format: 'ROUND_TABLE', title: 'Runder Tisch Mechernich', heldOn: '2025-05-20', municipalityIds: [town.id] });
    const task = await t.api.send('tasks.create', { source: 'ROUND_TABLE', roundTableId: table.id, title: 'Sprechstunde im Rathaus einrichten', ownerText: 'Ordnungsamt' });
    await t.api.send('tasks.addNote', { id: task.id, text: 'Raum ist reserviert' });
    const key = { entity: 'action_items', entityId: task.id } as const;
    expect(await t.api.send('history.lastDeletion', key)).toBeNull();

    await t.api.send('tasks.delete', { id: task.id });
    const deletion = await t.api.send('history.lastDeletion', key);

    expect(deletion).toMatchObject({ entity: 'action_items', entityId: task.id, displayName: 'Sprechstunde im Rathaus einrichten', restorable: true, actor: 'koordination' });
    const [listed] = await t.api.send('history.deleted', { entity: 'action_items' });
    expect(deletion!.seq).toBe(listed.seq);
    await t.api.send('history.restore', { seq: deletion!.seq });
    expect((await t.api.send('tasks.get', { id: task.id })).notes.map((n) => n.text)).toEqual(['Raum ist reserviert']);
    expect(await t.api.send('history.lastDeletion', key)).toBeNull();
  });

  it('says why a deletion cannot be undone when what it belonged to is gone too', async () => {
    const town = await t.api.send('municipalities.create', { name: 'Kall', status: 'GEMEINDE' });
    const organisation = await t.api.send('organisations.create', { name: 'Jobcenter EU-aktiv', kind: 'JOBCENTER', municipalityId: town.id });
    await t.api.send('organisations.delete', { id: organisation.id });
    await t.api.send('municipalities.delete', { id: town.id });

    const deletion = await t.api.send('history.lastDeletion', { entity: 'organisations', entityId: organisation.id });

    expect(deletion).toMatchObject({ restorable: false, reason: expect.stringContaining('Kommune „Kall“ existiert nicht mehr') });
  });
});
