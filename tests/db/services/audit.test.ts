import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../helpers/core';
import { readRows } from '../../helpers/inspect';

let t: TestCore;
beforeEach(async () => { t = await testCore(); });
afterEach(() => t.dispose());

interface AuditRow { actor: string; at: string; entity: string; entity_id: string; action: string; before_json: string | null; after_json: string | null }
const audit = () => readRows<AuditRow>(t.dataDir, "SELECT * FROM audit_log WHERE entity = 'municipalities' ORDER BY seq");

describe('the audit log', () => {
  it('records who changed what and when, with before and after', async () => {
    const kall = await t.api.send('municipalities.create', { name: 'Kall', status: 'GEMEINDE' });
    await t.api.send('municipalities.update', { id: kall.id, name: 'Kall', status: 'GEMEINDE', officialKey: '05366024' });
    await t.api.send('municipalities.delete', { id: kall.id });

    const rows = audit();
    expect(rows.map((r) => r.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    expect(rows.every((r) => r.actor === 'test' && r.entity_id === kall.id && r.at === '2025-06-15T10:00:00.000Z')).toBe(true);
    expect(rows[0].before_json).toBeNull();
    expect(JSON.parse(rows[1].before_json!).officialKey).toBeNull();
    expect(JSON.parse(rows[1].after_json!).officialKey).toBe('05366024');
    expect(JSON.parse(rows[2].before_json!).name).toBe('Kall');
    expect(rows[2].after_json).toBeNull();
  });

  it('records nothing for a refused write', async () => {
    await t.api.send('municipalities.create', { name: 'Kall', status: 'GEMEINDE' });
    await t.api.send('municipalities.create', { name: 'Kall', status: 'GEMEINDE' }).catch(() => undefined);
    await t.api.send('municipalities.create', { name: '', status: 'GEMEINDE' }).catch(() => undefined);
    expect(audit()).toHaveLength(1);
  });
});
