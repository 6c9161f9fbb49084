import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { readRows } from '../../../helpers/database';
import { reconstructionInput, reconstructionWorld, SUMMARY, type World } from './fixture';

let t: TestCore;
let w: World;
beforeEach(async () => {
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  w = await reconstructionWorld(t);
});
afterEach(() => t.dispose());

const count = (table: string) => readRows<{ n: number }>(t.dataDir, `SELECT count(*) AS n FROM ${table}`)[0].n;
const auditOf = (id: string) => readRows<{ action: string; before_json: string | null; after_json: string | null }>(
  t.dataDir, "SELECT action, before_json, after_json FROM audit_log WHERE entity = 'case_reconstructions' AND entity_id = ? ORDER BY seq", id);

describe('recording a reconstruction', () => {
  it('stores case, participants, fields of action and legal domains, and dates its deletion by the retention rule', async () => {
    const created = await t.api.send('reconstructions.create', reconstructionInput(w));
    expect(created.reconstruction).toMatchObject({
      heldOn: '2025-05-28', format: 'FULL', caseCode: 'DRK-25-031', caseSource: 'KIM_CM', ageBand: '45_64',
      summary: SUMMARY, privacyJustification: null, deleteAfter: '2027-05-28', purgedAt: null,
    });
    expect(created).toMatchObject({ purged: false, providerName: 'DRK', municipalityName: 'Zülpich', facilitatorPostLabel: 'KS 2 Fallrekonstruktion' });
    expect(created.participants.map((p) => [p.organisationName, p.role])).toEqual([
      ['DRK Kreisverband Euskirchen', 'Falleinbringung'],
      ['Team 49.1 Kommunales Integrationszentrum', 'Moderation'],
      ['Jobcenter EU-aktiv', 'Fachperspektive Leistungen'],
    ]);
    expect(created.fieldsOfAction.map((f) => f.label)).toEqual(['Wohnen', 'Gesundheit (einschließlich psychischer Gesundheit)']);
    expect(created.legalDomains).toEqual(['SGB_II', 'SGB_V']);
    expect(await t.api.send('reconstructions.get', { id: created.reconstruction.id })).toEqual(created);
    expect((await t.api.send('reconstructions.list')).map((r) => r.id)).toEqual([created.reconstruction.id]);
  });

  it('takes the retention months from the office settings', async () => {
    await t.api.send('setup.initialize', { officeName: 'Kreis Euskirchen', demo: false });
    await t.api.send('settings.update', { ...(await t.api.send('settings.get')), reconstructionRetentionMonths: 9 });
    const created = await t.api.send('reconstructions.create', reconstructionInput(w, { heldOn: '2025-05-31' }));
    expect(created.reconstruction.deleteAfter).toBe('2026-02-28');
  });

  it('writes one audit row with the whole case, lists included', async () => {
    const created = await t.api.send('reconstructions.create', reconstructionInput(w));
    const [row] = auditOf(created.reconstruction.id);
    expect(row.action).toBe('CREATE');
    expect(JSON.parse(row.after_json!)).toMatchObject({
      summary: SUMMARY, fieldsOfAction: ['HEALTH', 'HOUSING'], legalDomains: ['SGB_II', 'SGB_V'],
      participants: [{ organisationId: w.drk.id, role: 'Falleinbringung' }, { organisationId: w.team.id, role: 'Moderation' },
        { organisationId: w.jobcenter.id, role: 'Fachperspektive Leistungen' }],
    });
  });
});

