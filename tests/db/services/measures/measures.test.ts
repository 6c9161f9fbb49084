import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { auditEntries, fingerprint, inspectDatabase } from '../../../helpers/database';
import type { SeededMeeting } from '../../../helpers/seedMeeting';
import { organisation, rows, workingGroup, withDb } from '../meetings/fixture';
import { consensus, heldSteeringMeeting, refusal } from '../themes/fixture';

const NBSP = '\u00a0';
let t: TestCore;
let s: SeededMeeting;
let themeId: string;
let ip: string;
let team: string;
beforeEach(async () => {
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  s = await heldSteeringMeeting(t, '2025-06-12T14:00');
  themeId = (await t.api.send('themes.create', { title: 'Anerkennung ausländischer Abschlüsse', fieldOfAction: 'WORK_TRAINING', findingIds: [] })).id;
  ip = organisation(t, 'Integration Point Euskirchen');
  team = organisation(t, 'Team 49.1 Kommunales Integrationszentrum');
});
afterEach(() => t.dispose());

const measure = (extra: Record<string, unknown> = {}) => ({
  themeId, title: 'Infoabende zur Anerkennung', targetAgreement: '2026 zwei Infoabende mit mindestens 40 Teilnehmenden.',
  indicators: 'Abende; Teilnehmende', responsibleOrganisationIds: [ip, team], startDate: '2025-09-01', endDate: '2026-06-30',
  budgetLine: 'B1_EVENTS' as const, budgets: [{ year: 2025, amountCents: 80_000 }, { year: 2026, amountCents: 120_000 }], ...extra,
});

describe('a measure', () => {
  it('is created with target agreement, responsible organisations and budgets per year, all audited', async () => {
    const { measure: m, warnings } = await t.api.send('measures.create', measure());
    expect(warnings).toEqual([]);
    expect(m).toMatchObject({
      status: 'PROPOSED', statusLabel: 'vorgeschlagen', themeTitle: 'Anerkennung ausländischer Abschlüsse', totalBudgetCents: 200_000,
      budgets: [{ year: 2025, amountCents: 80_000 }, { year: 2026, amountCents: 120_000 }],
      responsibleOrganisationNames: ['Integration Point Euskirchen', 'Team 49.1 Kommunales Integrationszentrum'],
      approvedByDecisionId: null, nextStatuses: ['CANCELLED'],
    });
    const db = inspectDatabase(t);
    expect(auditEntries(db, 'measure_budgets').map((e) => e.entityId)).toEqual([`${m.id}:2025`, `${m.id}:2026`]);
    expect(auditEntries(db, 'measure_organisations')).toHaveLength(2);
    db.close();
  });

  it('replaces budgets and organisations on update, auditing only what changed', async () => {
    const { measure: m } = await t.api.send('measures.create', measure());
    await t.api.send('measures.update', { id: m.id, ...measure({ responsibleOrganisationIds: [ip], budgets: [{ year: 2025, amountCents: 80_000 }, { year: 2026, amountCents: 150_000 }] }) });
    const db = inspectDatabase(t);
    expect(auditEntries(db, 'measure_budgets').slice(2).map((e) => [e.action, e.entityId])).toEqual([['DELETE', `${m.id}:2026`], ['CREATE', `${m.id}:2026`]]);
    expect(auditEntries(db, 'measure_organisations').slice(2).map((e) => [e.action, e.entityId])).toEqual([['DELETE', `${m.id}:${team}`]]);
    db.close();
  });

  it('refuses inconsistent input, naming the field, and writes nothing', async () => {
    const steering = s.committeeId;
    const db = inspectDatabase(t);
    const before = fingerprint(db);
    const issue = async (extra: Record<string, unknown>) => (await refusal(t.api.send('measures.create', measure(extra)))).issues[0];
    expect(await issue({ endDate: '2025-08-31' })).toEqual({ field: 'endDate', message: 'Ende: Darf nicht vor „Beginn“ (01.09.2025) liegen.' });
    expect(await issue({ budgets: [{ year: 2025, amountCents: 1 }, { year: 2025, amountCents: 2 }] }))
      .toEqual({ field: 'budgets.1.year', message: 'Budget je Jahr: Das Jahr 2025 ist doppelt angegeben.' });
    expect(await issue({ budgetLine: null })).toEqual({ field: 'budgetLine', message: 'Budgetlinie: Bitte angeben, aus welcher Budgetlinie das Budget stammt.' });
    expect(await issue({ committeeId: steering }))
      .toEqual({ field: 'committeeId', message: 'Gruppe: „Lenkungsgruppe KI/KIM“ beschließt Maßnahmen; bitte die Gruppe wählen, die sie erarbeitet.' });
    expect(await issue({ responsibleOrganisationIds: [ip, ip] }))
      .toEqual({ field: 'responsibleOrganisationIds.1', message: 'Verantwortliche Organisationen: Eine Organisation ist doppelt angegeben.' });
    expect(fingerprint(db)).toEqual(before);
    db.close();
  });
});

