import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { testCore, type TestCore } from '../../../helpers/core';
import { auditEntries, inspectDatabase } from '../../../helpers/database';
import type { InputOf } from '../../../../db/api/contract';

let t: TestCore;
let db: Database.Database;
beforeEach(async () => { t = await testCore(); db = inspectDatabase(t); });
afterEach(() => { db.close(); t.dispose(); });

const event = (extra: Partial<InputOf<'events.create'>> = {}): InputOf<'events.create'> => ({
  heldOn: '2025-04-29', kind: 'EVENT', title: 'Informationsabend Einbürgerung', audience: 'Zugewanderte, Beratende, Ehrenamt',
  participants: 75, costCents: 28_000, budgetLine: 'B1_EVENTS', ...extra,
});

describe('events', () => {
  it('are recorded with date, kind, title, audience, participants, cost and budget line, and listed per year by date', async () => {
    const created = await t.api.send('events.create', event());
    expect(created).toMatchObject({ heldOn: '2025-04-29', kind: 'EVENT', participants: 75, costCents: 28_000, budgetLine: 'B1_EVENTS', note: null });
    await t.api.send('events.create', event({ heldOn: '2025-02-25', kind: 'TRAINING', title: 'Interkulturelle Kompetenz, Modul 1', participants: 18, costCents: 70_000 }));
    await t.api.send('events.create', event({ heldOn: '2024-12-10', kind: 'PUBLIC_RELATIONS', title: 'KIM-Presseserie, Teil 1', participants: null, costCents: null, budgetLine: null }));

    const y2025 = await t.api.send('events.list', { year: 2025 });
    expect(y2025.map((e) => [e.heldOn, e.kindLabel, e.title, e.budgetLineLabel])).toEqual([
      ['2025-02-25', 'Fortbildung', 'Interkulturelle Kompetenz, Modul 1', 'Veranstaltungsformate (B1)'],
      ['2025-04-29', 'Veranstaltung', 'Informationsabend Einbürgerung', 'Veranstaltungsformate (B1)'],
    ]);
    expect((await t.api.send('events.list')).length).toBe(3);

    const updated = await t.api.send('events.update', { id: created.id, ...event({ participants: 81, note: 'Nachzählung' }) });
    expect(updated).toMatchObject({ participants: 81, note: 'Nachzählung' });
    await t.api.send('events.delete', { id: created.id });
    expect(auditEntries(db, 'events').map((a) => a.action)).toEqual(['CREATE', 'CREATE', 'CREATE', 'UPDATE', 'DELETE']);
  });

  it('need a budget line when they cost something', async () => {
    const error = await t.api.send('events.create', event({ budgetLine: null })).catch((e) => e);
    expect(error.issues).toEqual([{
      field: 'budgetLine', message: 'Budgetlinie: Bitte angeben, aus welcher Budgetlinie die Kosten stammen (sonst „Sonstiges“).',
    }]);
    await expect(t.api.send('events.create', event({ budgetLine: null, costCents: 0 }))).resolves.toMatchObject({ budgetLine: null });
  });

  it('refuse negative participants and an unknown kind in German', async () => {
    await expect(t.api.send('events.create', event({ participants: -3 }))).rejects.toMatchObject({ message: 'Teilnehmende: Mindestens 0.' });
    await expect(t.api.send('events.create', event({ kind: 'PARTY' as never }))).rejects.toMatchObject({ message: 'Art: Bitte einen gültigen Wert auswählen.' });
  });

  it('cannot be deleted while an expense is booked on them', async () => {
    const created = await t.api.send('events.create', event());
    const fy = await t.api.send('fundingYears.create', { year: 2025 });
    await t.api.send('expenses.create', { fundingYearId: fy.id, budgetLine: 'B1_EVENTS', spentOn: '2025-04-30', amountCents: 28_000, eventId: created.id });
    expect((await t.api.send('events.list', { year: 2025 }))[0].expensesCents).toBe(28_000);
    await expect(t.api.send('events.delete', { id: created.id })).rejects.toMatchObject({
      code: 'REFERENCED',
      message: 'Veranstaltung „Informationsabend Einbürgerung (29.04.2025)“ kann nicht gelöscht werden, weil noch darauf verwiesen wird: 1 Ausgabe.',
    });
  });
});

describe('events.summary', () => {
  it('counts events, participants and cost per kind and sets the events line against its cap', async () => {
    await t.api.send('events.create', event());
    await t.api.send('events.create', event({ heldOn: '2025-03-21', title: 'Fotowettbewerb', participants: 58, costCents: 72_000 }));
    await t.api.send('events.create', event({ heldOn: '2025-02-25', kind: 'TRAINING', title: 'IKÖ Modul 1', participants: 18, costCents: 70_000 }));
    await t.api.send('events.create', event({ heldOn: '2025-03-11', kind: 'PUBLIC_RELATIONS', title: 'Presseserie, Teil 3', participants: null, costCents: null, budgetLine: null }));
    await t.api.send('events.create', event({ heldOn: '2024-09-26', title: 'Fachtag 2024', costCents: 210_000 }));

    const summary = await t.api.send('events.summary', { year: 2025 });
    expect(summary.byKind).toEqual([
      { kind: 'EVENT', label: 'Veranstaltung', count: 2, participants: 133, withoutParticipants: 0, costCents: 100_000 },
      { kind: 'TRAINING', label: 'Fortbildung', count: 1, participants: 18, withoutParticipants: 0, costCents: 70_000 },
      { kind: 'PUBLIC_RELATIONS', label: 'Öffentlichkeitsarbeit', count: 1, participants: 0, withoutParticipants: 1, costCents: 0 },
    ]);
    expect(summary.total).toEqual({ count: 4, participants: 151, withoutParticipants: 1, costCents: 170_000 });
    // No funding year 2025 recorded: the guideline's cap of 5.000 € applies.
    expect(summary.eventsLine).toEqual({ capCents: 500_000, costCents: 170_000, remainingCents: 330_000 });
    expect(summary.warnings).toEqual([]);
  });

  it('warns when the events of a year cost more than the cap recorded for that year', async () => {
    const fy = await t.api.send('fundingYears.create', { year: 2025 });
    const cap = (await t.api.send('fundingRates.list', { fundingYearId: fy.id })).find((r) => r.budgetLine === 'B1_EVENTS')!;
    await t.api.send('fundingRates.update', { id: cap.id, amountCents: 100_000 });
    await t.api.send('events.create', event({ costCents: 120_000 }));
    expect((await t.api.send('events.summary', { year: 2025 })).warnings).toEqual([
      'Veranstaltungsformate (B1) 2025: Die Veranstaltungen kosten zusammen 1.200,00\u00a0€; die Obergrenze liegt bei 1.000,00\u00a0€.',
    ]);
  });
});
