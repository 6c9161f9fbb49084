import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { auditEntries, fingerprint, inspectDatabase } from '../../../helpers/database';
import { rows } from '../meetings/fixture';
import { finding, municipality, reconstruction, refusal, roundTable } from './fixture';

let t: TestCore;
let kall: string;
let zuelpich: string;
let mechernich: string;
let caseA: string;
let caseB: string;
let table: string;
beforeEach(async () => {
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  kall = await municipality(t, 'Kall', '05366024');
  zuelpich = await municipality(t, 'Zülpich', '05366044');
  mechernich = await municipality(t, 'Mechernich', '05366028');
  caseA = reconstruction(t, { heldOn: '2025-01-10', municipalityId: kall });
  caseB = reconstruction(t, { heldOn: '2025-02-10', municipalityId: zuelpich, format: 'MINI' });
  table = roundTable(t, { heldOn: '2025-03-01', title: 'Runder Tisch Integration Kall', municipalityIds: [kall, mechernich] });
});
afterEach(() => t.dispose());

describe('a theme from findings', () => {
  it('is "gebündelt" from two findings and counts its evidence by case, municipality and source', async () => {
    const f = [
      finding(t, { reconstructionId: caseA, description: 'Jobcenter und Ausländerbehörde stimmen Termine nicht ab' }),
      finding(t, { reconstructionId: caseA, kind: 'GAP_IN_SERVICES', description: 'Keine Wohnungsberatung in Kall' }),
      finding(t, { reconstructionId: caseB, kind: 'ACCESS_BARRIER', description: 'Wohnberechtigungsschein nur auf Deutsch erklärt' }),
      finding(t, { roundTableId: table, kind: 'GAP_IN_SERVICES', description: 'Vermieter*innen fehlt eine Ansprechperson' }),
    ];
    const created = await t.api.send('themes.create', {
      title: 'Wohnen – Wohnungssuche nach der Unterkunft', description: 'Auszug aus kommunalen Unterkünften scheitert.', fieldOfAction: 'HOUSING',
      priority: 'HIGH', findingIds: [f[0], f[2]],
    });
    expect(created).toMatchObject({ status: 'CONSOLIDATED', statusLabel: 'gebündelt', fieldOfActionLabel: 'Wohnen' });
    expect(created.history).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'CONSOLIDATED', note: 'Angelegt aus 2 Erkenntnissen' })]);

    const theme = await t.api.send('themes.addFindings', { themeId: created.id, findingIds: [f[1], f[3]] });
    expect(theme.evidence).toEqual({
      findingCount: 4, caseCount: 2, roundTableCount: 1, municipalityCount: 3, municipalityNames: ['Kall', 'Mechernich', 'Zülpich'],
      sourceKinds: [
        { kind: 'RECONSTRUCTION_FULL', label: 'Fallrekonstruktion', count: 2 },
        { kind: 'RECONSTRUCTION_MINI', label: 'Mini-Fallrekonstruktion', count: 1 },
        { kind: 'ROUND_TABLE', label: 'Runder Tisch Integration', count: 1 },
      ],
    });
    expect(theme.findings.map((x) => [x.source.date, x.source.title, x.kindLabel])).toEqual([
      ['2025-01-10', 'Fallrekonstruktion vom 10.01.2025', 'Schnittstelle'],
      ['2025-01-10', 'Fallrekonstruktion vom 10.01.2025', 'Lücke im Angebot'],
      ['2025-02-10', 'Mini-Fallrekonstruktion vom 10.02.2025', 'Zugangsbarriere'],
      ['2025-03-01', 'Runder Tisch Integration Kall', 'Lücke im Angebot'],
    ]);
    const db = inspectDatabase(t);
    expect(auditEntries(db, 'findings').map((e) => e.after?.themeId)).toEqual([created.id, created.id, created.id, created.id]);
    db.close();
  });

  it('starts as "erkannt" with one finding and becomes "gebündelt" when a second is added', async () => {
    const theme = await t.api.send('themes.create', { title: 'Anerkennung', findingIds: [finding(t, { reconstructionId: caseA })] });
    expect(theme.status).toBe('IDENTIFIED');
    const bundled = await t.api.send('themes.addFindings', { themeId: theme.id, findingIds: [finding(t, { reconstructionId: caseB })] });
    expect(bundled.history.map((h) => [h.toStatus, h.note])).toEqual([['IDENTIFIED', 'Angelegt aus einer Erkenntnis'], ['CONSOLIDATED', 'Weitere Erkenntnisse zugeordnet']]);
  });

  it('keeps each finding with one theme and names the theme it already belongs to', async () => {
    const taken = finding(t, { reconstructionId: caseA, description: 'Jobcenter und Ausländerbehörde stimmen Termine nicht ab' });
    await t.api.send('themes.create', { title: 'Schnittstelle Jobcenter/ABH', findingIds: [taken] });
    const other = await t.api.send('themes.create', { title: 'Termine', findingIds: [] });
    const db = inspectDatabase(t);
    const before = fingerprint(db);
    for (const attempt of [
      t.api.send('themes.create', { title: 'Doppelt', findingIds: [taken] }),
      t.api.send('themes.addFindings', { themeId: other.id, findingIds: [finding(t, {}), taken] }),
    ]) {
      expect((await refusal(attempt)).issues[0].message).toBe('Erkenntnisse: „Jobcenter und Ausländerbehörde stimmen Termine nicht ab“ gehört bereits '
        + 'zum Thema „Schnittstelle Jobcenter/ABH“. Eine Erkenntnis gehört zu einem Thema; Themen lassen sich zusammenführen oder aufteilen.');
    }
    expect(fingerprint(db).themes).toEqual(before.themes);
    expect(rows(t, 'SELECT count(*) AS n FROM findings WHERE theme_id = ?', other.id)).toEqual([{ n: 0 }]);
    db.close();
  });

  it('gives a finding back to the unassigned evidence when it is removed', async () => {
    const [a, b] = [finding(t, { reconstructionId: caseA }), finding(t, { reconstructionId: caseB })];
    const theme = await t.api.send('themes.create', { title: 'Wohnen', findingIds: [a, b] });
    const after = await t.api.send('themes.removeFinding', { themeId: theme.id, findingId: b });
    expect(after.evidence).toMatchObject({ findingCount: 1, caseCount: 1, municipalityNames: ['Kall'] });
    expect(after.status).toBe('CONSOLIDATED');
    expect(rows(t, 'SELECT theme_id FROM findings WHERE id = ?', b)).toEqual([{ theme_id: null }]);
    expect((await refusal(t.api.send('themes.removeFinding', { themeId: theme.id, findingId: b }))).issues)
      .toEqual([{ field: 'findingId', message: 'Erkenntnis: Gehört nicht zum Thema „Wohnen“.' }]);
  });
});

