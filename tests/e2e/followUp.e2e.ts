import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, waitForData, type E2eApp } from './harness';
import { describedText, isFocused } from './steeringHelpers';

let app: E2eApp;
beforeAll(async () => { app = await startApp({ setup: 'demo' }); });
afterAll(async () => { await app?.close(); });

const rows = () => app.page.locator('.data-table tbody tr:not(.data-table__spacer)');

describe('Beschlusskontrolle', () => {
  it('lists overdue tasks across committees and says in words how long they are overdue', async () => {
    const { page, api } = app;
    await app.open('/lenkungsgruppe/beschlusskontrolle');
    await page.getByLabel('Gremium').selectOption({ label: 'Alle Gremien' });
    await page.getByLabel('überfällig').check();
    const overdue = await api.send('tasks.list', { status: 'OVERDUE' });
    expect(overdue.length).toBeGreaterThan(0);
    await expect.poll(() => rows().count()).toBe(overdue.length);
    for (const task of overdue) {
      const row = rows().filter({ hasText: task.title });
      expect(await row.textContent()).toContain(`überfällig seit ${task.daysOverdue} ${task.daysOverdue === 1 ? 'Tag' : 'Tagen'}`);
    }
    await app.checkAccessibility('beschlusskontrolle-ueberfaellig');
    await app.screenshot('beschlusskontrolle-ueberfaellig');
    expect(app.pageErrors).toEqual([]);
  });

  it('asks for the reason when a task is deferred, then keeps it with the task and its progress notes', async () => {
    const { page, api } = app;
    const [task] = await api.send('tasks.list', { status: 'OVERDUE' });
    await app.open('/lenkungsgruppe/beschlusskontrolle');
    await page.getByLabel('Gremium').selectOption({ label: 'Alle Gremien' });
    await waitForData(page);
    await page.getByRole('button', { name: `Bearbeiten: ${task.title}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Aufgabe bearbeiten' });
    await dialog.getByLabel('Status').selectOption({ label: 'zurückgestellt' });
    await dialog.getByLabel('Grund der Verzögerung').fill('');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    const reason = dialog.getByLabel('Grund der Verzögerung');
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(page, reason)).toContain('Grund der Verzögerung: Bitte angeben, warum die Aufgabe zurückgestellt wird.');
    expect(await isFocused(reason)).toBe(true);
    await app.screenshot('beschlusskontrolle-grund-fehlt', { fullPage: false });

    await reason.fill('Haushaltsmittel erst ab 2027 verfügbar');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await api.send('tasks.get', { id: task.id })).toMatchObject({ status: 'DEFERRED', delayReason: 'Haushaltsmittel erst ab 2027 verfügbar' });

    // Deferred tasks are still owed, so they stay in the "offen" list; the search finds the row.
    await page.getByLabel('Suchen').fill(task.title);
    await page.getByRole('button', { name: `Notizen: ${task.title}` }).click();
    const notes = page.getByRole('dialog', { name: `Notizen: ${task.title}` });
    await notes.getByLabel('Neue Notiz').fill('Rücksprache mit der Kämmerei am Montag.');
    await notes.getByRole('button', { name: 'Notiz hinzufügen' }).click();
    await notes.getByText('Rücksprache mit der Kämmerei am Montag.').waitFor();
    expect((await api.send('tasks.get', { id: task.id })).notes.map((n) => n.text)).toContain('Rücksprache mit der Kämmerei am Montag.');
    await app.checkAccessibility('beschlusskontrolle-notizen');
    expect(app.pageErrors).toEqual([]);
  });
});
