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
const provider = (name: string) => t.api.send('organisations.create', { name, kind: 'WELFARE_PROVIDER' });
const municipality = (name: string) => t.api.send('municipalities.create', { name, status: 'GEMEINDE' });

describe('provider assignments', () => {
  it('creates, reads, updates, lists and deletes an assignment', async () => {
    const drk = await provider('DRK Kreisverband Euskirchen');
    const kall = await municipality('Kall');
    const created = await t.api.send('providerAssignments.create', {
      providerOrganisationId: drk.id, municipalityId: kall.id, targetGroup: 'ADULTS_18_PLUS', validFrom: '2022-01-01', note: 'aufsuchend',
    });
    expect(created).toMatchObject({
      providerOrganisationId: drk.id, municipalityId: kall.id, countyWide: false, targetGroup: 'ADULTS_18_PLUS',
      validFrom: '2022-01-01', validTo: null, note: 'aufsuchend',
    });
    expect(await t.api.send('providerAssignments.get', { id: created.id })).toEqual(created);

    const updated = await t.api.send('providerAssignments.update', {
      id: created.id, providerOrganisationId: drk.id, municipalityId: kall.id, targetGroup: 'ALL', validFrom: '2022-01-01', validTo: '2025-12-31',
    });
    expect(updated).toMatchObject({ targetGroup: 'ALL', validTo: '2025-12-31', note: null });

    const list = await t.api.send('providerAssignments.list');
    expect(list).toEqual([{ ...updated, providerName: 'DRK Kreisverband Euskirchen', municipalityName: 'Kall' }]);
    expect(await t.api.send('municipalities.list')).toMatchObject([{ name: 'Kall', providerNames: 'DRK Kreisverband Euskirchen' }]);

    await t.api.send('providerAssignments.delete', { id: created.id });
    expect(await t.api.send('providerAssignments.list')).toEqual([]);
  });

  it('lists by provider, county-wide first, then by municipality', async () => {
    const caritas = await provider('Caritasverband für die Region Eifel');
    const kja = await provider('Katholische Jugendagentur Bonn');
    const [schleiden, dahlem] = [await municipality('Schleiden'), await municipality('Dahlem')];
    await t.api.send('providerAssignments.create', { providerOrganisationId: kja.id, countyWide: true, targetGroup: 'YOUNG_6_27' });
    await t.api.send('providerAssignments.create', { providerOrganisationId: caritas.id, municipalityId: schleiden.id, targetGroup: 'ADULTS_18_PLUS' });
    await t.api.send('providerAssignments.create', { providerOrganisationId: caritas.id, municipalityId: dahlem.id, targetGroup: 'ADULTS_18_PLUS' });
    expect((await t.api.send('providerAssignments.list')).map((a) => [a.providerName, a.municipalityName, a.countyWide])).toEqual([
      ['Caritasverband für die Region Eifel', 'Dahlem', false],
      ['Caritasverband für die Region Eifel', 'Schleiden', false],
      ['Katholische Jugendagentur Bonn', null, true],
    ]);
  });

  it('keeps umlauts and ß in the note unchanged', async () => {
    const p = await provider('Caritas');
    const note = 'Zuständig für Zülpich – außer Schülerinnen und Schüler (gemäß Vereinbarung)';
    const created = await t.api.send('providerAssignments.create', { providerOrganisationId: p.id, countyWide: true, targetGroup: 'ALL', note });
    expect((await t.api.send('providerAssignments.get', { id: created.id })).note).toBe(note);
  });

  it('requires a municipality unless county-wide, at the field municipalityId', async () => {
    const p = await provider('DRK');
    const error = await failure(t.api.send('providerAssignments.create', { providerOrganisationId: p.id, targetGroup: 'ALL' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([{ field: 'municipalityId', message: 'Kommune: Bitte auswählen oder „Kreisweit“ ankreuzen.' }]);
  });

  it('refuses a municipality on a county-wide assignment, at the field municipalityId', async () => {
    const p = await provider('KJA');
    const kall = await municipality('Kall');
    const error = await failure(t.api.send('providerAssignments.create', {
      providerOrganisationId: p.id, municipalityId: kall.id, countyWide: true, targetGroup: 'YOUNG_6_27',
    }));
    expect(error.issues).toEqual([{ field: 'municipalityId', message: 'Kommune: Bei kreisweiter Zuständigkeit bitte keine Kommune angeben.' }]);
  });

  it('refuses an end before the start, at the field validTo', async () => {
    const p = await provider('KJA');
    const error = await failure(t.api.send('providerAssignments.create', {
      providerOrganisationId: p.id, countyWide: true, targetGroup: 'ALL', validFrom: '2024-01-01', validTo: '2023-12-31',
    }));
    expect(error.issues).toEqual([{ field: 'validTo', message: 'Gültig bis: Darf nicht vor „Gültig ab“ (01.01.2024) liegen.' }]);
  });

  it('refuses a provider or municipality that does not exist, naming the field', async () => {
    const noProvider = await failure(t.api.send('providerAssignments.create', { providerOrganisationId: 'NO-ORG', countyWide: true, targetGroup: 'ALL' }));
    expect(noProvider.issues).toEqual([{ field: 'providerOrganisationId', message: 'Träger: Der gewählte Eintrag existiert nicht (mehr).' }]);
    const p = await provider('DRK');
    const noMunicipality = await failure(t.api.send('providerAssignments.create', { providerOrganisationId: p.id, municipalityId: 'NOPE', targetGroup: 'ALL' }));
    expect(noMunicipality.issues?.[0].field).toBe('municipalityId');
  });

  it('requires a provider and a target group', async () => {
    const error = await failure(t.api.send('providerAssignments.create', { countyWide: true } as never));
    expect(error.issues).toEqual([
      { field: 'providerOrganisationId', message: 'Träger: Bitte ausfüllen.' },
      { field: 'targetGroup', message: 'Zielgruppe: Bitte einen gültigen Wert auswählen.' },
    ]);
  });

  it('makes the provider and the municipality undeletable while assigned', async () => {
    const p = await provider('Caritasverband für das Kreisdekanat Euskirchen');
    const euskirchen = await municipality('Euskirchen');
    await t.api.send('providerAssignments.create', { providerOrganisationId: p.id, municipalityId: euskirchen.id, targetGroup: 'ADULTS_18_PLUS' });
    const org = await failure(t.api.send('organisations.delete', { id: p.id }));
    expect(org.code).toBe('REFERENCED');
    expect(org.message).toContain('1 Trägerzuständigkeit');
    const mun = await failure(t.api.send('municipalities.delete', { id: euskirchen.id }));
    expect(mun.message).toBe('Kommune „Euskirchen“ kann nicht gelöscht werden, weil noch darauf verwiesen wird: 1 Trägerzuständigkeit.');
  });

  it('writes audit rows for create, update and delete', async () => {
    const p = await provider('KJA');
    const a = await t.api.send('providerAssignments.create', { providerOrganisationId: p.id, countyWide: true, targetGroup: 'ALL' });
    await t.api.send('providerAssignments.update', { id: a.id, providerOrganisationId: p.id, countyWide: true, targetGroup: 'YOUNG_6_27' });
    await t.api.send('providerAssignments.delete', { id: a.id });
    expect(auditEntries(db, 'provider_assignments').map((e) => [e.action, e.before?.targetGroup ?? null, e.after?.targetGroup ?? null])).toEqual([
      ['CREATE', null, 'ALL'],
      ['UPDATE', 'ALL', 'YOUNG_6_27'],
      ['DELETE', 'YOUNG_6_27', null],
    ]);
  });
});
