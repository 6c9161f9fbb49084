import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { testCore, type TestCore } from '../../../helpers/core';
import { auditEntries, fingerprint, inspectDatabase } from '../../../helpers/database';
import type { InputOf } from '../../../../db/api/contract';

let t: TestCore;
let db: Database.Database;
let fundingYearId: string;
beforeEach(async () => {
  t = await testCore({ now: '2025-11-03T10:00:00Z' });
  db = inspectDatabase(t);
  fundingYearId = (await t.api.send('fundingYears.create', { year: 2025 })).id;
});
afterEach(() => { db.close(); t.dispose(); });

const expense = (extra: Partial<InputOf<'expenses.create'>> = {}): InputOf<'expenses.create'> => ({
  fundingYearId, budgetLine: 'B1_INTERFACE_MEASURES', spentOn: '2025-03-18', amountCents: 240_000, note: 'Übersetzung der Kachel „Wohnen“', ...extra,
});

describe('expenses', () => {
  it('are booked per line with date and note, listed by date, and linked to an event', async () => {
    const event = await t.api.send('events.create', {
      heldOn: '2025-03-21', kind: 'EVENT', title: 'Fotowettbewerb und Ausstellung', costCents: 72_000, budgetLine: 'B1_EVENTS',
    });
    const second = await t.api.send('expenses.create', expense({ spentOn: '2025-05-06', amountCents: 180_000, note: 'Druck Leitfaden Wohnungssuche' }));
    await t.api.send('expenses.create', expense());
    await t.api.send('expenses.create', expense({ budgetLine: 'B1_EVENTS', spentOn: '2025-03-21', amountCents: 72_000, note: null, eventId: event.id }));

    const all = await t.api.send('expenses.list', { fundingYearId });
    expect(all.map((e) => [e.spentOn, e.budgetLineLabel, e.amountCents, e.eventTitle])).toEqual([
      ['2025-03-18', 'Schnittstellenmaßnahmen (B1)', 240_000, null],
      ['2025-03-21', 'Veranstaltungsformate (B1)', 72_000, 'Fotowettbewerb und Ausstellung'],
      ['2025-05-06', 'Schnittstellenmaßnahmen (B1)', 180_000, null],
    ]);
    expect((await t.api.send('expenses.list', { fundingYearId, budgetLine: 'B1_INTERFACE_MEASURES' })).length).toBe(2);

    const corrected = await t.api.send('expenses.update', { id: second.id, ...expense({ spentOn: '2025-05-07', amountCents: 185_050, note: 'Druck Leitfaden (Rechnung berichtigt)' }) });
    expect(corrected).toMatchObject({ spentOn: '2025-05-07', amountCents: 185_050 });
    expect(auditEntries(db, 'expenses').map((a) => a.action)).toEqual(['CREATE', 'CREATE', 'CREATE', 'UPDATE']);
  });

  it('must fall within their funding year', async () => {
    const before = fingerprint(db);
    const error = await t.api.send('expenses.create', expense({ spentOn: '2024-12-30' })).catch((e) => e);
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([{ field: 'spentOn', message: 'Datum: Der 30.12.2024 liegt nicht im Förderjahr 2025 (01.01.2025–31.12.2025).' }]);
    expect(fingerprint(db)).toEqual(before);
  });

  it('must be more than zero cents, in whole cents', async () => {
    await expect(t.api.send('expenses.create', expense({ amountCents: 0 }))).rejects.toMatchObject({ message: 'Betrag: Muss größer als 0,00\u00a0€ sein.' });
    await expect(t.api.send('expenses.create', expense({ amountCents: -500 }))).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(t.api.send('expenses.create', expense({ amountCents: 12.5 }))).rejects.toMatchObject({ message: 'Betrag: Ganze Zahl erwartet.' });
  });

  it('name the field when the year or the event does not exist', async () => {
    await expect(t.api.send('expenses.create', expense({ fundingYearId: 'weg' }))).rejects.toMatchObject({
      issues: [{ field: 'fundingYearId', message: 'Förderjahr: Der gewählte Eintrag existiert nicht (mehr).' }],
    });
    await expect(t.api.send('expenses.create', expense({ eventId: 'weg' }))).rejects.toMatchObject({
      issues: [{ field: 'eventId', message: 'Veranstaltung: Der gewählte Eintrag existiert nicht (mehr).' }],
    });
  });
});

describe('funding.balance', () => {
  it('sets planned against spent per line, with difference and percentage used', async () => {
    await t.api.send('expenses.create', expense());
    await t.api.send('expenses.create', expense({ spentOn: '2025-05-06', amountCents: 180_000 }));
    const balance = await t.api.send('funding.balance', { fundingYearId });
    expect(balance.lines.map((l) => [l.budgetLine, l.plannedCents, l.spentCents, l.differenceCents, l.percentUsed])).toEqual([
      ['B1_EVENTS', 500_000, 0, 500_000, 0],
      ['B1_INTERFACE_MEASURES', 1_000_000, 420_000, 580_000, 42],
    ]);
    expect(balance.totals).toEqual({ plannedCents: 1_500_000, spentCents: 420_000, differenceCents: 1_080_000, percentUsed: 28 });
    expect(balance.warnings).toEqual([]);
  });

  it('warns when a line spends more than planned and more than its cap', async () => {
    await t.api.send('funding.setPlanOverride', { fundingYearId, budgetLine: 'B1_EVENTS', plannedCents: 300_000 });
    await t.api.send('expenses.create', expense({ budgetLine: 'B1_EVENTS', amountCents: 520_000 }));
    await t.api.send('expenses.create', expense({ budgetLine: 'OTHER', amountCents: 10_000, note: 'Porto' }));
    const balance = await t.api.send('funding.balance', { fundingYearId });
    expect(balance.lines.find((l) => l.budgetLine === 'B1_EVENTS')).toMatchObject({ differenceCents: -220_000, percentUsed: 173.3, capCents: 500_000 });
    expect(balance.lines.find((l) => l.budgetLine === 'OTHER')).toMatchObject({ plannedCents: 0, percentUsed: null });
    expect(balance.warnings).toEqual([
      'Veranstaltungsformate (B1): 5.200,00\u00a0€ ausgegeben, 2.200,00\u00a0€ mehr als geplant (3.000,00\u00a0€).',
      'Veranstaltungsformate (B1): Die Ausgaben von 5.200,00\u00a0€ überschreiten die Obergrenze von 5.000,00\u00a0€ um 200,00\u00a0€.',
      'Sonstiges: 100,00\u00a0€ ausgegeben, 100,00\u00a0€ mehr als geplant (0,00\u00a0€).',
    ]);
  });
});