describe('the measure lifecycle', () => {
  it('leaves approval to the Lenkungsgruppe, then runs to evaluation with a result', async () => {
    const { measure: m } = await t.api.send('measures.create', measure());
    const update = (status: string, extra: Record<string, unknown> = {}) => t.api.send('measures.update', { id: m.id, ...measure({ status, ...extra }) });
    expect((await refusal(update('APPROVED'))).issues[0].message)
      .toBe('Status: Beschlossen wird eine Maßnahme durch einen Beschluss der Lenkungsgruppe (Wirkung „Maßnahmen“ beim Beschluss).');
    expect((await refusal(update('IN_IMPLEMENTATION'))).issues[0].message).toMatch(/^Status: Von „vorgeschlagen“ kann die Maßnahme nicht zu „in Umsetzung“ wechseln\. Möglich ist: „abgebrochen“\./);

    const decision = await t.api.send('decisions.create', { ...consensus(s.itemIds[1], 'APPROVE_MEASURE', 'Zustimmung zu den Infoabenden'), effects: { approveMeasureIds: [m.id] } });
    await update('IN_IMPLEMENTATION');
    await update('COMPLETED');
    expect((await refusal(update('EVALUATED'))).issues).toEqual([{ field: 'result', message: 'Ergebnis: Bitte angeben, bevor die Maßnahme als ausgewertet gilt.' }]);
    const { measure: done } = await update('EVALUATED', { result: 'Zwei Abende mit 52 Teilnehmenden.' });
    expect(done).toMatchObject({ status: 'EVALUATED', approvedByDecisionId: decision.id, approvedByDecisionNumber: 'LG 2025/01', approvedOn: '2025-06-12' });
  });

  it('lets a measure outside the chain start as it stands, but a theme’s measure starts as proposed', async () => {
    const free = await t.api.send('measures.create', { title: 'Übersetzungsgerät für die ABH-Beratung', status: 'IN_IMPLEMENTATION' });
    expect(free.measure.status).toBe('IN_IMPLEMENTATION');
    expect((await refusal(t.api.send('measures.create', measure({ status: 'COMPLETED' })))).issues[0])
      .toEqual({ field: 'status', message: 'Status: Eine Maßnahme zu einem Thema beginnt als „vorgeschlagen“ und wird von der Lenkungsgruppe beschlossen.' });
    const proposed = await t.api.send('measures.create', { title: 'Kuscheltierprojekt' });
    expect(proposed.measure.nextStatuses).toEqual(['IN_IMPLEMENTATION', 'CANCELLED']);
  });

  it('refuses to delete an approved measure and deletes a proposed one with its budgets', async () => {
    const { measure: approved } = await t.api.send('measures.create', measure());
    const { measure: proposed } = await t.api.send('measures.create', measure({ title: 'Zweiter Vorschlag' }));
    await t.api.send('decisions.create', { ...consensus(s.itemIds[1], 'APPROVE_MEASURE', 'Zustimmung'), effects: { approveMeasureIds: [approved.id] } });
    expect(await refusal(t.api.send('measures.delete', { id: approved.id }))).toMatchObject({
      code: 'CONFLICT',
      message: 'Die Maßnahme „Infoabende zur Anerkennung“ wurde mit Beschluss LG 2025/01 beschlossen und kann nicht gelöscht werden. Bitte stattdessen den Status „abgebrochen“ setzen.',
    });
    await t.api.send('measures.delete', { id: proposed.id });
    expect(rows(t, 'SELECT count(*) AS n FROM measure_budgets WHERE measure_id = ?', proposed.id)).toEqual([{ n: 0 }]);
  });
});

