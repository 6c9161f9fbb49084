import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { readRows } from '../../../helpers/database';
import { DATABASE_FILE } from '../../../../db/core/createCore';
import { withDb } from '../meetings/fixture';
import { linkToTheme, reconstructionInput, reconstructionWorld, seedRoundTable, seedTheme, type World } from '../reconstructions/fixture';

let t: TestCore;
let w: World;
beforeEach(async () => {
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  w = await reconstructionWorld(t);
});
afterEach(() => t.dispose());

async function reconstruction(heldOn: string, extra: Parameters<typeof reconstructionInput>[1] = {}) {
  return (await t.api.send('reconstructions.create', reconstructionInput(w, { heldOn, ...extra }))).reconstruction;
}

describe('what is due for deletion', () => {
  it('lists unpurged reconstructions whose deletion date is today or earlier, and contacts past theirs', async () => {
    const old = await reconstruction('2023-03-01');
    const today = await reconstruction('2023-06-15', { caseCode: 'DRK-23-044', municipalityId: null });
    await reconstruction('2023-06-16');
    await t.api.send('findings.create', { reconstructionId: old.id, kind: 'INTERFACE', description: 'Sozialamt und Jobcenter stimmen sich nicht ab.' });
    const person = await t.api.send('persons.create', { name: 'Jörg Beispiel', organisationId: w.drk.id });
    withDb(t, (db) => db.prepare("UPDATE persons SET delete_after = '2025-06-01' WHERE id = ?").run(person.id));

    const due = await t.api.send('retention.due');
    expect(due.today).toBe('2025-06-15');
    expect(due.reconstructions).toEqual([
      { id: old.id, heldOn: '2023-03-01', format: 'FULL', caseSource: 'KIM_CM', caseCode: 'DRK-25-031', providerName: 'DRK',
        municipalityName: 'Zülpich', deleteAfter: '2025-03-01', findingCount: 1, themeCount: 0 },
      { id: today.id, heldOn: '2023-06-15', format: 'FULL', caseSource: 'KIM_CM', caseCode: 'DRK-23-044', providerName: 'DRK',
        municipalityName: null, deleteAfter: '2025-06-15', findingCount: 0, themeCount: 0 },
    ]);
    expect(due.persons).toEqual([{ id: person.id, name: 'Jörg Beispiel', organisationName: 'DRK Kreisverband Euskirchen', deleteAfter: '2025-06-01' }]);
  });

  it('takes "today" from the clock', async () => {
    await reconstruction('2023-06-16');
    expect((await t.api.send('retention.due')).reconstructions).toEqual([]);
    t.core.close();
    const later = await testCore({ now: '2025-06-16T08:00:00Z', dataDir: t.dataDir });
    try {
      expect((await later.api.send('retention.due')).reconstructions.map((r) => r.heldOn)).toEqual(['2023-06-16']);
    } finally {
      later.core.close();
    }
  });
});

