import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { testCore, type TestCore } from '../../../helpers/core';
import { auditEntries, fingerprint, inspectDatabase } from '../../../helpers/database';
import { entry, seedCmOffice, type CmOffice } from './fixture';

let t: TestCore;
let db: Database.Database;
let o: CmOffice;
beforeEach(async () => {
  t = await testCore({ now: '2025-11-03T10:00:00Z' });
  db = inspectDatabase(t);
  o = await seedCmOffice(t.api);
});
afterEach(() => { db.close(); t.dispose(); });

const refused = (input: Parameters<typeof entry>[2] & object, provider = () => o.caritasEifel) =>
  t.api.send('cmFigures.upsert', entry(provider(), o.mechernich, input)).then(() => { throw new Error('expected a refusal'); }, (e) => e);

describe('cmFigures.upsert: one grid cell per period × provider × municipality × field of action', () => {
  it('creates the cell, then replaces it when the same cell is saved again', async () => {
    const first = await t.api.send('cmFigures.upsert', entry(o.caritasEifel, o.mechernich));
    expect(first.created).toBe(true);
    expect(first.figure).toMatchObject({ newCases: 6, activeCases: 18, avgDurationDays: 182.5, fieldOfAction: null });

    const again = await t.api.send('cmFigures.upsert', entry(o.caritasEifel, o.mechernich, { contacts: 131 }));
    expect(again).toMatchObject({ created: false, figure: { id: first.figure.id, contacts: 131 } });
    const housing = await t.api.send('cmFigures.upsert', entry(o.caritasEifel, o.mechernich, { fieldOfAction: 'HOUSING', newCases: 2, activeCases: 5, closedCases: 1 }));
    expect(housing.created).toBe(true);

    const rows = await t.api.send('cmFigures.list', { municipalityId: o.mechernich });
    expect(rows.map((r) => [r.providerName, r.municipalityName, r.fieldOfActionLabel, r.contacts])).toEqual([
      ['Caritas Eifel', 'Mechernich', null, 131],
      ['Caritas Eifel', 'Mechernich', 'Wohnen', 126],
    ]);
    expect(auditEntries(db, 'cm_aggregates').map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'CREATE']);
  });

  it('refuses negative numbers and fractions of cases, naming the field', async () => {
    expect((await refused({ contacts: -4 })).issues).toEqual([{ field: 'contacts', message: 'Kontakte: Mindestens 0.' }]);
    expect((await refused({ newCases: 2.5 })).issues).toEqual([{ field: 'newCases', message: 'Neue Fälle: Ganze Zahl erwartet.' }]);
  });

  it('refuses a period that ends before it starts, crosses the turn of the year or starts in the future', async () => {
    expect((await refused({ periodStart: '2025-07-01', periodEnd: '2025-06-30' })).issues).toEqual([
      { field: 'periodEnd', message: 'Zeitraum bis: Liegt vor dem Beginn des Zeitraums (01.07.2025).' },
    ]);
    expect((await refused({ periodStart: '2024-07-01', periodEnd: '2025-06-30' })).issues[0]).toEqual({
      field: 'periodEnd',
      message: 'Zeitraum bis: Muss im selben Kalenderjahr wie der Beginn liegen; Zeiträume über den Jahreswechsel bitte je Jahr erfassen.',
    });
    expect((await refused({ periodStart: '2025-11-04', periodEnd: '2025-12-31' })).issues).toEqual([
      { field: 'periodStart', message: 'Zeitraum von: Liegt in der Zukunft (heute ist der 03.11.2025).' },
    ]);
  });

  it('refuses more closed cases than active and new together, and a duration without cases', async () => {
    expect((await refused({ newCases: 2, activeCases: 3, closedCases: 6 })).message)
      .toBe('Abgeschlossene Fälle: Mehr abgeschlossene Fälle (6) als aktive und neue Fälle zusammen (5).');
    expect((await refused({ newCases: 0, activeCases: 0, closedCases: 0, avgDurationDays: 90 })).message)
      .toBe('Durchschnittliche Dauer (Tage): Ohne Fälle kann es keine durchschnittliche Dauer geben.');
    const both = await refused({ periodStart: '2025-07-01', periodEnd: '2025-06-30', newCases: 0, activeCases: 0, closedCases: 1 });
    expect(both.issues.map((i: { field: string }) => i.field)).toEqual(['periodEnd', 'closedCases']);
  });

  it('refuses a period overlapping another of the same cell, which would be counted twice', async () => {
    await t.api.send('cmFigures.upsert', entry(o.caritasEifel, o.mechernich));
    const before = fingerprint(db);
    const error = await refused({ periodStart: '2025-04-01', periodEnd: '2025-09-30' });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('Zeitraum von: Der Zeitraum überschneidet sich mit dem bereits erfassten Zeitraum 01.01.2025–30.06.2025 '
      + 'für denselben Träger, dieselbe Kommune und dasselbe Handlungsfeld.');
    expect(fingerprint(db)).toEqual(before);
    // Another municipality or field of action is another cell.
    await expect(t.api.send('cmFigures.upsert', entry(o.caritasEifel, o.zuelpich, { periodStart: '2025-04-01', periodEnd: '2025-09-30' }))).resolves.toMatchObject({ created: true });
  });

  it('names the field when the provider or the field of action does not exist', async () => {
    expect((await refused({}, () => 'gibt-es-nicht')).issues).toEqual([{ field: 'providerOrganisationId', message: 'Träger: Der gewählte Eintrag existiert nicht (mehr).' }]);
    expect((await refused({ fieldOfAction: 'ASTROLOGY' })).issues).toEqual([{ field: 'fieldOfAction', message: 'Handlungsfeld: Der gewählte Eintrag existiert nicht (mehr).' }]);
  });

  it('lists by period, provider and municipality, filtered by a date range', async () => {
    await t.api.send('cmFigures.upsert', entry(o.drk, o.zuelpich));
    await t.api.send('cmFigures.upsert', entry(o.caritasEifel, o.mechernich, { periodStart: '2024-07-01', periodEnd: '2024-12-31' }));
    await t.api.send('cmFigures.upsert', entry(o.caritasEifel, o.mechernich));
    const all = await t.api.send('cmFigures.list');
    expect(all.map((r) => `${r.periodStart} ${r.providerName}`)).toEqual(['2024-07-01 Caritas Eifel', '2025-01-01 Caritas Eifel', '2025-01-01 DRK KV Euskirchen']);
    expect((await t.api.send('cmFigures.list', { periodStart: '2025-01-01', providerOrganisationId: o.drk })).length).toBe(1);
    expect((await t.api.send('cmFigures.list', { periodEnd: '2024-12-31' })).length).toBe(1);

    await t.api.send('cmFigures.delete', { id: all[0].id });
    expect((await t.api.send('cmFigures.list')).length).toBe(2);
  });
});