describe('editing and deleting a theme', () => {
  it('replaces title, description, field of action and priority, and refuses an unknown field of action', async () => {
    const theme = await t.api.send('themes.create', { title: 'Wohnen', fieldOfAction: 'HOUSING', priority: 'LOW', findingIds: [] });
    const updated = await t.api.send('themes.update', { id: theme.id, title: 'Wohnen und Unterbringung', description: null, fieldOfAction: null, priority: 'HIGH' });
    expect(updated).toMatchObject({ title: 'Wohnen und Unterbringung', fieldOfAction: null, priority: 'HIGH', status: 'IDENTIFIED' });
    expect((await refusal(t.api.send('themes.update', { id: theme.id, title: 'Wohnen', fieldOfAction: 'MARS', priority: null }))).issues)
      .toEqual([{ field: 'fieldOfAction', message: 'Handlungsfeld: Der gewählte Eintrag existiert nicht (mehr).' }]);
  });

  it('deletes a theme without history and returns its findings to the unassigned evidence', async () => {
    const f = finding(t, { reconstructionId: caseA });
    const theme = await t.api.send('themes.create', { title: 'Irrtum', findingIds: [f] });
    await t.api.send('themes.delete', { id: theme.id });
    expect(rows(t, 'SELECT theme_id FROM findings WHERE id = ?', f)).toEqual([{ theme_id: null }]);
    expect(rows(t, 'SELECT count(*) AS n FROM theme_status_history')).toEqual([{ n: 0 }]);
    const db = inspectDatabase(t);
    expect(auditEntries(db, 'themes').map((e) => e.action)).toEqual(['CREATE', 'DELETE']);
    db.close();
  });

  it('refuses to delete a theme with measures', async () => {
    const theme = await t.api.send('themes.create', { title: 'Wohnen', findingIds: [] });
    await t.api.send('measures.create', { themeId: theme.id, title: 'Integreat-Kachel „Wohnen“' });
    expect(await refusal(t.api.send('themes.delete', { id: theme.id }))).toMatchObject({
      code: 'REFERENCED',
      message: 'Das Thema „Wohnen“ kann nicht gelöscht werden, weil es schon eine Geschichte hat: 1 Maßnahme. '
        + 'Bitte stattdessen abschließen oder mit einem anderen Thema zusammenführen.',
    });
  });
});

