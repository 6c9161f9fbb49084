import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { steeringGroup } from '../meetings/fixture';

let t: TestCore;
let lg: { id: string };
beforeEach(async () => {
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  lg = await steeringGroup(t);
});
afterEach(() => t.dispose());

describe('Geschäftsordnung', () => {
  it('fills in the usual rules when a version is recorded with only its name', async () => {
    const rules = await t.api.send('rules.create', { committeeId: lg.id, version: '1.0', adoptedOn: '2022-11-29' });
    expect(rules).toMatchObject({
      version: '1.0', adoptedOn: '2022-11-29', quorumRule: 'MORE_THAN_HALF', deputiesCount: true, noticePeriodDays: 14,
      decisionMode: 'CONSENSUS', meetingsPerYear: null,
    });
  });

  it('applies the version in force on a day: defaults before adoption, the old version until the new one takes effect', async () => {
    await t.api.send('rules.create', { committeeId: lg.id, version: '2022', adoptedOn: '2022-11-29', noticePeriodDays: 21, meetingsPerYear: 2 });
    await t.api.send('rules.create', {
      committeeId: lg.id, version: '2025', adoptedOn: '2024-11-18', validFrom: '2025-01-01', noticePeriodDays: 9,
      quorumRule: 'AT_LEAST_HALF', deputiesCount: false, decisionMode: 'MAJORITY',
    });
    const on = (date: string) => t.api.send('rules.current', { committeeId: lg.id, on: date });

    expect(await on('2022-11-28')).toMatchObject({ isDefault: true, noticePeriodDays: 14 });
    expect(await on('2022-11-29')).toMatchObject({ isDefault: false, version: '2022', noticePeriodDays: 21, meetingsPerYear: 2 });
    expect(await on('2024-12-31')).toMatchObject({ version: '2022' });
    expect(await on('2025-01-01')).toMatchObject({
      version: '2025', noticePeriodDays: 9, quorumRule: 'AT_LEAST_HALF', deputiesCount: false, decisionMode: 'MAJORITY',
    });
    // Without a date: today by the clock (15.06.2025).
    expect(await t.api.send('rules.current', { committeeId: lg.id })).toMatchObject({ version: '2025' });
  });

  it('falls back to the defaults once the only version has expired', async () => {
    await t.api.send('rules.create', { committeeId: lg.id, version: 'Übergangsregelung', validFrom: '2023-01-01', validTo: '2023-12-31', noticePeriodDays: 7 });
    expect(await t.api.send('rules.current', { committeeId: lg.id, on: '2023-12-31' })).toMatchObject({ version: 'Übergangsregelung', noticePeriodDays: 7 });
    expect(await t.api.send('rules.current', { committeeId: lg.id, on: '2024-01-01' })).toMatchObject({ isDefault: true, noticePeriodDays: 14 });
  });

  it('lists versions newest first and shows the current one in the committee', async () => {
    await t.api.send('rules.create', { committeeId: lg.id, version: 'alt', adoptedOn: '2022-11-29' });
    const current = await t.api.send('rules.create', { committeeId: lg.id, version: 'neu', adoptedOn: '2024-11-18', deputiesCount: false });
    expect((await t.api.send('rules.list', { committeeId: lg.id })).map((r) => r.version)).toEqual(['neu', 'alt']);
    expect((await t.api.send('committees.get', { id: lg.id })).rules).toMatchObject({ id: current.id, deputiesCount: false, isDefault: false });
  });

  it('refuses a negative notice period and an end before the start in German', async () => {
    const negative = await t.api.send('rules.create', { committeeId: lg.id, version: '1', noticePeriodDays: -1 }).catch((e) => e);
    expect(negative.issues).toEqual([{ field: 'noticePeriodDays', message: 'Ladungsfrist (Tage): Mindestens 0.' }]);
    const backwards = await t.api.send('rules.create', { committeeId: lg.id, version: '1', validFrom: '2025-01-01', validTo: '2024-12-31' })
      .catch((e) => e);
    expect(backwards.issues).toEqual([{ field: 'validTo', message: 'Gültig bis: Darf nicht vor „Gültig ab“ (01.01.2025) liegen.' }]);
  });

  it('updates and deletes a version', async () => {
    const rules = await t.api.send('rules.create', { committeeId: lg.id, version: '1', adoptedOn: '2022-11-29' });
    const updated = await t.api.send('rules.update', { id: rules.id, version: '1.1', adoptedOn: '2022-11-29', noticePeriodDays: 10 });
    expect(updated).toMatchObject({ version: '1.1', noticePeriodDays: 10, committeeId: lg.id });
    await t.api.send('rules.delete', { id: rules.id });
    expect(await t.api.send('rules.list', { committeeId: lg.id })).toEqual([]);
  });
});
