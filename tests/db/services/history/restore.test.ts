import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../db/api/errors';
import { auditEntries, fingerprint } from '../../../helpers/database';
import { historyCore, type HistoryCore } from './historyCore';

let t: HistoryCore;
beforeEach(async () => { t = await historyCore(); });
afterEach(() => t.dispose());

/** The seq of the audit row that deleted the record. */
const deletionOf = (entity: string, id: string) =>
  t.db.prepare("SELECT max(seq) FROM audit_log WHERE entity = ? AND entity_id = ? AND action = 'DELETE'").pluck().get(entity, id) as number;

async function caritas() {
  const town = await t.api.send('municipalities.create', { name: 'Mechernich', status: 'STADT', officialKey: '05366028' });
  const provider = await t.api.send('organisations.create', { name: 'Caritasverband für die Region Eifel', kind: 'WELFARE_PROVIDER', municipalityId: town.id });
  const person = await t.api.send('persons.create', { name: 'Bärbel Weiß', organisationId: provider.id, email: 'b.weiss@caritas-eifel.de' });
  return { town, provider, person };
}

describe('history.restore: a deleted record comes back with its id', () => {
  it('restores a municipality exactly as it was and records RESTORE', async () => {
    const town = await t.api.send('municipalities.create', { name: 'Zülpich', status: 'STADT', officialKey: '05366044' });
    await t.api.send('municipalities.delete', { id: town.id });
    const seq = deletionOf('municipalities', town.id);

    const result = await t.api.send('history.restore', { seq });

    expect(result).toMatchObject({ entity: 'municipalities', entityId: town.id, displayName: 'Zülpich', restored: [], skipped: [] });
    expect(await t.api.send('municipalities.get', { id: town.id })).toEqual(town);
    expect(auditEntries(t.db, 'municipalities').map((e) => e.action)).toEqual(['CREATE', 'DELETE', 'RESTORE']);
    expect(auditEntries(t.db, 'municipalities').at(-1)!.after).toEqual(town);
  });

  it('restores a person whose organisation still exists; a missing organisation is named and blocks it', async () => {
    const { provider, person } = await caritas();
    await t.api.send('persons.delete', { id: person.id });
    await t.api.send('organisations.delete', { id: provider.id });
    const before = fingerprint(t.db);

    const refused = await t.attempt('history.restore', { seq: deletionOf('persons', person.id) }) as ApiError;
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toBe('Ansprechperson „Bärbel Weiß“ lässt sich nicht wiederherstellen. Organisation: Organisation '
      + '„Caritasverband für die Region Eifel“ existiert nicht mehr. Bitte zuerst diesen Eintrag wiederherstellen.');
    expect(refused.issues).toEqual([{ field: 'organisationId', message: expect.stringContaining('Caritasverband') }]);
    expect(fingerprint(t.db)).toEqual(before);

    const listed = await t.api.send('history.deleted', {});
    expect(listed.map((d) => [d.entityLabel, d.displayName, d.restorable])).toEqual([
      ['Organisation', 'Caritasverband für die Region Eifel', true],
      ['Ansprechperson', 'Bärbel Weiß', false],
    ]);
    expect(listed[1].reason).toContain('existiert nicht mehr');

    await t.api.send('history.restore', { seq: deletionOf('organisations', provider.id) });
    await t.api.send('history.restore', { seq: deletionOf('persons', person.id) });
    expect(await t.api.send('persons.get', { id: person.id })).toMatchObject({ name: 'Bärbel Weiß', organisationId: provider.id });
    expect(await t.api.send('history.deleted', {})).toEqual([]);
  });

  it('brings a post back with the staffing periods its deletion removed', async () => {
    const { provider, person } = await caritas();
    const post = await t.api.send('posts.create', {
      label: 'CM Eifel 1', fundingModule: 'B2_CASE_MANAGEMENT', kind: 'CASE_MANAGEMENT', fte: 0.5,
      hostOrganisationId: provider.id, holderPersonId: person.id, status: 'FILLED', filledSince: '2024-04-01',
    });
    const { createdAt: _c, updatedAt: _u, ...fields } = post;
    await t.api.send('posts.update', { ...fields, holderPersonId: null, filledSince: null, status: 'VACANT' });
    const periods = await t.api.send('posts.periods', { postId: post.id });
    expect(periods).toHaveLength(2);
    await t.api.send('posts.delete', { id: post.id });

    const listed = await t.api.send('history.deleted', {});
    expect(listed.map((d) => d.entity)).toEqual(['posts']);

    const result = await t.api.send('history.restore', { seq: listed[0].seq });
    expect(result.restored.map((r) => r.entity)).toEqual(['post_periods', 'post_periods']);
    expect(await t.api.send('posts.periods', { postId: post.id })).toEqual(periods);
    expect(auditEntries(t.db, 'post_periods').filter((e) => e.action === 'RESTORE')).toHaveLength(2);
  });

  it('brings a round-table agreement back with its progress notes, which the cascade removed without audit rows of their own', async () => {
    const { town, provider } = await caritas();
    const table = await t.api.send('roundTables.create', { format: 'ROUND_TABLE', title: 'Runder Tisch Mechernich', heldOn: '2025-05-20', municipalityIds: [town.id] });
    const task = await t.api.send('tasks.create', {
      source: 'ROUND_TABLE', roundTableId: table.id, title: 'Sprechstunde im Rathaus einrichten', dueDate: '2025-09-30', ownerOrganisationId: provider.id,
    });
    await t.api.send('tasks.addNote', { id: task.id, text: 'Raum ist reserviert' });
    await t.api.send('tasks.addNote', { id: task.id, text: 'Erste Sprechstunde am 1. Juli' });
    const withNotes = await t.api.send('tasks.get', { id: task.id });
    await t.api.send('tasks.delete', { id: task.id });
    expect(t.db.prepare('SELECT count(*) FROM action_item_notes').pluck().get()).toBe(0);

    const result = await t.api.send('history.restore', { seq: deletionOf('action_items', task.id) });

    expect(result.restored.map((r) => r.displayName).sort()).toEqual(['Erste Sprechstunde am 1. Juli', 'Raum ist reserviert']);
    expect(await t.api.send('tasks.get', { id: task.id })).toEqual(withNotes);
  });

  it('brings a round table back with its municipalities and participants from the deletion snapshot', async () => {
    const { town, provider } = await caritas();
    const table = await t.api.send('roundTables.create', {
      format: 'ROUND_TABLE', title: 'Runder Tisch Mechernich', heldOn: '2025-05-20', municipalityIds: [town.id],
      participants: [{ organisationId: provider.id, role: 'CM_PROVIDER', headCount: 2 }, { role: 'VOLUNTEERS', headCount: 5 }],
    });
    await t.api.send('roundTables.delete', { id: table.id });
    const result = await t.api.send('history.restore', { seq: deletionOf('round_tables', table.id) });
    expect(result.restored.map((r) => r.entity).sort()).toEqual(['round_table_municipalities', 'round_table_participants', 'round_table_participants']);
    expect(await t.api.send('roundTables.get', { id: table.id })).toEqual(table);
  });

  it('leaves out a detail row whose own reference is gone, and says so', async () => {
    const { town, provider } = await caritas();
    const table = await t.api.send('roundTables.create', {
      format: 'ROUND_TABLE', title: 'Runder Tisch Mechernich', heldOn: '2025-05-20', municipalityIds: [town.id],
      participants: [{ organisationId: provider.id, role: 'CM_PROVIDER' }],
    });
    await t.api.send('roundTables.delete', { id: table.id });
    await t.api.send('persons.delete', { id: (await t.api.send('persons.list', {}))[0].id });
    await t.api.send('organisations.delete', { id: provider.id });

    const result = await t.api.send('history.restore', { seq: deletionOf('round_tables', table.id) });

    expect(result.restored.map((r) => r.entity)).toEqual(['round_table_municipalities']);
    expect(result.skipped).toEqual([expect.objectContaining({
      entity: 'round_table_participants',
      reason: 'Organisation: Organisation „Caritasverband für die Region Eifel“ existiert nicht mehr. Bitte zuerst diesen Eintrag wiederherstellen.',
    })]);
    expect((await t.api.send('roundTables.get', { id: table.id })).participants).toEqual([]);
  });
});