describe('the theme register', () => {
  it('filters by status, field of action, municipality and source, and shows the evidence counts', async () => {
    const housing = await t.api.send('themes.create', {
      title: 'Wohnen', fieldOfAction: 'HOUSING', findingIds: [finding(t, { reconstructionId: caseA }), finding(t, { reconstructionId: caseB })],
    });
    const health = await t.api.send('themes.create', { title: 'Traumatherapie', fieldOfAction: 'HEALTH', findingIds: [finding(t, { roundTableId: table })] });
    const empty = await t.api.send('themes.create', { title: 'Noch ohne Belege', findingIds: [] });
    const titles = async (filter: Record<string, string>) => (await t.api.send('themes.list', filter)).map((r) => r.title).sort();

    expect(await titles({})).toEqual(['Noch ohne Belege', 'Traumatherapie', 'Wohnen']);
    expect(await titles({ status: 'CONSOLIDATED' })).toEqual(['Wohnen']);
    expect(await titles({ fieldOfAction: 'HEALTH' })).toEqual(['Traumatherapie']);
    expect(await titles({ municipalityId: kall })).toEqual(['Traumatherapie', 'Wohnen']);
    expect(await titles({ municipalityId: mechernich })).toEqual(['Traumatherapie']);
    expect(await titles({ source: 'RECONSTRUCTION' })).toEqual(['Wohnen']);
    expect(await titles({ source: 'ROUND_TABLE' })).toEqual(['Traumatherapie']);

    const list = await t.api.send('themes.list');
    expect(list.find((r) => r.id === housing.id)).toMatchObject({
      findingCount: 2, caseCount: 2, municipalityCount: 2, sourceKinds: ['Fallrekonstruktion', 'Mini-Fallrekonstruktion'],
      fieldOfActionLabel: 'Wohnen', statusLabel: 'gebündelt', statusSince: '2025-06-15T10:00:00.000Z', daysInStatus: 0,
    });
    expect(list.find((r) => r.id === health.id)).toMatchObject({ findingCount: 1, caseCount: 0, municipalityCount: 2, sourceKinds: ['Runder Tisch Integration'] });
    expect(list.find((r) => r.id === empty.id)).toMatchObject({ findingCount: 0, caseCount: 0, municipalityCount: 0, sourceKinds: [] });
  });

  it('shows a board with one column per status in lifecycle order, merged themes left out', async () => {
    const a = await t.api.send('themes.create', { title: 'Wohnen', findingIds: [finding(t, {}), finding(t, {})] });
    const b = await t.api.send('themes.create', { title: 'Wohnungssuche', findingIds: [finding(t, {})] });
    await t.api.send('themes.create', { title: 'Sprachkurse', findingIds: [] });
    await t.api.send('themes.merge', { sourceThemeIds: [b.id], targetThemeId: a.id });
    const board = await t.api.send('themes.board');
    expect(board.map((c) => c.label)).toEqual([
      'erkannt', 'gebündelt', 'der Lenkungsgruppe vorgelegt', 'priorisiert', 'zurückgestellt', 'abgelehnt', 'beauftragt',
      'Maßnahmen vorgeschlagen', 'beschlossen', 'in Umsetzung', 'ausgewertet', 'abgeschlossen',
    ]);
    expect(board.map((c) => c.cards.map((x) => x.title))).toEqual([['Sprachkurse'], ['Wohnen'], [], [], [], [], [], [], [], [], [], []]);
    expect(board[1].cards[0].findingCount).toBe(3);
  });
});
