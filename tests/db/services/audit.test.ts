import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../helpers/core';
import { readRows } from '../../helpers/database';
import { testContext } from '../../helpers/context';
import type { Context } from '../../../db/core/context';
import { inWriteTransaction, recordAudit } from '../../../db/services/audit';

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

describe('the audit log’s transaction id', () => {
  it('gives all rows of one write the same id and every other write its own', async () => {
    const group = await t.api.send('committees.create', { kind: 'WORKING_GROUP', name: 'AG Wohnen', status: 'ACTIVE' });
    const { meeting } = await t.api.send('meetings.create', { committeeId: group.id, startsAt: '2025-09-10T14:00', location: 'Kreishaus' });
    await t.api.send('agenda.addItem', { meetingId: meeting.id, title: 'Wohnraum für Geflüchtete', kind: 'DISCUSSION' });
    await t.api.send('agenda.addItem', { meetingId: meeting.id, title: 'Sprachkurse', kind: 'INFO' });
    await t.api.send('meetings.delete', { id: meeting.id });
    const [deletion] = await t.api.send('history.deleted', { entity: 'meetings' });
    await t.api.send('history.restore', { seq: deletion.seq });

    const rows = readRows<{ action: string; tx_id: string }>(t.dataDir, 'SELECT action, tx_id FROM audit_log ORDER BY seq');
    expect(rows.every((r) => /^[0-9A-Z]{26}$/.test(r.tx_id))).toBe(true);
    const restores = rows.filter((r) => r.action === 'RESTORE');
    expect(restores.length).toBeGreaterThan(2);
    expect(new Set(restores.map((r) => r.tx_id)).size).toBe(1);
    // Six calls wrote: two creations, two agenda items, the deletion and the restore.
    expect(new Set(rows.map((r) => r.tx_id)).size).toBe(6);
  });

  it('lets a nested write share the outer id, and a refused write leaves no id behind', () => {
    const { ctx, dispose } = testContext();
    try {
      const write = <T>(fn: () => T): T => inWriteTransaction(ctx.sqlite, fn);
      const c: Context = { ...ctx, write };
      write(() => {
        recordAudit(c, 'municipalities', 'a', 'CREATE', null, { name: 'A' });
        c.write(() => recordAudit(c, 'municipalities', 'b', 'CREATE', null, { name: 'B' }));
      });
      expect(() => write(() => { throw new Error('refused'); })).toThrow('refused');
      write(() => recordAudit(c, 'municipalities', 'c', 'CREATE', null, { name: 'C' }));
      recordAudit(c, 'municipalities', 'd', 'CREATE', null, { name: 'D' });

      const rows = ctx.sqlite.prepare('SELECT entity_id AS id, tx_id AS tx FROM audit_log ORDER BY seq').all() as Array<{ id: string; tx: string | null }>;
      expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
      expect(rows[1].tx).toBe(rows[0].tx);
      expect(rows[2].tx).not.toBe(rows[0].tx);
      expect(rows[2].tx).toEqual(expect.any(String));
      expect(rows[3].tx).toBeNull();
    } finally {
      dispose();
    }
  });
});
