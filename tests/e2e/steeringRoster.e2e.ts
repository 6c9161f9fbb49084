import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type E2eApp } from './harness';
import { demoSteering } from './steeringHelpers';

let app: E2eApp;
let steeringId: string;
beforeAll(async () => {
  app = await startApp({ setup: 'demo' });
  steeringId = (await demoSteering(app.api)).steering.id;
});
afterAll(async () => { await app?.close(); });

describe('Lenkungsgruppe: Mitglieder', () => {
  it('replaces the holder of a seat and keeps who held it before', async () => {
    const { page, api } = app;
    const seat = (await api.send('memberships.list', { committeeId: steeringId })).find((m) => m.personName === 'Bastian Hoven')!;
    const roster = await api.send('memberships.list', { committeeId: steeringId, includeHistory: true });
    const involved = new Set(roster.flatMap((m) => [m.personId, m.deputyPersonId]));
    const newcomer = (await api.send('persons.list')).find((p) => !involved.has(p.id))!;
    await app.open('/lenkungsgruppe/mitglieder');
    await page.getByRole('button', { name: `Mitglied wechseln: ${seat.seatLabel}` }).click();
    const dialog = page.getByRole('dialog', { name: `Mitglied wechseln: ${seat.seatLabel}` });
    expect(await dialog.getByLabel('Wechsel zum').inputValue()).toBe('2026-11-16');
    expect(await dialog.getByLabel('Vertretung').inputValue()).toBe(seat.deputyPersonId);
    await dialog.getByLabel('Neues Mitglied').selectOption(newcomer.id);
    await dialog.getByRole('button', { name: 'Wechsel speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('die bisherige Besetzung bleibt in der Historie').waitFor();

    const row = page.locator('tr', { has: page.locator('th', { hasText: seat.seatLabel! }) });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain(newcomer.name);
    // The deputy stays with the seat unless changed.
    expect(await row.textContent()).toContain('Marta Albers');
    await page.getByLabel('Frühere Mitglieder anzeigen').check();
    await expect.poll(() => row.count()).toBe(2);
    const former = row.filter({ hasText: 'frühere Besetzung' });
    expect(await former.textContent()).toContain('Bastian Hoven');
    expect(await former.textContent()).toContain('10.05.2022 bis 15.11.2026');
    await app.checkAccessibility('mitglieder-historie');
    expect(app.pageErrors).toEqual([]);
  });

  it('refuses a seat without organisation and member at the field', async () => {
    const { page } = app;
    await app.open('/lenkungsgruppe/mitglieder');
    await page.getByRole('button', { name: 'Neuer Sitz' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neuer Sitz' });
    await dialog.getByLabel('Sitz', { exact: true }).fill('Integrationsrat');
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await expect.poll(() => dialog.getByLabel('Organisation').getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.getByRole('alert').textContent()).toContain('Organisation: Bitte eine Organisation oder ein Mitglied angeben.');
    await app.screenshot('mitglieder-neuer-sitz-fehler', { fullPage: false });
    expect(app.pageErrors).toEqual([]);
  });
});