describe('budget caps per year', () => {
  const interfaceMeasure = (title: string, euros: number, extra: Record<string, unknown> = {}) => ({
    title, budgetLine: 'B1_INTERFACE_MEASURES' as const, budgets: [{ year: 2025, amountCents: euros * 100 }], ...extra,
  });

  it('warns, without refusing, when all measures of a line together exceed 10.000 € in a year', async () => {
    expect((await t.api.send('measures.create', interfaceMeasure('Integreat-Kachel „Wohnen“', 6_000))).warnings).toEqual([]);
    expect((await t.api.send('measures.create', interfaceMeasure('Leitfaden Wohnungssuche', 4_000))).warnings).toEqual([]);
    const over = await t.api.send('measures.create', interfaceMeasure('Vermieterfrühstück', 1_200));
    expect(over.warnings).toEqual([`Schnittstellenmaßnahmen (B1) 2025: Alle Maßnahmen zusammen planen 11.200,00${NBSP}€; die Obergrenze liegt bei `
      + `10.000,00${NBSP}€ im Jahr (1.200,00${NBSP}€ darüber). Bitte die Finanzierung prüfen.`]);
    expect(over.measure.id).toBeTruthy();
    expect((await t.api.send('measures.get', { id: over.measure.id })).budgetWarnings).toEqual(over.warnings);
  });

  it('does not count cancelled measures, and takes the cap of the year’s funding rates when recorded', async () => {
    const { measure: big } = await t.api.send('measures.create', interfaceMeasure('Großes Vorhaben', 9_000));
    const small = await t.api.send('measures.create', interfaceMeasure('Kleines Vorhaben', 2_000));
    expect(small.warnings).toHaveLength(1);
    expect((await t.api.send('measures.update', { id: big.id, ...interfaceMeasure('Großes Vorhaben', 9_000, { status: 'CANCELLED' }) })).warnings).toEqual([]);
    expect((await t.api.send('measures.get', { id: small.measure.id })).budgetWarnings).toEqual([]);

    withDb(t, (db) => {
      db.prepare("INSERT INTO funding_years (id, year, created_at, updated_at) VALUES ('fy2026', 2026, 'x', 'x')").run();
      db.prepare("INSERT INTO funding_rates (id, funding_year_id, budget_line, amount_cents, unit) VALUES ('r1', 'fy2026', 'B1_EVENTS', 400000, 'CAP_PER_YEAR')").run();
    });
    const events = await t.api.send('measures.create', { title: 'Infoabende', budgetLine: 'B1_EVENTS', budgets: [{ year: 2025, amountCents: 450_000 }, { year: 2026, amountCents: 450_000 }] });
    expect(events.warnings).toEqual([`Veranstaltungsformate (B1) 2026: Alle Maßnahmen zusammen planen 4.500,00${NBSP}€; die Obergrenze liegt bei `
      + `4.000,00${NBSP}€ im Jahr (500,00${NBSP}€ darüber). Bitte die Finanzierung prüfen.`]);
  });
});

describe('the measure register', () => {
  it('filters by theme, group, status and year, and flags measures past their end without a result', async () => {
    const group = await workingGroup(t, 'AG Anerkennung');
    await t.api.send('measures.create', measure({ committeeId: group.id }));
    await t.api.send('measures.create', { title: 'Übersetzungsgerät', status: 'IN_IMPLEMENTATION', startDate: '2023-06-01', endDate: '2023-09-30' });
    await t.api.send('measures.create', { title: 'Budget ohne Laufzeit', budgetLine: 'OTHER', budgets: [{ year: 2024, amountCents: 100 }] });
    const titles = async (filter: Record<string, unknown>) => (await t.api.send('measures.list', filter)).map((m) => m.title);
    expect(await titles({ themeId })).toEqual(['Infoabende zur Anerkennung']);
    expect(await titles({ committeeId: group.id })).toEqual(['Infoabende zur Anerkennung']);
    expect(await titles({ status: 'IN_IMPLEMENTATION' })).toEqual(['Übersetzungsgerät']);
    expect(await titles({ year: 2023 })).toEqual(['Übersetzungsgerät']);
    expect(await titles({ year: 2024 })).toEqual(['Budget ohne Laufzeit']);
    const year2026 = await t.api.send('measures.list', { year: 2026 });
    expect(year2026.map((m) => [m.title, m.yearBudgetCents, m.committeeName])).toEqual([['Infoabende zur Anerkennung', 120_000, 'AG Anerkennung']]);
    expect((await t.api.send('measures.list')).filter((m) => m.resultOverdue).map((m) => m.title)).toEqual(['Übersetzungsgerät']);
  });
});
