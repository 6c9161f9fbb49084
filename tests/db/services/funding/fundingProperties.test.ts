import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { methods } from '../../../../db/api/methods';
import type { MethodDef } from '../../../../db/api/define';
import { ApiError } from '../../../../db/api/errors';
import { testCore, type TestCore } from '../../../helpers/core';
import { fingerprint, inspectDatabase } from '../../../helpers/database';
import { idsForField, inputFor, type KnownIds } from '../../../helpers/arbitraries';

/**
 * The shared property test (tests/db/api/writeProperties.test.ts) seeds master data only, so funding methods mostly
 * meet unknown ids there. Here a funding year, its rates, an event, an expense and CM figures exist, so random input
 * reaches the date, cap, overlap and plausibility rules: every call succeeds or is refused in German, writing nothing.
 */

const REGISTRY = methods as unknown as Record<string, MethodDef<z.ZodType>>;
const OWN = ['fundingYears', 'fundingRates', 'funding', 'expenses', 'events', 'cmFigures'];
const WRITES = Object.keys(REGISTRY).filter((n) => OWN.includes(n.split('.')[0]) && (REGISTRY[n].writes ?? []).length > 0).sort();
const TABLE: Record<string, string> = {
  fundingYears: 'funding_years', fundingRates: 'funding_rates', expenses: 'expenses', events: 'events', cmFigures: 'cm_aggregates',
};

let t: TestCore;
let db: Database.Database;
let known: KnownIds;

beforeAll(async () => {
  t = await testCore({ now: '2025-11-03T10:00:00Z' });
  db = inspectDatabase(t);
  const municipality = await t.api.send('municipalities.create', { name: 'Kall', status: 'GEMEINDE' });
  const provider = await t.api.send('organisations.create', { name: 'DRK Kreisverband Euskirchen', kind: 'WELFARE_PROVIDER' });
  const fy = await t.api.send('fundingYears.create', { year: 2025 });
  const rates = await t.api.send('fundingRates.list', { fundingYearId: fy.id });
  const event = await t.api.send('events.create', { heldOn: '2025-03-21', kind: 'EVENT', title: 'Fotowettbewerb', costCents: 72_000, budgetLine: 'B1_EVENTS' });
  const expense = await t.api.send('expenses.create', { fundingYearId: fy.id, budgetLine: 'B1_EVENTS', spentOn: '2025-03-21', amountCents: 72_000, eventId: event.id });
  const figure = await t.api.send('cmFigures.upsert', {
    periodStart: '2025-01-01', periodEnd: '2025-06-30', providerOrganisationId: provider.id, municipalityId: municipality.id,
    newCases: 3, activeCases: 7, closedCases: 2, contacts: 40, accompaniments: 5, referrals: 2,
  });
  known = {
    municipalities: [municipality.id], organisations: [provider.id], funding_years: [fy.id], funding_rates: rates.map((r) => r.id),
    events: [event.id], expenses: [expense.id], cm_aggregates: [figure.figure.id],
  };
});
afterAll(() => { db.close(); t.dispose(); });

async function expectSucceedsOrRefusesCleanly(name: string, input: unknown): Promise<void> {
  const before = fingerprint(db);
  const error = await t.core.call(name, input).then(() => undefined, (e: unknown) => e);
  if (error === undefined) return;
  expect(error, `${name} ${JSON.stringify(input)?.slice(0, 300)}`).toBeInstanceOf(ApiError);
  expect(['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'REFERENCED']).toContain((error as ApiError).code);
  expect(fingerprint(db)).toEqual(before);
}

describe('funding, events and CM figures under random input with records in place', () => {
  it.each(WRITES)('%s succeeds or refuses in German without writing anything', async (name) => {
    await fc.assert(
      fc.asyncProperty(inputFor(REGISTRY[name].input, idsForField(known, TABLE[name.split('.')[0]])), (input) => expectSucceedsOrRefusesCleanly(name, input)),
      { numRuns: 60 },
    );
  });

  it('never imports part of a CSV file built from good and broken cells', async () => {
    const header = 'Zeitraum von;Zeitraum bis;Träger;Kommune;Handlungsfeld;Neue Fälle;Aktive Fälle;Abgeschlossene Fälle;Kontakte;Begleitungen;Verweisberatungen;Durchschnittliche Dauer (Tage)';
    const cell = (good: string[], bad: string[]) => fc.oneof({ arbitrary: fc.constantFrom(...good), weight: 12 }, { arbitrary: fc.constantFrom(...bad, ''), weight: 1 });
    const count = cell(['0', '3', '12', '1.234'], ['-1', '2,5', 'x', '1.23', '9999999']);
    const row = fc.tuple(
      cell(['01.07.2025', '2025-07-01', '01.01.2024'], ['31.02.2025', '01.12.2025', '2025']),
      cell(['31.10.2025', '2025-09-30', '30.06.2024'], ['30.06.2025', '01.01.2026']),
      cell(['DRK Kreisverband Euskirchen', 'drk kreisverband euskirchen'], ['Caritas Nord', '"DRK']),
      cell(['Kall', 'kall', ''], ['Gemeinde Nirgendwo']),
      cell(['', 'Wohnen', 'HEALTH'], ['Astrologie']),
      count, count, cell(['0', '1', '2'], ['-2', '1,5']), count, count, count,
      cell(['', '180', '90,5'], ['-3', 'lang', '99999']),
    ).map((cells) => cells.join(';'));
    let imported = 0;
    let refused = 0;
    await fc.assert(fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 3 }), fc.boolean(), async (rows, replaceExisting) => {
      const before = fingerprint(db);
      const report = await t.api.send('cmFigures.importCsv', { csvText: `\uFEFF${[header, ...rows].join('\r\n')}`, dryRun: false, replaceExisting });
      if (!report.valid) {
        expect(report.errors.length).toBeGreaterThan(0);
        for (const e of report.errors) expect(e.message).toMatch(/^(Zeile \d+[,:]|Die Datei)/);
        expect(fingerprint(db)).toEqual(before);
        refused += 1;
      } else {
        imported += 1;
        expect(report.imported).toBe(true);
        expect(report.createCount + report.replaceCount).toBe(rows.length);
      }
    }), { numRuns: 80 });
    // Both outcomes must occur, or the property says nothing about one of them.
    expect(imported).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});
