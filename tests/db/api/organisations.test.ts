import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { testCore, type TestCore } from '../../helpers/core';
import { auditEntries, inspectDatabase } from '../../helpers/database';
import { ApiError } from '../../../db/api/errors';

let t: TestCore;
let db: Database.Database;
beforeEach(async () => { t = await testCore(); db = inspectDatabase(t); });
afterEach(() => { db.close(); t.dispose(); });

const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected the call to be refused'); }, (e: ApiError) => e);

describe('organisations', () => {
  it('creates, reads, updates, lists and deletes an organisation', async () => {
    const created = await t.api.send('organisations.create', {
      name: 'Kommunales Bildungs- und Integrationszentrum', shortName: 'KoBIZ', kind: 'KREIS_UNIT', unitCode: '49',
    });
    expect(created).toMatchObject({ name: 'Kommunales Bildungs- und Integrationszentrum', shortName: 'KoBIZ', kind: 'KREIS_UNIT', unitCode: '49', parentId: null, municipalityId: null });
    expect(await t.api.send('organisations.get', { id: created.id })).toEqual(created);

    const updated = await t.api.send('organisations.update', { id: created.id, name: 'KoBIZ Kreis Euskirchen', kind: 'KREIS_UNIT' });
    expect(updated).toMatchObject({ name: 'KoBIZ Kreis Euskirchen', shortName: null, unitCode: null });

    expect((await t.api.send('organisations.list')).map((o) => o.name)).toEqual(['KoBIZ Kreis Euskirchen']);
    expect(await t.api.send('organisations.delete', { id: created.id })).toEqual({ id: created.id });
    expect(await t.api.send('organisations.list')).toEqual([]);
    expect((await failure(t.api.send('organisations.get', { id: created.id }))).code).toBe('NOT_FOUND');
  });

  it('lists organisations by name with the names of parent and municipality', async () => {
    const kall = await t.api.send('municipalities.create', { name: 'Kall', status: 'GEMEINDE' });
    const kreis = await t.api.send('organisations.create', { name: 'Kreisverwaltung Euskirchen', kind: 'KREIS_UNIT' });
    await t.api.send('organisations.create', { name: 'Team 49.1 Kommunale Integration', kind: 'KREIS_UNIT', unitCode: '49.1', parentId: kreis.id });
    await t.api.send('organisations.create', { name: 'Gemeindeverwaltung Kall', kind: 'MUNICIPALITY_ADMIN', municipalityId: kall.id });

    const list = await t.api.send('organisations.list');
    expect(list.map((o) => [o.name, o.parentName, o.municipalityName])).toEqual([
      ['Gemeindeverwaltung Kall', null, 'Kall'],
      ['Kreisverwaltung Euskirchen', null, null],
      ['Team 49.1 Kommunale Integration', 'Kreisverwaltung Euskirchen', null],
    ]);
    expect(Object.keys(list[0]).sort()).toEqual([
      'createdAt', 'id', 'kind', 'municipalityId', 'municipalityName', 'name', 'parentId', 'parentName', 'shortName', 'unitCode', 'updatedAt',
    ]);
  });

  it('keeps umlauts and ß unchanged', async () => {
    const name = 'Caritasverband für die Region Eifel – Fachdienst Integration & Migration (Großraum Schleiden)';
    const created = await t.api.send('organisations.create', { name, shortName: 'Caritas Eifel ÄÖÜ', kind: 'WELFARE_PROVIDER' });
    expect((await t.api.send('organisations.get', { id: created.id })).name).toBe(name);
    expect((await t.api.send('organisations.list'))[0].shortName).toBe('Caritas Eifel ÄÖÜ');
  });

  it('refuses an organisation as its own parent, naming the field', async () => {
    const org = await t.api.send('organisations.create', { name: 'Abt. 49', kind: 'KREIS_UNIT' });
    const error = await failure(t.api.send('organisations.update', { id: org.id, name: 'Abt. 49', kind: 'KREIS_UNIT', parentId: org.id }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([{ field: 'parentId', message: 'Übergeordnete Organisation: Eine Organisation kann nicht sich selbst übergeordnet sein.' }]);
  });

  it('refuses a parent below the organisation, which would close a loop', async () => {
    const top = await t.api.send('organisations.create', { name: 'GB II', kind: 'KREIS_UNIT' });
    const middle = await t.api.send('organisations.create', { name: 'Abt. 49', kind: 'KREIS_UNIT', parentId: top.id });
    const bottom = await t.api.send('organisations.create', { name: 'Team 49.1', kind: 'KREIS_UNIT', parentId: middle.id });

    const error = await failure(t.api.send('organisations.update', { id: top.id, name: 'GB II', kind: 'KREIS_UNIT', parentId: bottom.id }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.[0].field).toBe('parentId');
    expect(error.message).toMatch(/^Übergeordnete Organisation: „Team 49\.1“ ist dieser Organisation bereits untergeordnet/);
    expect((await t.api.send('organisations.get', { id: top.id })).parentId).toBeNull();

    // Moving a subtree elsewhere is fine.
    const other = await t.api.send('organisations.create', { name: 'GB IV', kind: 'KREIS_UNIT' });
    const moved = await t.api.send('organisations.update', { id: middle.id, name: 'Abt. 49', kind: 'KREIS_UNIT', parentId: other.id });
    expect(moved.parentId).toBe(other.id);
  });

  it('refuses a parent or municipality that does not exist, naming the field', async () => {
    const parent = await failure(t.api.send('organisations.create', { name: 'Team', kind: 'KREIS_UNIT', parentId: 'NO-SUCH-ORGANISATION' }));
    expect(parent.code).toBe('VALIDATION');
    expect(parent.issues).toEqual([{ field: 'parentId', message: 'Übergeordnete Organisation: Der gewählte Eintrag existiert nicht (mehr).' }]);
    const municipality = await failure(t.api.send('organisations.create', { name: 'Team', kind: 'KREIS_UNIT', municipalityId: 'NOPE' }));
    expect(municipality.issues?.[0].field).toBe('municipalityId');
    expect(await t.api.send('organisations.list')).toEqual([]);
  });

  it('validates inputs with German messages that start with the field label', async () => {
    const error = await failure(t.api.send('organisations.create', { name: 'x'.repeat(201), kind: 'PARTEI' as never, unitCode: '49.1.2.3.4.5.6.7.8.9.10' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([
      { field: 'name', message: 'Name: Höchstens 200 Zeichen.' },
      { field: 'kind', message: 'Art: Bitte einen gültigen Wert auswählen.' },
      { field: 'unitCode', message: 'Organisationseinheit: Höchstens 20 Zeichen.' },
    ]);
  });

  it('refuses to delete an organisation that persons, posts or child units still refer to', async () => {
    const org = await t.api.send('organisations.create', { name: 'Jobcenter EU-aktiv', kind: 'JOBCENTER' });
    await t.api.send('persons.create', { name: 'Erika Beispiel', organisationId: org.id });
    const error = await failure(t.api.send('organisations.delete', { id: org.id }));
    expect(error.code).toBe('REFERENCED');
    expect(error.message).toBe('Organisation „Jobcenter EU-aktiv“ kann nicht gelöscht werden, weil noch darauf verwiesen wird: 1 Ansprechperson.');

    await t.api.send('organisations.create', { name: 'Integration Point', kind: 'JOBCENTER', parentId: org.id });
    const both = await failure(t.api.send('organisations.delete', { id: org.id }));
    expect(both.message).toContain('1 Organisation');
    expect(both.message).toContain('1 Ansprechperson');
    expect(await t.api.send('organisations.get', { id: org.id })).toMatchObject({ name: 'Jobcenter EU-aktiv' });
  });

  it('writes an audit row for every create, update and delete, and none for a refused write', async () => {
    const org = await t.api.send('organisations.create', { name: 'DRK Kreisverband Euskirchen', kind: 'WELFARE_PROVIDER' });
    await t.api.send('organisations.update', { id: org.id, name: 'DRK KV Euskirchen', kind: 'WELFARE_PROVIDER' });
    await failure(t.api.send('organisations.update', { id: org.id, name: 'DRK', kind: 'WELFARE_PROVIDER', parentId: org.id }));
    await t.api.send('organisations.delete', { id: org.id });

    const audit = auditEntries(db, 'organisations');
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([['CREATE', org.id], ['UPDATE', org.id], ['DELETE', org.id]]);
    expect(audit[1].before?.name).toBe('DRK Kreisverband Euskirchen');
    expect(audit[1].after?.name).toBe('DRK KV Euskirchen');
    expect(audit[2].after).toBeNull();
  });
});