describe('purging', () => {
  it('clears case code, summary, justification and role texts, and keeps everything anonymous', async () => {
    const r = await reconstruction('2023-03-01', { privacyJustification: 'Gesundheitsbezug nötig, um die Versorgungslücke zu belegen.' });
    const finding = await t.api.send('findings.create', { reconstructionId: r.id, kind: 'ACCESS_BARRIER', description: 'Ohne Begleitung gelingen Besichtigungen kaum.' });
    const result = await t.api.send('retention.purge', { ids: [r.id] });
    expect(result).toEqual({ purged: [{ id: r.id, heldOn: '2023-03-01', purgedAt: '2025-06-15T10:00:00.000Z' }], storageCompacted: true });

    const after = await t.api.send('reconstructions.get', { id: r.id });
    expect(after.purged).toBe(true);
    expect(after.reconstruction).toMatchObject({
      caseCode: null, summary: null, privacyJustification: null, purgedAt: '2025-06-15T10:00:00.000Z',
      heldOn: '2023-03-01', format: 'FULL', caseSource: 'KIM_CM', municipalityId: w.zuelpich.id, ageBand: '45_64', deleteAfter: '2025-03-01',
    });
    expect(after.participants.map((p) => [p.organisationName, p.role])).toEqual([
      ['DRK Kreisverband Euskirchen', ''], ['Team 49.1 Kommunales Integrationszentrum', ''], ['Jobcenter EU-aktiv', ''],
    ]);
    expect(after.fieldsOfAction.map((f) => f.code)).toEqual(['HOUSING', 'HEALTH']);
    expect(after.legalDomains).toEqual(['SGB_II', 'SGB_V']);
    expect(after.findings.map((f) => f.description)).toEqual([finding.description]);
    expect((await t.api.send('retention.due')).reconstructions).toEqual([]);
  });

  it('records one PURGE row per reconstruction that names the purged fields, never their content', async () => {
    const a = await reconstruction('2023-03-01');
    const b = await reconstruction('2023-04-01');
    await t.api.send('retention.purge', { ids: [a.id, b.id, a.id] });
    const rows = readRows<{ entity_id: string; before_json: string | null; after_json: string }>(t.dataDir,
      "SELECT entity_id, before_json, after_json FROM audit_log WHERE action = 'PURGE' ORDER BY seq");
    expect(rows).toEqual([a.id, b.id].map((id, i) => ({
      entity_id: id,
      before_json: null,
      after_json: JSON.stringify({ purgedAt: '2025-06-15T10:00:00.000Z', deleteAfter: ['2025-03-01', '2025-04-01'][i], purgedFields: ['caseCode', 'summary', 'privacyJustification', 'participants.role'] }),
    })));
  });

  it('refuses what is not yet due, already purged or unknown, and then changes nothing', async () => {
    const due = await reconstruction('2023-03-01');
    const notDue = await reconstruction('2024-01-10');
    const snapshot = () => readRows(t.dataDir, 'SELECT * FROM case_reconstructions ORDER BY id').concat(readRows(t.dataDir, 'SELECT count(*) AS n FROM audit_log'));
    const before = snapshot();
    await expect(t.api.send('retention.purge', { ids: [due.id, notDue.id] })).rejects.toMatchObject({
      code: 'VALIDATION', issues: [{ field: 'ids', message: 'Auswahl: Die Fallrekonstruktion vom 10.01.2024 ist erst ab 10.01.2026 zur Löschung fällig.' }],
    });
    await expect(t.api.send('retention.purge', { ids: ['nope'] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(t.api.send('retention.purge', { ids: [] })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(snapshot()).toEqual(before);
    await t.api.send('retention.purge', { ids: [due.id] });
    await expect(t.api.send('retention.purge', { ids: [due.id] })).rejects.toMatchObject({
      code: 'CONFLICT', message: 'Die Fallrekonstruktion vom 01.03.2023 wurde bereits am 15.06.2025 bereinigt.',
    });
  });

  it('leaves a purged reconstruction closed to edits, while its findings stay editable', async () => {
    const r = await reconstruction('2023-03-01');
    const finding = await t.api.send('findings.create', { reconstructionId: r.id, kind: 'INTERFACE', description: 'Zuständigkeit unklar.' });
    await t.api.send('retention.purge', { ids: [r.id] });
    await expect(t.api.send('reconstructions.update', { id: r.id, ...reconstructionInput(w, { heldOn: '2023-03-01' }) })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Die Fallrekonstruktion vom 01.03.2023 wurde nach Ablauf der Löschfrist bereinigt und kann nicht mehr geändert werden. Ihre Erkenntnisse bleiben bearbeitbar.',
    });
    await t.api.send('findings.update', { id: finding.id, reconstructionId: r.id, kind: 'INTERFACE', description: 'Zuständigkeit zwischen Ämtern unklar.' });
    expect((await t.api.send('findings.get', { id: finding.id })).source).toMatchObject({ type: 'RECONSTRUCTION', caseCode: null, purged: true });
  });
});

/** Evidence of a theme as the theme view counts it: distinct cases and distinct municipalities of its findings. */
function evidence(themeId: string) {
  return readRows<{ cases: number; municipalities: number; findings: number }>(t.dataDir, `
    SELECT count(DISTINCT f.reconstruction_id) AS cases, count(*) AS findings,
      (SELECT count(*) FROM (
         SELECT r.municipality_id AS m FROM findings x JOIN case_reconstructions r ON r.id = x.reconstruction_id
           WHERE x.theme_id = @themeId AND r.municipality_id IS NOT NULL
         UNION SELECT rm.municipality_id FROM findings x JOIN round_table_municipalities rm ON rm.round_table_id = x.round_table_id
           WHERE x.theme_id = @themeId)) AS municipalities
    FROM findings f WHERE f.theme_id = @themeId`, { themeId })[0];
}

describe('theme evidence across a purge', () => {
  it('keeps the numbers of distinct cases and municipalities behind a theme unchanged', async () => {
    const themeId = seedTheme(t, 'Wohnungssuche ohne Begleitung');
    const cases = [
      await reconstruction('2023-02-01'),
      await reconstruction('2023-03-01', { municipalityId: w.kall.id }),
      await reconstruction('2024-09-01', { municipalityId: w.kall.id }),
    ];
    const roundTable = seedRoundTable(t, 'Runder Tisch Zülpich', '2024-11-05', [w.zuelpich.id]);
    const sources = [...cases.map((c) => ({ reconstructionId: c.id })), { roundTableId: roundTable }];
    for (const [i, source] of sources.entries()) {
      const f = await t.api.send('findings.create', { ...source, kind: 'ACCESS_BARRIER', description: `Besichtigungen scheitern ohne Begleitung (${i + 1}).` });
      linkToTheme(t, f.id, themeId);
    }
    const before = evidence(themeId);
    expect(before).toEqual({ cases: 3, municipalities: 2, findings: 4 });
    const findingsBefore = await t.api.send('findings.list', { themeId });

    await t.api.send('retention.purge', { ids: (await t.api.send('retention.due')).reconstructions.map((r) => r.id) });

    expect(readRows(t.dataDir, 'SELECT count(*) AS n FROM case_reconstructions WHERE purged_at IS NOT NULL')).toEqual([{ n: 2 }]);
    expect(evidence(themeId)).toEqual(before);
    const findingsAfter = await t.api.send('findings.list', { themeId });
    expect(findingsAfter.map((f) => [f.id, f.description, f.themeId, f.source?.type, f.source?.date]))
      .toEqual(findingsBefore.map((f) => [f.id, f.description, f.themeId, f.source?.type, f.source?.date]));
  });
});

describe('no trace of purged text', () => {
  const FIRST = 'Erste Fassung: Begleitung durch die Nachbarschaftshilfe Blankenheimerdorf scheiterte an Kapazitäten.';
  const SECOND = 'Zweite Fassung: Nachbarschaftshilfe Blankenheimerdorf hatte keine Kapazitäten für Wohnungsbesichtigungen.';
  const JUSTIFICATION = 'Der Ortsteil ist nötig, weil nur dort die Nachbarschaftshilfe Blankenheimerdorf tätig ist.';
  const CODE = 'QZX-23-987';
  const ROLE = 'Fallvorstellung Quartiersbüro Wolkenkuckucksheim';
  const TRACES = [FIRST, SECOND, JUSTIFICATION, CODE, ROLE, 'Blankenheimerdorf', 'Wolkenkuckucksheim'];

  /** Every value of every table, audit log included, as one text. */
  function everything(): string {
    const tables = readRows<{ name: string }>(t.dataDir, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    return tables.map(({ name }) => JSON.stringify(readRows(t.dataDir, `SELECT * FROM "${name}"`))).join('\n');
  }

  function fileBytes(): Buffer {
    const base = join(t.dataDir, DATABASE_FILE);
    return Buffer.concat([base, `${base}-wal`].filter(existsSync).map((f) => readFileSync(f)));
  }

  it('is left in no table, not in the audit log and not in the database files', async () => {
    const input = reconstructionInput(w, {
      heldOn: '2023-03-01', caseCode: CODE, summary: FIRST, privacyJustification: JUSTIFICATION,
      participants: [{ organisationId: w.drk.id, role: ROLE }, { organisationId: w.team.id, role: 'Moderation' }],
    });
    const { reconstruction: r } = await t.api.send('reconstructions.create', input);
    await t.api.send('reconstructions.update', { id: r.id, ...input, summary: SECOND });
    const other = await reconstruction('2024-09-01', { summary: 'Ein anderer Fall bleibt unberührt.' });
    for (const trace of TRACES) {
      expect(everything(), trace).toContain(trace);
      expect(fileBytes().includes(Buffer.from(trace, 'utf8')), trace).toBe(true);
    }

    await t.api.send('retention.purge', { ids: [r.id] });

    const stored = everything();
    const bytes = fileBytes();
    for (const trace of TRACES) {
      expect(stored, trace).not.toContain(trace);
      expect(bytes.includes(Buffer.from(trace, 'utf8')), `${trace} is still in the database file`).toBe(false);
    }
    expect(stored).toContain('Ein anderer Fall bleibt unberührt.');
    const trail = readRows<{ action: string }>(t.dataDir, 'SELECT action FROM audit_log WHERE entity_id = ? ORDER BY seq', r.id);
    expect(trail.map((row) => row.action)).toEqual(['CREATE', 'UPDATE', 'PURGE']);
    expect((await t.api.send('reconstructions.get', { id: other.id })).reconstruction.summary).toBe('Ein anderer Fall bleibt unberührt.');
  });
});
