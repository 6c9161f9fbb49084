import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { readRows } from '../../../helpers/database';
import { linkToTheme, reconstructionInput, reconstructionWorld, seedRoundTable, seedTheme, type World } from '../reconstructions/fixture';

let t: TestCore;
let w: World;
let caseId: string;
let roundTableId: string;
beforeEach(async () => {
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  w = await reconstructionWorld(t);
  caseId = (await t.api.send('reconstructions.create', reconstructionInput(w))).reconstruction.id;
  roundTableId = seedRoundTable(t, 'Runder Tisch Integration Kall', '2025-03-12', [w.kall.id]);
});
afterEach(() => t.dispose());

const fromCase = (description: string, extra: Record<string, unknown> = {}) =>
  ({ reconstructionId: caseId, kind: 'ACCESS_BARRIER' as const, description, organisationIds: [w.drk.id], ...extra });

describe('recording findings', () => {
  it('keeps kind, description and organisations, with the reconstruction as source', async () => {
    const finding = await t.api.send('findings.create', fromCase('Ohne Begleitung gelingen Wohnungsbesichtigungen kaum.', { organisationIds: [w.jobcenter.id, w.drk.id, w.drk.id] }));
    expect(finding).toMatchObject({
      kind: 'ACCESS_BARRIER', description: 'Ohne Begleitung gelingen Wohnungsbesichtigungen kaum.', themeId: null,
      organisations: [{ id: w.drk.id, name: 'DRK Kreisverband Euskirchen' }, { id: w.jobcenter.id, name: 'Jobcenter EU-aktiv' }],
      source: { type: 'RECONSTRUCTION', id: caseId, date: '2025-05-28', format: 'FULL', caseCode: 'DRK-25-031', municipalityName: 'Zülpich', purged: false },
    });
    expect(await t.api.send('findings.get', { id: finding.id })).toEqual(finding);
    const [audit] = readRows<{ action: string; after_json: string }>(t.dataDir, "SELECT action, after_json FROM audit_log WHERE entity = 'findings'");
    expect(audit.action).toBe('CREATE');
    expect(JSON.parse(audit.after_json).organisationIds).toEqual([w.drk.id, w.jobcenter.id].sort());
  });

  it('takes round tables as source, with their municipalities', async () => {
    const finding = await t.api.send('findings.create', {
      roundTableId, kind: 'INFORMATION_DEFICIT', description: 'Vermieter*innen kennen die Mietübernahme durch das Jobcenter kaum.',
    });
    expect(finding.source).toEqual({
      type: 'ROUND_TABLE', id: roundTableId, date: '2025-03-12', format: 'ROUND_TABLE', title: 'Runder Tisch Integration Kall', municipalityNames: ['Kall'],
    });
  });

  it('needs exactly one source', async () => {
    const message = 'Fallrekonstruktion: Bitte genau eine Herkunft angeben – eine Fallrekonstruktion oder einen Runden Tisch.';
    await expect(t.api.send('findings.create', { kind: 'GAP_IN_SERVICES', description: 'Schuldnerberatung fehlt.' }))
      .rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: 'reconstructionId', message }] });
    await expect(t.api.send('findings.create', { ...fromCase('Schuldnerberatung fehlt.'), roundTableId }))
      .rejects.toMatchObject({ issues: [{ field: 'reconstructionId', message }] });
    await expect(t.api.send('findings.create', fromCase('Schuldnerberatung fehlt.', { reconstructionId: 'gone' })))
      .rejects.toMatchObject({ issues: [{ field: 'reconstructionId', message: 'Fallrekonstruktion: Der gewählte Eintrag existiert nicht (mehr).' }] });
  });

  it('refuses personal data outright, since findings outlive the case’s retention date', async () => {
    await expect(t.api.send('findings.create', fromCase('Familie Haddad wartet seit Monaten auf einen Kitaplatz.'))).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{
        field: 'description',
        message: 'Beschreibung: Enthält möglicherweise personenbezogene Daten (Personenname nach ‚Familie‘: „Familie Haddad“). Bitte entfernen – Erkenntnisse bleiben nach Ablauf der Löschfrist erhalten und beschreiben Strukturen, keine Personen.',
      }],
    });
    expect(readRows(t.dataDir, 'SELECT * FROM findings')).toEqual([]);
  });

  it('updates source, kind, text and organisations but leaves the theme link alone', async () => {
    const finding = await t.api.send('findings.create', fromCase('Wartezeit auf Schuldnerberatung über drei Monate.'));
    const themeId = seedTheme(t, 'Schuldnerberatung in Herkunftssprachen');
    linkToTheme(t, finding.id, themeId);
    const updated = await t.api.send('findings.update', {
      id: finding.id, roundTableId, kind: 'GAP_IN_SERVICES', description: 'Schuldnerberatung in Herkunftssprachen fehlt.', organisationIds: [],
    });
    expect(updated).toMatchObject({ kind: 'GAP_IN_SERVICES', themeId, themeTitle: 'Schuldnerberatung in Herkunftssprachen', organisations: [], source: { type: 'ROUND_TABLE' } });
  });

  it('deletes a finding, but not while it is evidence of a theme', async () => {
    const finding = await t.api.send('findings.create', fromCase('Wartezeit auf Schuldnerberatung über drei Monate.'));
    const themeId = seedTheme(t, 'Schuldnerberatung');
    linkToTheme(t, finding.id, themeId);
    await expect(t.api.send('findings.delete', { id: finding.id })).rejects.toMatchObject({
      code: 'CONFLICT', message: 'Die Erkenntnis belegt das Thema „Schuldnerberatung“. Bitte sie zuerst aus dem Thema lösen.',
    });
    linkToTheme(t, finding.id, null);
    await t.api.send('findings.delete', { id: finding.id });
    expect(readRows(t.dataDir, 'SELECT * FROM finding_organisations')).toEqual([]);
  });
});

describe('the findings list', () => {
  it('filters by theme assignment, theme, kind and municipality, newest source first', async () => {
    const housing = await t.api.send('findings.create', fromCase('Vermieter*innen fehlt eine Ansprechperson.'));
    const debt = await t.api.send('findings.create', fromCase('Schuldnerberatung ist ausgelastet.', { kind: 'GAP_IN_SERVICES' }));
    const tour = await t.api.send('findings.create', { roundTableId, kind: 'INFORMATION_DEFICIT', description: 'Beratungsangebote vor Ort sind unbekannt.' });
    const themeId = seedTheme(t, 'Wohnen');
    linkToTheme(t, housing.id, themeId);
    const ids = async (filter?: Record<string, unknown>) => (await t.api.send('findings.list', filter)).map((f) => f.id);
    expect(await ids()).toEqual([housing.id, debt.id, tour.id]);
    expect(await ids({ unassigned: true })).toEqual([debt.id, tour.id]);
    expect(await ids({ themeId })).toEqual([housing.id]);
    expect(await ids({ kind: 'GAP_IN_SERVICES' })).toEqual([debt.id]);
    expect(await ids({ municipalityId: w.kall.id })).toEqual([tour.id]);
    expect(await ids({ municipalityId: w.zuelpich.id })).toEqual([housing.id, debt.id]);
    expect(await ids({ reconstructionId: caseId })).toEqual([housing.id, debt.id]);
  });
});
