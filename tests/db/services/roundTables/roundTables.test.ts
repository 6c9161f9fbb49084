import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditEntries, inspectDatabase, readRows } from '../../../helpers/database';
import { insertRows } from '../../../helpers/seedMeeting';
import * as schema from '../../../../db/schema';
import { newId } from '../../../../db/domain/ids';
import { roundTableWorld, zuelpichRoundTable, type RoundTableWorld } from './fixture';

let w: RoundTableWorld;
beforeEach(async () => { w = await roundTableWorld(); });
afterEach(() => w.dispose());

const refusal = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a refusal'); }, (e) => e);
const agreement = (roundTableId: string, extra: Record<string, unknown> = {}) => ({
  source: 'ROUND_TABLE' as const, roundTableId, title: 'Infoblatt für Vermieter*innen entwerfen', ownerOrganisationId: w.org.zuelpichAdmin,
  dueDate: '2025-09-30', ...extra,
});

describe('roundTables.create and roundTables.get', () => {
  it('records a round table with its municipalities and participants by organisation, person, role and head count', async () => {
    const created = await w.t.api.send('roundTables.create', zuelpichRoundTable(w));
    expect(created).toMatchObject({
      format: 'ROUND_TABLE', title: 'Runder Tisch Integration Zülpich', heldOn: '2025-06-10', startTime: '15:30', countyWide: false,
      municipalityIds: [w.municipality.zuelpich], municipalities: [{ id: w.municipality.zuelpich, name: 'Zülpich' }],
      headCount: 7, agreements: [], findings: [],
    });
    expect(created.participants).toEqual([
      expect.objectContaining({ role: 'KIM_TEAM', organisationName: 'Team 49.1 „Kommunales Integrationszentrum“', personName: 'Anna Schäfer', headCount: 2 }),
      expect.objectContaining({ role: 'MUNICIPAL_STAFF', organisationName: 'Stadtverwaltung Zülpich', personName: 'Jürgen Müller', headCount: 2 }),
      expect.objectContaining({ role: 'CM_PROVIDER', organisationId: w.org.drk, personId: null, headCount: 1 }),
      expect.objectContaining({ role: 'VOLUNTEERS', organisationId: null, personId: null, headCount: 2, note: 'Flüchtlingshilfe Zülpich' }),
    ]);
    const db = inspectDatabase(w.t);
    const [audit] = auditEntries(db, 'round_tables');
    db.close();
    expect(audit).toMatchObject({ action: 'CREATE', entityId: created.id });
    expect(audit.after).toMatchObject({ municipalityIds: [w.municipality.zuelpich], participants: expect.any(Array) });
  });

  it('shows the agreements made there with their progress notes, and the findings recorded there', async () => {
    const rt = await w.t.api.send('roundTables.create', zuelpichRoundTable(w));
    const later = await w.t.api.send('tasks.create', agreement(rt.id, { title: 'Vermieterabend planen', dueDate: '2025-11-30' }));
    const first = await w.t.api.send('tasks.create', agreement(rt.id));
    await w.t.api.send('tasks.addNote', { id: first.id, text: 'Entwurf liegt der AG Wohnen vor.' });
    const themeId = newId();
    insertRows(w.t, [
      [schema.themes, { id: themeId, title: 'Wohnen – Wohnungssuche', status: 'IDENTIFIED' }],
      [schema.findings, { id: newId(), roundTableId: rt.id, kind: 'INFORMATION_DEFICIT', description: 'Vermieter*innen kennen den WBS kaum.', themeId }],
    ]);
    const detail = await w.t.api.send('roundTables.get', { id: rt.id });
    expect(detail.agreements.map((a) => a.id)).toEqual([first.id, later.id]);
    expect(detail.agreements[0]).toMatchObject({ source: 'ROUND_TABLE', roundTableTitle: 'Runder Tisch Integration Zülpich', ownerName: 'Stadt Zülpich' });
    expect(detail.agreements[0].notes.map((n) => n.text)).toEqual(['Entwurf liegt der AG Wohnen vor.']);
    expect(detail.findings).toEqual([expect.objectContaining({ kind: 'INFORMATION_DEFICIT', themeTitle: 'Wohnen – Wohnungssuche', themeStatus: 'IDENTIFIED' })]);
  });

  it('needs a municipality unless the round table is county-wide', async () => {
    const error = await refusal(w.t.api.send('roundTables.create', zuelpichRoundTable(w, { municipalityIds: [] })));
    expect(error.issues).toEqual([{ field: 'municipalityIds', message: 'Kommunen: Bitte mindestens eine Kommune auswählen oder „Kreisweit“ ankreuzen.' }]);
    const forum = await w.t.api.send('roundTables.create', zuelpichRoundTable(w, {
      format: 'EXCHANGE_FORUM', title: 'Austauschforum Integration', municipalityIds: [], countyWide: true, location: null,
      onlineUrl: 'https://konferenz.example/forum',
    }));
    expect(forum).toMatchObject({ countyWide: true, municipalities: [], onlineUrl: 'https://konferenz.example/forum' });
  });

  it('names the field of a wrong participant row, a missing municipality, a bad time or link', async () => {
    const bad = zuelpichRoundTable(w);
    const empty = await refusal(w.t.api.send('roundTables.create', { ...bad, participants: [...bad.participants, { role: 'OTHER' }] }));
    expect(empty.issues).toEqual([{ field: 'participants.4.organisationId',
      message: 'Teilnehmende: Bitte je Zeile eine Organisation, eine Person oder die Anzahl der Personen angeben.' }]);
    const gone = await refusal(w.t.api.send('roundTables.create', { ...bad, participants: [{ role: 'OTHER', personId: 'gone' }] }));
    expect(gone.issues).toEqual([{ field: 'participants.0.personId', message: 'Person: Der gewählte Eintrag existiert nicht (mehr).' }]);
    const town = await refusal(w.t.api.send('roundTables.create', { ...bad, municipalityIds: [w.municipality.kall, 'gone'] }));
    expect(town.issues).toEqual([{ field: 'municipalityIds.1', message: 'Kommunen: Die gewählte Kommune existiert nicht (mehr).' }]);
    const time = await refusal(w.t.api.send('roundTables.create', { ...bad, startTime: '25:00', onlineUrl: 'konferenz.example' }));
    expect(time.issues.map((i: { field: string }) => i.field).sort()).toEqual(['onlineUrl', 'startTime']);
    expect(time.message).toContain('Beginn: Uhrzeit im Format HH:MM erwartet');
    const role = await refusal(w.t.api.send('roundTables.create', { ...bad, participants: [{ role: 'MAYOR', headCount: 1 }] } as never));
    expect(role.issues[0]).toMatchObject({ field: 'participants.0.role', message: 'Rolle: Bitte einen gültigen Wert auswählen.' });
    expect(readRows(w.t.dataDir, 'SELECT count(*) AS n FROM round_tables')).toEqual([{ n: 0 }]);
  });
});