describe('the privacy guard when saving', () => {
  const planted = 'Frau Yılmaz, geb. 12.03.1985, fand nach der Umverteilung keine Wohnung.';

  it('stops a summary with a name and a birth date, one issue per finding, and writes nothing', async () => {
    const before = [count('case_reconstructions'), count('audit_log')];
    await expect(t.api.send('reconstructions.create', reconstructionInput(w, { summary: planted }))).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Die Angaben enthalten möglicherweise personenbezogene Daten (2 Fundstellen). Bitte entfernen oder im Feld „Begründung Datenschutz“ begründen, warum sie nötig sind.',
      issues: [
        { field: 'summary', message: 'Zusammenfassung: Enthält möglicherweise personenbezogene Daten (Personenname nach ‚Frau‘: „Frau Yılmaz“). Bitte entfernen oder begründen.' },
        { field: 'summary', message: 'Zusammenfassung: Enthält möglicherweise personenbezogene Daten (Geburtsdatum: „12.03.1985“). Bitte entfernen oder begründen.' },
      ],
    });
    expect([count('case_reconstructions'), count('audit_log')]).toEqual(before);
  });

  it('saves once the passages are removed', async () => {
    const fixed = 'Eine Frau mittleren Alters fand nach der Umverteilung keine Wohnung.';
    const created = await t.api.send('reconstructions.create', reconstructionInput(w, { summary: fixed }));
    expect(created.reconstruction.summary).toBe(fixed);
  });

  it('saves with a justification and keeps it with the case', async () => {
    const summary = 'Am 14.02.2024 lief die Fiktionsbescheinigung ab; drei Tage später kündigte der Arbeitgeber.';
    const privacyJustification = 'Die genaue Frist ist nötig, um die Lücke zwischen Ablauf und Termin zu belegen.';
    await expect(t.api.send('reconstructions.create', reconstructionInput(w, { summary }))).rejects.toMatchObject({
      issues: [{ field: 'summary', message: 'Zusammenfassung: Enthält möglicherweise personenbezogene Daten (vollständiges Datum: „14.02.2024“). Bitte entfernen oder begründen.' }],
    });
    const created = await t.api.send('reconstructions.create', reconstructionInput(w, { summary, privacyJustification }));
    expect(created.reconstruction).toMatchObject({ summary, privacyJustification });
  });

  it('checks the participants’ roles as well, naming the line', async () => {
    const participants = [{ organisationId: w.drk.id, role: 'Falleinbringung' }, { organisationId: w.jobcenter.id, role: 'Sachbearbeitung Frau Hoffmann' }];
    await expect(t.api.send('reconstructions.create', reconstructionInput(w, { participants }))).rejects.toMatchObject({
      issues: [{ field: 'participants.1.role', message: 'Beteiligte Organisationen 2, Rolle: Enthält möglicherweise personenbezogene Daten (Personenname nach ‚Frau‘: „Frau Hoffmann“). Bitte entfernen oder begründen.' }],
    });
  });

  it('wants a real justification, free of personal data itself', async () => {
    await expect(t.api.send('reconstructions.create', reconstructionInput(w, { summary: planted, privacyJustification: 'nötig' }))).rejects.toMatchObject({
      issues: [{ field: 'privacyJustification', message: 'Begründung Datenschutz: Bitte in einem Satz begründen, warum die Angaben nötig sind (mindestens 15 Zeichen).' }],
    });
    await expect(t.api.send('reconstructions.create', reconstructionInput(w, {
      summary: planted, privacyJustification: 'Frau Yılmaz hat zugestimmt, dass ihr Name bleibt.',
    }))).rejects.toMatchObject({
      issues: [{ field: 'privacyJustification', message: expect.stringMatching(/^Begründung Datenschutz: Enthält möglicherweise personenbezogene Daten \(Personenname nach ‚Frau‘: „Frau Yılmaz“\)\. Bitte entfernen – /) }],
    });
  });
});

describe('the case code', () => {
  it.each(['DRK-25-031', 'CE-2024-004', 'KJA/25/7', 'ip_2025_12'])('accepts the provider code %s', async (caseCode) => {
    const created = await t.api.send('reconstructions.create', reconstructionInput(w, { caseCode }));
    expect(created.reconstruction.caseCode).toBe(caseCode);
  });

  it.each([
    ['Yilmaz', 'Sieht aus wie ein Name'],
    ['Demir-01', 'Sieht aus wie ein Name'],
    ['ahmadkarimi7', 'Sieht aus wie ein Name'],
    ['12.03.1985', 'Sieht aus wie ein Datum'],
    ['DRK#25', 'Nur Buchstaben, Ziffern'],
  ])('refuses %s (%s)', async (caseCode, reason) => {
    await expect(t.api.send('reconstructions.create', reconstructionInput(w, { caseCode }))).rejects.toMatchObject({
      code: 'VALIDATION', issues: [{ field: 'caseCode', message: expect.stringContaining(`Fallcode des Trägers: ${reason}`) }],
    });
  });

  it('may be left empty for cases from services without codes', async () => {
    const created = await t.api.send('reconstructions.create', reconstructionInput(w, { caseCode: '', caseSource: 'OTHER_SERVICE' }));
    expect(created.reconstruction.caseCode).toBeNull();
  });
});

