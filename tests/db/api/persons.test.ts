import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { testCore, type TestCore } from '../../helpers/core';
import { auditEntries, inspectDatabase } from '../../helpers/database';
import type { ApiError } from '../../../db/api/errors';

let t: TestCore;
let db: Database.Database;
beforeEach(async () => { t = await testCore(); db = inspectDatabase(t); });
afterEach(() => { db.close(); t.dispose(); });

const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected the call to be refused'); }, (e: ApiError) => e);
const organisation = (name = 'Caritasverband für das Kreisdekanat Euskirchen') =>
  t.api.send('organisations.create', { name, kind: 'WELFARE_PROVIDER' });

describe('persons', () => {
  it('creates, reads, updates, lists and deletes a contact person', async () => {
    const org = await organisation();
    const created = await t.api.send('persons.create', {
      name: 'Jörg Müller-Lüdenscheidt', function: 'Fachdienstleitung Migration', organisationId: org.id,
      email: 'j.mueller@example.org', phone: '+49 2251 123-45', validFrom: '2024-04-01',
    });
    expect(created).toMatchObject({
      name: 'Jörg Müller-Lüdenscheidt', function: 'Fachdienstleitung Migration', organisationId: org.id,
      email: 'j.mueller@example.org', phone: '+49 2251 123-45', validFrom: '2024-04-01', validTo: null,
    });
    expect(await t.api.send('persons.get', { id: created.id })).toEqual(created);

    const updated = await t.api.send('persons.update', { id: created.id, name: 'Jörg Müller', validFrom: '2024-04-01', validTo: '2025-03-31' });
    expect(updated).toMatchObject({ name: 'Jörg Müller', function: null, organisationId: null, email: null, validTo: '2025-03-31' });

    const list = await t.api.send('persons.list');
    expect(list).toHaveLength(1);
    expect(Object.keys(list[0]).sort()).toEqual([
      'createdAt', 'email', 'function', 'id', 'name', 'organisationId', 'organisationName', 'phone', 'updatedAt', 'validFrom', 'validTo',
    ]);
    await t.api.send('persons.delete', { id: created.id });
    expect(await t.api.send('persons.list')).toEqual([]);
  });

  it('lists persons by name with the name of their organisation', async () => {
    const org = await organisation('Katholische Jugendagentur Bonn');
    await t.api.send('persons.create', { name: 'Zoe Beispiel', organisationId: org.id });
    await t.api.send('persons.create', { name: 'Anna Muster' });
    expect((await t.api.send('persons.list')).map((p) => [p.name, p.organisationName])).toEqual([
      ['Anna Muster', null],
      ['Zoe Beispiel', 'Katholische Jugendagentur Bonn'],
    ]);
  });

  it('keeps umlauts and ß unchanged', async () => {
    const created = await t.api.send('persons.create', { name: 'Bärbel Weiß-Öztürk', function: 'Sachgebietsleitung Ausländerbehörde' });
    expect(await t.api.send('persons.get', { id: created.id })).toMatchObject({ name: 'Bärbel Weiß-Öztürk', function: 'Sachgebietsleitung Ausländerbehörde' });
  });

  it('refuses an end of validity before its start, at the field validTo', async () => {
    const error = await failure(t.api.send('persons.create', { name: 'Max Muster', validFrom: '2025-05-01', validTo: '2025-04-30' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([{ field: 'validTo', message: 'Gültig bis: Darf nicht vor „Gültig ab“ (01.05.2025) liegen.' }]);
    // A single day is a valid period.
    const oneDay = await t.api.send('persons.create', { name: 'Max Muster', validFrom: '2025-05-01', validTo: '2025-05-01' });
    const update = await failure(t.api.send('persons.update', { id: oneDay.id, name: 'Max Muster', validFrom: '2025-05-02', validTo: '2025-05-01' }));
    expect(update.issues?.[0].field).toBe('validTo');
  });

  it('refuses malformed e-mail, phone and impossible dates with German messages', async () => {
    const error = await failure(t.api.send('persons.create', { name: 'Max', email: 'max(at)kreis', phone: 'call me', validFrom: '2025-02-30' }));
    expect(error.issues).toEqual([
      { field: 'email', message: 'E-Mail: Keine gültige E-Mail-Adresse.' },
      { field: 'phone', message: 'Telefon: Nur Ziffern, Leerzeichen und + / ( ) - erlaubt.' },
      { field: 'validFrom', message: 'Gültig ab: Dieses Datum gibt es nicht.' },
    ]);
  });

  it('refuses an organisation that does not exist, naming the field', async () => {
    const error = await failure(t.api.send('persons.create', { name: 'Max', organisationId: 'GONE' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([{ field: 'organisationId', message: 'Organisation: Der gewählte Eintrag existiert nicht (mehr).' }]);
  });

  it('refuses to delete a person who holds a post', async () => {
    const person = await t.api.send('persons.create', { name: 'Erika Beispiel' });
    await t.api.send('posts.create', {
      label: 'KS 1 Gesamtkoordination', fundingModule: 'B1_COORDINATION', kind: 'COORDINATION', fte: 1,
      status: 'FILLED', holderPersonId: person.id,
    });
    const error = await failure(t.api.send('persons.delete', { id: person.id }));
    expect(error.code).toBe('REFERENCED');
    // The open staffing period names the holder as well.
    expect(error.message).toBe('Ansprechperson „Erika Beispiel“ kann nicht gelöscht werden, weil noch darauf verwiesen wird: 1 Stelle, 1 Besetzungszeitraum.');
  });

  it('writes audit rows for create, update and delete', async () => {
    const person = await t.api.send('persons.create', { name: 'Anna Muster' });
    await t.api.send('persons.update', { id: person.id, name: 'Anna Muster-Schmitz' });
    await t.api.send('persons.delete', { id: person.id });
    expect(auditEntries(db, 'persons').map((a) => [a.action, a.before?.name ?? null, a.after?.name ?? null])).toEqual([
      ['CREATE', null, 'Anna Muster'],
      ['UPDATE', 'Anna Muster', 'Anna Muster-Schmitz'],
      ['DELETE', 'Anna Muster-Schmitz', null],
    ]);
  });
});