describe('roundTables.update', () => {
  it('replaces municipalities and participants with the lists sent, and audits before and after', async () => {
    const rt = await w.t.api.send('roundTables.create', zuelpichRoundTable(w));
    const updated = await w.t.api.send('roundTables.update', {
      id: rt.id, ...zuelpichRoundTable(w, {
        title: 'Runder Tisch Integration Zülpich und Kall', municipalityIds: [w.municipality.kall, w.municipality.zuelpich, w.municipality.kall],
        participants: [{ role: 'CM_PROVIDER', organisationId: w.org.drk, personId: w.person.cm }],
      }),
    });
    expect(updated.municipalities.map((m) => m.name)).toEqual(['Kall', 'Zülpich']);
    expect(updated.participants).toEqual([expect.objectContaining({ role: 'CM_PROVIDER', personName: 'Önder Yılmaz', headCount: null })]);
    expect(updated.headCount).toBe(0);
    expect(readRows(w.t.dataDir, 'SELECT count(*) AS n FROM round_table_participants')).toEqual([{ n: 1 }]);
    const db = inspectDatabase(w.t);
    const update = auditEntries(db, 'round_tables').find((a) => a.action === 'UPDATE')!;
    db.close();
    expect((update.before as { participants: unknown[] }).participants).toHaveLength(4);
    expect(update.after!.municipalityIds).toEqual([w.municipality.kall, w.municipality.zuelpich].sort());
  });

  it('reports an unknown round table as not found', async () => {
    const error = await refusal(w.t.api.send('roundTables.update', { id: 'gone', ...zuelpichRoundTable(w) }));
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'Runder Tisch wurde nicht gefunden.' });
  });
});

describe('roundTables.delete', () => {
  it('refuses while agreements were made there, and deletes with participants once they are gone', async () => {
    const rt = await w.t.api.send('roundTables.create', zuelpichRoundTable(w));
    const task = await w.t.api.send('tasks.create', agreement(rt.id));
    const error = await refusal(w.t.api.send('roundTables.delete', { id: rt.id }));
    expect(error).toMatchObject({
      code: 'REFERENCED',
      message: 'Der Runde Tisch „Runder Tisch Integration Zülpich“ kann nicht gelöscht werden, weil dort 1 Vereinbarung getroffen wurde. '
        + 'Bitte zuerst die Vereinbarungen löschen.',
    });
    await w.t.api.send('tasks.delete', { id: task.id });
    await w.t.api.send('roundTables.delete', { id: rt.id });
    expect(readRows(w.t.dataDir, `SELECT (SELECT count(*) FROM round_tables) AS rt, (SELECT count(*) FROM round_table_participants) AS p,
      (SELECT count(*) FROM round_table_municipalities) AS m`)).toEqual([{ rt: 0, p: 0, m: 0 }]);
  });

  it('refuses while findings recorded there still exist', async () => {
    const rt = await w.t.api.send('roundTables.create', zuelpichRoundTable(w));
    insertRows(w.t, [[schema.findings, { id: newId(), roundTableId: rt.id, kind: 'GAP_IN_SERVICES', description: 'Kein Sprachkurs mit Kinderbetreuung.' }]]);
    const error = await refusal(w.t.api.send('roundTables.delete', { id: rt.id }));
    expect(error.code).toBe('REFERENCED');
    expect(error.message).toContain('1 Erkenntnis');
  });
});

describe('roundTables.list', () => {
  it('lists round tables newest first with their municipalities and agreement counts', async () => {
    const rt = await w.t.api.send('roundTables.create', zuelpichRoundTable(w));
    await w.t.api.send('roundTables.create', zuelpichRoundTable(w, { title: 'Kommunentour Kall', heldOn: '2022-10-25', municipalityIds: [w.municipality.kall] }));
    await w.t.api.send('tasks.create', agreement(rt.id));
    expect(await w.t.api.send('roundTables.list')).toEqual([
      expect.objectContaining({ title: 'Runder Tisch Integration Zülpich', municipalityNames: 'Zülpich', agreementCount: 1, openAgreementCount: 1 }),
      expect.objectContaining({ title: 'Kommunentour Kall', municipalityNames: 'Kall', agreementCount: 0 }),
    ]);
  });
});