describe('other rules of a reconstruction', () => {
  it('refuses a date after today (by the clock)', async () => {
    await expect(t.api.send('reconstructions.create', reconstructionInput(w, { heldOn: '2025-06-16' }))).rejects.toMatchObject({
      issues: [{ field: 'heldOn', message: 'Datum: Liegt in der Zukunft – erfasst werden durchgeführte Fallrekonstruktionen.' }],
    });
    await expect(t.api.send('reconstructions.create', reconstructionInput(w, { heldOn: '2025-06-15' }))).resolves.toBeDefined();
  });

  it('needs at least one known field of action', async () => {
    await expect(t.api.send('reconstructions.create', reconstructionInput(w, { fieldsOfAction: [] }))).rejects.toMatchObject({
      issues: [{ field: 'fieldsOfAction', message: 'Handlungsfelder: Bitte mindestens ein Handlungsfeld auswählen.' }],
    });
    await expect(t.api.send('reconstructions.create', reconstructionInput(w, { fieldsOfAction: ['HOUSING', 'ASTROLOGY'] }))).rejects.toMatchObject({
      issues: [{ field: 'fieldsOfAction', message: 'Handlungsfelder: „ASTROLOGY“ ist kein bekanntes Handlungsfeld.' }],
    });
  });

  it('names the field of a reference that does not exist', async () => {
    await expect(t.api.send('reconstructions.create', reconstructionInput(w, { providerOrganisationId: 'gone' }))).rejects.toMatchObject({
      issues: [{ field: 'providerOrganisationId', message: 'Träger: Der gewählte Eintrag existiert nicht (mehr).' }],
    });
    const participants = [{ organisationId: w.drk.id, role: 'Falleinbringung' }, { organisationId: 'gone', role: 'Moderation' }];
    await expect(t.api.send('reconstructions.create', reconstructionInput(w, { participants }))).rejects.toMatchObject({
      issues: [{ field: 'participants.1.organisationId', message: 'Beteiligte Organisationen 2: Die gewählte Organisation existiert nicht (mehr).' }],
    });
  });

  it('lists each participating organisation once', async () => {
    const participants = [{ organisationId: w.drk.id, role: 'Falleinbringung' }, { organisationId: w.drk.id, role: 'Fachperspektive' }];
    await expect(t.api.send('reconstructions.create', reconstructionInput(w, { participants }))).rejects.toMatchObject({
      issues: [{ field: 'participants.1.organisationId', message: 'Beteiligte Organisationen 2: Diese Organisation ist bereits aufgeführt.' }],
    });
  });
});

describe('changing and deleting a reconstruction', () => {
  it('replaces record and lists on update, with before and after in the audit log', async () => {
    const { reconstruction } = await t.api.send('reconstructions.create', reconstructionInput(w));
    const updated = await t.api.send('reconstructions.update', {
      id: reconstruction.id,
      ...reconstructionInput(w, { heldOn: '2025-04-01', municipalityId: w.kall.id, fieldsOfAction: ['WORK_TRAINING'], legalDomains: [], participants: [{ organisationId: w.team.id, role: 'Moderation' }] }),
    });
    expect(updated.reconstruction).toMatchObject({ heldOn: '2025-04-01', deleteAfter: '2027-04-01', municipalityId: w.kall.id });
    expect(updated.participants.map((p) => p.role)).toEqual(['Moderation']);
    expect(updated.fieldsOfAction.map((f) => f.code)).toEqual(['WORK_TRAINING']);
    expect(updated.legalDomains).toEqual([]);
    const rows = auditOf(reconstruction.id);
    expect(rows.map((r) => r.action)).toEqual(['CREATE', 'UPDATE']);
    expect(JSON.parse(rows[1].before_json!).participants).toHaveLength(3);
    expect(JSON.parse(rows[1].after_json!).participants).toHaveLength(1);
  });

  it('deletes a reconstruction with its details, keeping no free text in the audit log', async () => {
    const { reconstruction } = await t.api.send('reconstructions.create', reconstructionInput(w));
    await t.api.send('reconstructions.delete', { id: reconstruction.id });
    expect([count('case_reconstructions'), count('reconstruction_participants'), count('reconstruction_fields')]).toEqual([0, 0, 0]);
    const trail = auditOf(reconstruction.id);
    expect(trail.map((r) => r.action)).toEqual(['CREATE', 'DELETE']);
    expect(JSON.stringify(trail)).not.toContain('Wohnungsbesichtigungen');
    expect(JSON.stringify(trail)).not.toContain('DRK-25-031');
    expect(JSON.parse(trail[1].before_json!)).toMatchObject({ summary: null, caseCode: null, heldOn: '2025-05-28' });
  });

  it('refuses to delete a reconstruction whose findings are still recorded', async () => {
    const { reconstruction } = await t.api.send('reconstructions.create', reconstructionInput(w));
    await t.api.send('findings.create', {
      reconstructionId: reconstruction.id, kind: 'ACCESS_BARRIER', description: 'Ohne Begleitung gelingen Wohnungsbesichtigungen kaum.', organisationIds: [],
    });
    await expect(t.api.send('reconstructions.delete', { id: reconstruction.id })).rejects.toMatchObject({
      code: 'REFERENCED',
      message: 'Fallrekonstruktion „vom 28.05.2025“ kann nicht gelöscht werden, weil noch darauf verwiesen wird: 1 Erkenntnis.',
    });
  });

  it('reports an unknown reconstruction as not found', async () => {
    await expect(t.api.send('reconstructions.get', { id: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Fallrekonstruktion wurde nicht gefunden.' });
    await expect(t.api.send('reconstructions.update', { id: 'nope', ...reconstructionInput(w) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
