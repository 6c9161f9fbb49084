import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';

let t: TestCore;
beforeEach(async () => { t = await testCore(); });
afterEach(() => t.dispose());

describe('first start', () => {
  it('starts unconfigured', async () => {
    expect(await t.api.send('setup.status')).toEqual({ configured: false, officeName: null, demoLoaded: false });
    await expect(t.api.send('settings.get')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('names the office and applies the default settings', async () => {
    await t.api.send('setup.initialize', { officeName: 'Kreis Euskirchen – Kommunales Integrationszentrum', demo: false });
    expect(await t.api.send('setup.status')).toMatchObject({ configured: true, officeName: 'Kreis Euskirchen – Kommunales Integrationszentrum' });
    expect(await t.api.send('settings.get')).toMatchObject({
      smallCountThreshold: 3, contactWarningMonths: 12, backupKeep: 10, reconstructionRetentionMonths: 24,
      prioritisedWithoutGroupAlertDays: 90, carryOverAlertCount: 2,
    });
  });

  it('cannot be run twice', async () => {
    await t.api.send('setup.initialize', { officeName: 'Kreis A', demo: false });
    await expect(t.api.send('setup.initialize', { officeName: 'Kreis B', demo: false })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await t.api.send('setup.status')).officeName).toBe('Kreis A');
  });
});

describe('office settings', () => {
  beforeEach(async () => { await t.api.send('setup.initialize', { officeName: 'Kreis A', demo: false }); });

  it('are updated as a whole', async () => {
    const current = await t.api.send('settings.get');
    const next = { ...current, addressLines: 'Jülicher Ring 32\n53879 Euskirchen', smallCountThreshold: 5 };
    expect(await t.api.send('settings.update', next)).toEqual(next);
    expect(await t.api.send('settings.get')).toEqual(next);
  });

  it('keep the gap-alert thresholds a form leaves out, and change them when given', async () => {
    const current = await t.api.send('settings.get');
    await t.api.send('settings.update', { ...current, prioritisedWithoutGroupAlertDays: 120, carryOverAlertCount: 3 });
    const { prioritisedWithoutGroupAlertDays: _days, carryOverAlertCount: _count, ...withoutThresholds } = await t.api.send('settings.get');
    await t.api.send('settings.update', { ...withoutThresholds, backupKeep: 4 });
    expect(await t.api.send('settings.get')).toMatchObject({ backupKeep: 4, prioritisedWithoutGroupAlertDays: 120, carryOverAlertCount: 3 });
  });

  it('refuse thresholds outside their range, naming the field', async () => {
    const current = await t.api.send('settings.get');
    await expect(t.api.send('settings.update', { ...current, smallCountThreshold: 0 })).rejects.toMatchObject({
      code: 'VALIDATION', issues: [{ field: 'smallCountThreshold', message: 'Kleinzahlen unterdrücken unter: Mindestens 1.' }],
    });
    await expect(t.api.send('settings.update', { ...current, carryOverAlertCount: 0 })).rejects.toMatchObject({
      issues: [{ field: 'carryOverAlertCount', message: 'Warnung: Thema ohne Beschluss vertagt (Anzahl): Mindestens 1.' }],
    });
  });
});
