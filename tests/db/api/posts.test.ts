import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { tempDir, testCore, type TestCore } from '../../helpers/core';
import { auditEntries, inspectDatabase } from '../../helpers/database';
import type { ApiError } from '../../../db/api/errors';
import type { InputOf } from '../../../db/api/contract';

let t: TestCore;
let db: Database.Database;
beforeEach(async () => { t = await testCore(); db = inspectDatabase(t); });
afterEach(() => { db.close(); t.dispose(); });

const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected the call to be refused'); }, (e: ApiError) => e);

const vacantPost = {
  label: 'KS 3 Interkulturelle Öffnung', fundingModule: 'B1_COORDINATION', kind: 'COORDINATION', focus: 'IKÖ', fte: 1, status: 'VACANT',
} satisfies InputOf<'posts.create'>;

describe('posts', () => {
  it('creates, reads, updates, lists and deletes a post', async () => {
    const host = await t.api.send('organisations.create', { name: 'Kreisverwaltung Euskirchen', kind: 'KREIS_UNIT' });
    const holder = await t.api.send('persons.create', { name: 'Erika Beispiel' });
    const created = await t.api.send('posts.create', {
      label: 'KS 1 Gesamtkoordination', fundingModule: 'B1_COORDINATION', kind: 'COORDINATION', fte: 1,
      fundingPerFteCents: 5_700_000, hostOrganisationId: host.id, holderPersonId: holder.id, status: 'FILLED',
      permanent: true, filledSince: '2022-01-01', isOverallCoordination: true, tasks: 'Steuerung\nBerichtswesen',
    });
    expect(created).toMatchObject({
      label: 'KS 1 Gesamtkoordination', fte: 1, fundingPerFteCents: 5_700_000, status: 'FILLED', permanent: true,
      isOverallCoordination: true, filledSince: '2022-01-01', tasks: 'Steuerung\nBerichtswesen', focus: null,
    });
    expect(await t.api.send('posts.get', { id: created.id })).toEqual(created);

    const [row] = await t.api.send('posts.list');
    expect(row).toMatchObject({ id: created.id, hostOrganisationName: 'Kreisverwaltung Euskirchen', holderName: 'Erika Beispiel' });
    expect(Object.keys(row).sort()).toEqual([
      'createdAt', 'filledSince', 'focus', 'fte', 'fundingModule', 'fundingPerFteCents', 'holderName', 'holderPersonId', 'hostOrganisationId',
      'hostOrganisationName', 'id', 'isOverallCoordination', 'kind', 'label', 'permanent', 'status', 'tasks', 'updatedAt',
    ]);

    const updated = await t.api.send('posts.update', { id: created.id, ...vacantPost, label: 'KS 1' });
    expect(updated).toMatchObject({ label: 'KS 1', status: 'VACANT', holderPersonId: null, filledSince: null, permanent: false, hostOrganisationId: null });

    expect(await t.api.send('posts.delete', { id: created.id })).toEqual({ id: created.id });
    expect(await t.api.send('posts.list')).toEqual([]);
  });

  it('lists posts by label', async () => {
    for (const label of ['KS 4 BNE', 'B3 ABH', 'KS 2 Gesamtkoordination/CM']) await t.api.send('posts.create', { ...vacantPost, label });
    expect((await t.api.send('posts.list')).map((p) => p.label)).toEqual(['B3 ABH', 'KS 2 Gesamtkoordination/CM', 'KS 4 BNE']);
  });

  it('keeps umlauts, ß and line breaks unchanged', async () => {
    const tasks = 'Öffentlichkeitsarbeit „KIM-Presseserie“\nFallrekonstruktionen begleiten\nGroße Runde – Übergänge';
    const post = await t.api.send('posts.create', { ...vacantPost, label: 'KS 3 Interkulturelle Öffnung (IKÖ)', tasks });
    expect(await t.api.send('posts.get', { id: post.id })).toMatchObject({ label: 'KS 3 Interkulturelle Öffnung (IKÖ)', focus: 'IKÖ', tasks });
  });

  it('allows a holder only on a filled post, at the field holderPersonId', async () => {
    const person = await t.api.send('persons.create', { name: 'Max Muster' });
    const error = await failure(t.api.send('posts.create', { ...vacantPost, status: 'ADVERTISED', holderPersonId: person.id }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([{ field: 'holderPersonId', message: 'Stelleninhaber*in: Nur bei besetzten Stellen möglich.' }]);

    const filled = await t.api.send('posts.create', { ...vacantPost, status: 'FILLED', holderPersonId: person.id });
    const vacate = await failure(t.api.send('posts.update', { id: filled.id, ...vacantPost, holderPersonId: person.id }));
    expect(vacate.issues?.[0].field).toBe('holderPersonId');
    expect((await t.api.send('posts.get', { id: filled.id })).status).toBe('FILLED');
  });

  it('allows "filled since" only on a filled post, at the field filledSince', async () => {
    const error = await failure(t.api.send('posts.create', { ...vacantPost, filledSince: '2024-04-01' }));
    expect(error.issues).toEqual([{ field: 'filledSince', message: 'Besetzt seit: Nur bei besetzten Stellen möglich.' }]);
  });

  it('refuses a post share outside 0 to 1 or with more than two decimals', async () => {
    for (const fte of [1.5, -0.1, 0.333]) {
      const error = await failure(t.api.send('posts.create', { ...vacantPost, fte }));
      expect(error.code).toBe('VALIDATION');
      expect(error.issues?.map((i) => i.field)).toEqual(['fte']);
      expect(error.message).toMatch(/^Stellenanteil \(VZÄ\): /);
    }
    expect((await t.api.send('posts.create', { ...vacantPost, fte: 0.25 })).fte).toBe(0.25);
  });

  it('refuses a host organisation or holder that does not exist, naming the field', async () => {
    const host = await failure(t.api.send('posts.create', { ...vacantPost, hostOrganisationId: 'NO-ORG' }));
    expect(host.issues).toEqual([{ field: 'hostOrganisationId', message: 'Anstellungsträger: Der gewählte Eintrag existiert nicht (mehr).' }]);
    const holder = await failure(t.api.send('posts.create', { ...vacantPost, status: 'FILLED', holderPersonId: 'NO-PERSON' }));
    expect(holder.issues?.[0].field).toBe('holderPersonId');
    expect(await t.api.send('posts.list')).toEqual([]);
  });

  it('refuses to delete an organisation that hosts a post', async () => {
    const host = await t.api.send('organisations.create', { name: 'DRK Kreisverband Euskirchen', kind: 'WELFARE_PROVIDER' });
    await t.api.send('posts.create', { ...vacantPost, hostOrganisationId: host.id });
    const error = await failure(t.api.send('organisations.delete', { id: host.id }));
    expect(error.code).toBe('REFERENCED');
    expect(error.message).toContain('1 Stelle');
  });

  it('deletes a post together with its staffing history and audits both', async () => {
    const post = await t.api.send('posts.create', vacantPost);
    const [period] = await t.api.send('posts.periods', { postId: post.id });
    await t.api.send('posts.delete', { id: post.id });
    expect(db.prepare('SELECT count(*) FROM post_periods').pluck().get()).toBe(0);
    expect(auditEntries(db, 'posts').map((a) => a.action)).toEqual(['CREATE', 'DELETE']);
    expect(auditEntries(db, 'post_periods').map((a) => [a.action, a.entityId])).toEqual([['CREATE', period.id], ['DELETE', period.id]]);
    expect((await failure(t.api.send('posts.periods', { postId: post.id }))).code).toBe('NOT_FOUND');
  });
});

describe('post staffing history', () => {
  it('opens the first period at "filled since" for a filled post, else today (Berlin time)', async () => {
    const person = await t.api.send('persons.create', { name: 'Erika Beispiel' });
    const filled = await t.api.send('posts.create', { ...vacantPost, status: 'FILLED', holderPersonId: person.id, filledSince: '2024-04-01', fte: 0.5 });
    expect(await t.api.send('posts.periods', { postId: filled.id })).toEqual([{
      id: expect.any(String), status: 'FILLED', fte: 0.5, holderPersonId: person.id, holderName: 'Erika Beispiel',
      validFrom: '2024-04-01', validTo: null, note: null,
    }]);
    const vacant = await t.api.send('posts.create', vacantPost);
    expect((await t.api.send('posts.periods', { postId: vacant.id })).map((p) => [p.status, p.validFrom])).toEqual([['VACANT', '2025-06-15']]);

    // 23:30 UTC is already the next day in Berlin.
    const late = await testCore({ now: '2025-06-15T23:30:00Z' });
    try {
      const post = await late.api.send('posts.create', vacantPost);
      expect((await late.api.send('posts.periods', { postId: post.id }))[0].validFrom).toBe('2025-06-16');
    } finally {
      late.dispose();
    }
  });

  it('closes the open period the day before and opens a new one when status, share or holder change', async () => {
    const dataDir = tempDir();
    const at = async (now: string) => testCore({ dataDir, now });
    try {
      let c = await at('2025-01-10T09:00:00Z');
      const person = await c.api.send('persons.create', { name: 'Erika Beispiel' });
      const post = await c.api.send('posts.create', vacantPost);
      c.dispose();

      c = await at('2025-04-01T09:00:00Z');
      const filled = { ...vacantPost, status: 'FILLED', holderPersonId: person.id, filledSince: '2025-04-01' } as const;
      await c.api.send('posts.update', { id: post.id, ...filled });
      // Only the label changes: no new period.
      await c.api.send('posts.update', { id: post.id, ...filled, label: 'KS 3 IKÖ' });
      c.dispose();

      c = await at('2025-09-01T09:00:00Z');
      await c.api.send('posts.update', { id: post.id, ...filled, label: 'KS 3 IKÖ', fte: 0.75 });
      expect((await c.api.send('posts.periods', { postId: post.id })).map((p) => [p.status, p.fte, p.holderName, p.validFrom, p.validTo])).toEqual([
        ['VACANT', 1, null, '2025-01-10', '2025-03-31'],
        ['FILLED', 1, 'Erika Beispiel', '2025-04-01', '2025-08-31'],
        ['FILLED', 0.75, 'Erika Beispiel', '2025-09-01', null],
      ]);
      c.dispose();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('corrects the open period instead of closing it when the change happens on its first day', async () => {
    const post = await t.api.send('posts.create', vacantPost);
    await t.api.send('posts.update', { id: post.id, ...vacantPost, status: 'ADVERTISED' });
    const periods = await t.api.send('posts.periods', { postId: post.id });
    expect(periods.map((p) => [p.status, p.validFrom, p.validTo])).toEqual([['ADVERTISED', '2025-06-15', null]]);
  });

  it('writes the period changes in the same transaction as the post, with audit rows', async () => {
    const dataDir = tempDir();
    try {
      const first = await testCore({ dataDir, now: '2025-01-10T09:00:00Z' });
      const post = await first.api.send('posts.create', vacantPost);
      first.dispose();
      const second = await testCore({ dataDir, now: '2025-02-01T09:00:00Z' });
      const ro = inspectDatabase(second);
      try {
        const person = await second.api.send('persons.create', { name: 'Max Muster' });
        const seqBefore = ro.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number;
        await second.api.send('posts.update', { id: post.id, ...vacantPost, status: 'FILLED', holderPersonId: person.id });
        const rows = ro.prepare('SELECT entity, action, at FROM audit_log WHERE seq > ? ORDER BY seq').all(seqBefore);
        expect(rows).toEqual([
          { entity: 'posts', action: 'UPDATE', at: '2025-02-01T09:00:00.000Z' },
          { entity: 'post_periods', action: 'UPDATE', at: '2025-02-01T09:00:00.000Z' },
          { entity: 'post_periods', action: 'CREATE', at: '2025-02-01T09:00:00.000Z' },
        ]);

        // A refused update changes neither the post nor its history.
        const before = await second.api.send('posts.periods', { postId: post.id });
        await failure(second.api.send('posts.update', { id: post.id, ...vacantPost, holderPersonId: person.id }));
        expect(await second.api.send('posts.periods', { postId: post.id })).toEqual(before);
      } finally {
        ro.close();
        second.dispose();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('reports an unknown post as not found', async () => {
    const error = await failure(t.api.send('posts.periods', { postId: 'NO-POST' }));
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'Stelle wurde nicht gefunden.' });
  });
});