describe('history.restore: the ugly cases', () => {
  it('refuses to restore twice and writes nothing the second time', async () => {
    const town = await t.api.send('municipalities.create', { name: 'Kall', status: 'GEMEINDE' });
    await t.api.send('municipalities.delete', { id: town.id });
    const seq = deletionOf('municipalities', town.id);
    await t.api.send('history.restore', { seq });
    const before = fingerprint(t.db);

    const again = await t.attempt('history.restore', { seq });

    expect(again).toMatchObject({ code: 'CONFLICT', message: 'Kommune „Kall“ wurde bereits wiederhergestellt.' });
    expect(fingerprint(t.db)).toEqual(before);
  });

  it('after delete, restore and delete again, only the newest deletion can be restored', async () => {
    const town = await t.api.send('municipalities.create', { name: 'Kall', status: 'GEMEINDE' });
    await t.api.send('municipalities.delete', { id: town.id });
    const first = deletionOf('municipalities', town.id);
    await t.api.send('history.restore', { seq: first });
    await t.api.send('municipalities.delete', { id: town.id });
    const second = deletionOf('municipalities', town.id);

    expect(await t.attempt('history.restore', { seq: first })).toMatchObject({
      code: 'CONFLICT', message: `Kommune „Kall“ wurde später erneut gelöscht. Bitte den neueren Löscheintrag (Nr. ${second}) wiederherstellen.`,
    });
    await t.api.send('history.restore', { seq: second });
    expect(await t.api.send('municipalities.get', { id: town.id })).toEqual(town);
  });

  it('refuses when a unique value was taken meanwhile, naming the field', async () => {
    const town = await t.api.send('municipalities.create', { name: 'Kall', status: 'GEMEINDE' });
    await t.api.send('municipalities.delete', { id: town.id });
    await t.api.send('municipalities.create', { name: 'Kall', status: 'GEMEINDE' });
    const before = fingerprint(t.db);

    const refused = await t.attempt('history.restore', { seq: deletionOf('municipalities', town.id) });

    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'Kommune „Kall“ lässt sich nicht wiederherstellen. Name: Dieser Wert ist bereits vergeben.' });
    expect(fingerprint(t.db)).toEqual(before);
  });

  it('restores only deletions: other entries and unknown numbers are refused', async () => {
    const town = await t.api.send('municipalities.create', { name: 'Kall', status: 'GEMEINDE' });
    const created = t.db.prepare("SELECT seq FROM audit_log WHERE entity_id = ? AND action = 'CREATE'").pluck().get(town.id) as number;
    expect(await t.attempt('history.restore', { seq: created })).toMatchObject({
      code: 'CONFLICT', message: `Der Verlaufseintrag Nr. ${created} ist keine Löschung. Wiederherstellen lässt sich nur ein gelöschter Datensatz.`,
    });
    expect(await t.attempt('history.restore', { seq: 999_999 })).toMatchObject({ code: 'NOT_FOUND', message: 'Der Verlaufseintrag Nr. 999999 wurde nicht gefunden.' });
    expect(await t.attempt('history.restore', { seq: 0 })).toMatchObject({ code: 'VALIDATION', message: 'Verlaufseintrag: Mindestens 1.' });
  });

  it('does not offer a detail row deleted with its record on its own', async () => {
    const { provider } = await caritas();
    const post = await t.api.send('posts.create', { label: 'CM Eifel 1', fundingModule: 'B2_CASE_MANAGEMENT', kind: 'CASE_MANAGEMENT', fte: 1, hostOrganisationId: provider.id, status: 'VACANT' });
    await t.api.send('posts.delete', { id: post.id });
    const period = t.db.prepare("SELECT max(seq) FROM audit_log WHERE entity = 'post_periods' AND action = 'DELETE'").pluck().get() as number;

    expect((await t.api.send('history.deleted', {})).map((d) => d.entity)).toEqual(['posts']);
    expect(await t.attempt('history.restore', { seq: period })).toMatchObject({ code: 'CONFLICT' });
  });
});
