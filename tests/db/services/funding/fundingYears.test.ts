import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { testCore, type TestCore } from '../../../helpers/core';
import { auditEntries, inspectDatabase } from '../../../helpers/database';
import type { InputOf } from '../../../../db/api/contract';

let t: TestCore;
let db: Database.Database;
beforeEach(async () => { t = await testCore({ now: '2025-06-15T10:00:00Z' }); db = inspectDatabase(t); });
afterEach(() => { db.close(); t.dispose(); });

const year = (y: number, extra: Partial<InputOf<'fundingYears.create'>> = {}): InputOf<'fundingYears.create'> => ({
  year: y, guidelineVersion: 'RdErl. MKJFGFI vom 12.12.2024', grantNoticeDate: `${y}-02-04`, grantNoticeRef: `36.08.02-KIM-EU/${y}`, ...extra,
});

const euros = (rates: Array<{ budgetLine: string; amountCents: number }>) =>
  Object.fromEntries(rates.map((r) => [r.budgetLine, r.amountCents / 100]));

describe('funding years', () => {
  it('start with the guideline rates when there is no earlier year, in one transaction with audit rows', async () => {
    const fy = await t.api.send('fundingYears.create', year(2025));
    expect(fy).toMatchObject({ year: 2025, grantNoticeRef: '36.08.02-KIM-EU/2025', notes: null });

    const rates = await t.api.send('fundingRates.list', { fundingYearId: fy.id });
    expect(euros(rates)).toEqual({
      B1_COORDINATION_STAFF: 57_000, B1_ADMIN_ASSISTANT: 22_500, B1_MATERIAL_COORDINATION: 5_700, B1_MATERIAL_ASSISTANT: 2_850,
      B1_EVENTS: 5_000, B1_INTERFACE_MEASURES: 10_000, B2_CASE_MANAGEMENT: 57_000, B3_IMMIGRATION_AUTHORITY: 50_000,
    });
    expect(rates.find((r) => r.budgetLine === 'B1_ADMIN_ASSISTANT')).toMatchObject({
      unit: 'PER_HALF_POST', unitLabel: 'je halbe Stelle (0,5 VZÄ) und Jahr', budgetLineLabel: 'Verwaltungsassistenz (B1)',
    });
    expect(auditEntries(db).map((a) => `${a.entity} ${a.action}`)).toEqual([
      'funding_years CREATE', ...Array(8).fill('funding_rates CREATE'),
    ]);
  });

  it('copy the rates of the nearest earlier year, with the office\'s edits', async () => {
    const y2024 = await t.api.send('fundingYears.create', year(2024));
    const [staff] = await t.api.send('fundingRates.list', { fundingYearId: y2024.id });
    await t.api.send('fundingRates.update', { id: staff.id, amountCents: 5_850_000 });
    await t.api.send('fundingYears.create', year(2022));

    const y2026 = await t.api.send('fundingYears.create', year(2026));
    const rates = euros(await t.api.send('fundingRates.list', { fundingYearId: y2026.id }));
    expect(rates.B1_COORDINATION_STAFF).toBe(58_500);
    expect(rates.B2_CASE_MANAGEMENT).toBe(57_000);
  });

  it('set the Sachbericht deadline to 30 June of the following year unless one is given', async () => {
    expect((await t.api.send('fundingYears.create', year(2025))).reportDeadline).toBe('2026-06-30');
    expect((await t.api.send('fundingYears.create', year(2024, { reportDeadline: '2025-05-31' }))).reportDeadline).toBe('2025-05-31');
    const error = await t.api.send('fundingYears.create', year(2023, { reportDeadline: '2022-12-31' })).catch((e) => e);
    expect(error.issues).toEqual([{ field: 'reportDeadline', message: 'Frist für den Sachbericht: Darf nicht vor Beginn des Förderjahres 2023 liegen.' }]);
  });

  it('refuse a year twice, naming the field', async () => {
    await t.api.send('fundingYears.create', year(2025));
    await expect(t.api.send('fundingYears.create', year(2025))).rejects.toMatchObject({
      code: 'CONFLICT', message: 'Förderjahr: Dieser Wert ist bereits vergeben.',
    });
  });

  it('refuse to move a year away from its expenses', async () => {
    const fy = await t.api.send('fundingYears.create', year(2025));
    await t.api.send('expenses.create', { fundingYearId: fy.id, budgetLine: 'B1_EVENTS', spentOn: '2025-03-21', amountCents: 72_000 });
    const error = await t.api.send('fundingYears.update', { id: fy.id, ...year(2026) }).catch((e) => e);
    expect(error.issues).toEqual([{ field: 'year', message: 'Förderjahr: Eine Ausgabe liegt nicht im Jahr 2026; bitte zuerst die Ausgaben berichtigen.' }]);
    const updated = await t.api.send('fundingYears.update', { id: fy.id, ...year(2025), notes: 'Bescheid geändert' });
    expect(updated).toMatchObject({ year: 2025, notes: 'Bescheid geändert', reportDeadline: null });
  });

  it('cannot be deleted while expenses are booked; otherwise go with their rates and plan, in the audit log', async () => {
    const fy = await t.api.send('fundingYears.create', year(2025));
    const expense = await t.api.send('expenses.create', { fundingYearId: fy.id, budgetLine: 'B1_EVENTS', spentOn: '2025-03-21', amountCents: 72_000 });
    await t.api.send('funding.setPlanOverride', { fundingYearId: fy.id, budgetLine: 'B1_EVENTS', plannedCents: 400_000, note: 'laut Bescheid' });
    await expect(t.api.send('fundingYears.delete', { id: fy.id })).rejects.toMatchObject({
      code: 'REFERENCED', message: 'Förderjahr „2025“ kann nicht gelöscht werden, weil noch darauf verwiesen wird: 1 Ausgabe.',
    });

    await t.api.send('expenses.delete', { id: expense.id });
    await t.api.send('fundingYears.delete', { id: fy.id });
    expect(await t.api.send('fundingYears.list')).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM funding_rates').pluck().get()).toBe(0);
    const deleted = auditEntries(db).filter((a) => a.action === 'DELETE').map((a) => a.entity);
    expect(deleted).toEqual(['expenses', 'funding_years', ...Array(8).fill('funding_rates'), 'budget_plans']);
  });

  it('list with the effective planned total and what was spent', async () => {
    const fy = await t.api.send('fundingYears.create', year(2025));
    await t.api.send('expenses.create', { fundingYearId: fy.id, budgetLine: 'B1_EVENTS', spentOn: '2025-03-21', amountCents: 72_000 });
    const [row] = await t.api.send('fundingYears.list');
    // No posts yet: only the capped lines are planned (5.000 € events + 10.000 € interface measures).
    expect(row).toMatchObject({ year: 2025, plannedCents: 1_500_000, spentCents: 72_000, expenseCount: 1 });
  });

  it('keep rates editable per year and refuse a negative rate in German', async () => {
    const fy = await t.api.send('fundingYears.create', year(2025));
    const rates = await t.api.send('fundingRates.list', { fundingYearId: fy.id });
    const events = rates.find((r) => r.budgetLine === 'B1_EVENTS')!;
    expect(await t.api.send('fundingRates.update', { id: events.id, amountCents: 600_000 })).toMatchObject({ amountCents: 600_000, unit: 'CAP_PER_YEAR' });
    await expect(t.api.send('fundingRates.update', { id: events.id, amountCents: -1 })).rejects.toMatchObject({
      code: 'VALIDATION', message: 'Fördersatz: Mindestens 0.',
    });
    await expect(t.api.send('fundingRates.list', { fundingYearId: 'unbekannt' })).rejects.toMatchObject({
      code: 'NOT_FOUND', message: 'Förderjahr wurde nicht gefunden.',
    });
  });
});
