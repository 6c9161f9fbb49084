import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../helpers/core';
import { ApiError } from '../../../db/api/errors';

let t: TestCore;
beforeEach(async () => { t = await testCore(); });
afterEach(() => t.dispose());

describe('municipalities', () => {
  it('creates, lists, updates and deletes a municipality', async () => {
    const created = await t.api.send('municipalities.create', { name: 'Kall', status: 'GEMEINDE', officialKey: '05366024' });
    expect(created).toMatchObject({ name: 'Kall', status: 'GEMEINDE', officialKey: '05366024', active: true });
    expect(created.id).toMatch(/^[0-9A-Z]{26}$/);

    const updated = await t.api.send('municipalities.update', { id: created.id, name: 'Kall', status: 'GEMEINDE', active: false });
    expect(updated.active).toBe(false);
    expect(updated.officialKey).toBeNull();

    const list = await t.api.send('municipalities.list');
    expect(list.map((m) => m.name)).toEqual(['Kall']);

    await t.api.send('municipalities.delete', { id: created.id });
    expect(await t.api.send('municipalities.list')).toEqual([]);
  });

  it('refuses an empty name with a German message naming the field', async () => {
    const error = await t.api.send('municipalities.create', { name: '   ', status: 'STADT' }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([{ field: 'name', message: 'Name: Bitte ausfüllen.' }]);
  });

  it('refuses unknown fields and a malformed official key', async () => {
    const unknown = await t.api.send('municipalities.create', { name: 'Dahlem', status: 'GEMEINDE', mayor: 'x' } as never).catch((e) => e);
    expect(unknown.code).toBe('VALIDATION');
    expect(unknown.issues[0].field).toBe('mayor');
    const key = await t.api.send('municipalities.create', { name: 'Dahlem', status: 'GEMEINDE', officialKey: '123' }).catch((e) => e);
    expect(key.issues[0]).toMatchObject({ field: 'officialKey' });
  });

  it('refuses a duplicate name as a conflict', async () => {
    await t.api.send('municipalities.create', { name: 'Zülpich', status: 'STADT' });
    const error = await t.api.send('municipalities.create', { name: 'Zülpich', status: 'STADT' }).catch((e) => e);
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('Name: Dieser Wert ist bereits vergeben.');
  });

  it('reports an unknown method as a typed error', async () => {
    const error = await t.core.call('municipalities.drop', {}).catch((e) => e);
    expect(error).toMatchObject({ code: 'UNKNOWN_METHOD' });
  });
});
