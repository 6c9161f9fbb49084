import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { readRows } from '../../../helpers/database';

let t: TestCore;
beforeAll(async () => {
  t = await testCore({ now: '2026-11-16T09:00:00Z' });
  await t.api.send('setup.initialize', { officeName: 'Kreis Euskirchen', demo: true });
});
afterAll(() => t.dispose());

const texts = (parts: Array<{ text: string }>) => parts.map((p) => p.text).join('');

describe('search.query on the demo office', () => {
  it('finds the decision on the CM-Handlungskonzept by a word with an umlaut, highlighted', async () => {
    const result = await t.api.send('search.query', { q: 'Handlungskonzept beschließt' });
    const decisions = result.groups.find((g) => g.kind === 'decision');
    expect(decisions?.label).toBe('Beschlüsse');
    expect(decisions!.hits.length).toBeGreaterThan(0);
    const hit = decisions!.hits[0];
    expect(hit.meetingId).toBeTruthy();
    expect(hit.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['beschließt', 'Handlungskonzept']);
  });

  it('matches umlauts typed as ae/oe/ue and ß typed as ss', async () => {
    const umlaut = await t.api.send('search.query', { q: 'Münstereifel' });
    const typed = await t.api.send('search.query', { q: 'Muenstereifel' });
    expect(umlaut.total).toBeGreaterThan(0);
    // The typed form also finds spellings without umlauts, such as e-mail addresses.
    const ids = (r: typeof umlaut) => r.groups.flatMap((g) => g.hits.map((h) => h.id));
    expect(ids(typed)).toEqual(expect.arrayContaining(ids(umlaut)));
    const created = await t.api.send('organisations.create', { name: 'Beratungsstelle Schloßstraße', kind: 'OTHER' });
    for (const q of ['Schlossstrasse', 'Schloßstraße', 'schlossstr']) {
      expect(ids(await t.api.send('search.query', { q })), q).toEqual([created.id]);
    }
    await t.api.send('organisations.delete', { id: created.id });
  });

  it('groups results by kind in a fixed order', async () => {
    const result = await t.api.send('search.query', { q: 'Wohnen' });
    const kinds = result.groups.map((g) => g.kind);
    expect(kinds.length).toBeGreaterThan(1);
    expect(result.total).toBe(result.groups.reduce((n, g) => n + g.hits.length, 0));
  });

  it('tells where an agreement of a round table, its progress notes and an amendment of minutes belong', async () => {
    const [agreement] = readRows<{ id: string; roundTableId: string; title: string }>(t.dataDir,
      'SELECT id, round_table_id AS roundTableId, title FROM action_items WHERE round_table_id IS NOT NULL ORDER BY id LIMIT 1');
    await t.api.send('tasks.addNote', { id: agreement.id, text: 'Quartiersbüro Zwergenwiese meldet den ersten Termin.' });
    const notes = (await t.api.send('search.query', { q: 'Zwergenwiese' })).groups.flatMap((g) => g.hits);
    expect(notes).toEqual([expect.objectContaining({ kind: 'taskNote', parentId: agreement.id, roundTableId: agreement.roundTableId })]);
    const tasks = (await t.api.send('search.query', { q: agreement.title, limit: 100 })).groups.find((g) => g.kind === 'task')!.hits;
    expect(tasks.find((h) => h.id === agreement.id)).toMatchObject({ roundTableId: agreement.roundTableId, meetingId: null });

    const [approved] = readRows<{ meetingId: string }>(t.dataDir,
      "SELECT meeting_id AS meetingId FROM minutes WHERE approved_on IS NOT NULL ORDER BY meeting_id LIMIT 1");
    await t.api.send('minutes.amend', { meetingId: approved.meetingId, reason: 'Schreibfehler Quappenteich', text: 'Es muss „Quappenteich“ heißen.' });
    const amendments = (await t.api.send('search.query', { q: 'Quappenteich' })).groups.flatMap((g) => g.hits);
    expect(amendments).toEqual([expect.objectContaining({ kind: 'minutesAmendment', meetingId: approved.meetingId, roundTableId: null })]);
  });

  it('returns nothing for words that are not there', async () => {
    expect(await t.api.send('search.query', { q: 'Xylophonorchester' })).toMatchObject({ total: 0, groups: [] });
  });

  it('refuses an empty query with a German message', async () => {
    await expect(t.api.send('search.query', { q: '  ' })).rejects.toMatchObject({ code: 'VALIDATION', message: 'Suchbegriff: Bitte ausfüllen.' });
  });
});

describe('the index is kept current by the database', () => {
  it('follows creates, updates and deletes', async () => {
    const kommune = await t.api.send('municipalities.create', { name: 'Großgöttersdorf', status: 'GEMEINDE' });
    let result = await t.api.send('search.query', { q: 'Grossgoettersdorf' });
    expect(result.groups[0].hits.map((h) => texts(h.title))).toEqual(['Großgöttersdorf']);

    await t.api.send('municipalities.update', { id: kommune.id, name: 'Kleingöttersdorf', status: 'GEMEINDE' });
    expect((await t.api.send('search.query', { q: 'Großgöttersdorf' })).total).toBe(0);
    expect((await t.api.send('search.query', { q: 'Kleingöttersdorf' })).total).toBe(1);

    await t.api.send('municipalities.delete', { id: kommune.id });
    expect((await t.api.send('search.query', { q: 'Kleingöttersdorf' })).total).toBe(0);
  });

  it('holds one entry per indexed record and passes the FTS integrity check', () => {
    const [{ docs }] = readRows<{ docs: number }>(t.dataDir, 'SELECT count(*) AS docs FROM search_docs');
    const [{ decisions }] = readRows<{ decisions: number }>(t.dataDir, "SELECT count(*) AS decisions FROM search_docs WHERE kind = 'decision'");
    const [{ real }] = readRows<{ real: number }>(t.dataDir, 'SELECT count(*) AS real FROM decisions');
    expect(decisions).toBe(real);
    expect(docs).toBeGreaterThan(500);
    const db = new Database(join(t.dataDir, 'kim-desk.sqlite'));
    try {
      expect(() => db.exec("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")).not.toThrow();
    } finally {
      db.close();
    }
  });
});
