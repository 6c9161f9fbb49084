import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, waitForData, type E2eApp } from './harness';

/**
 * History and undo on the demo Kreis: an agreement deleted on its round table's page comes back with its progress
 * notes, once through the undo message and once from Einstellungen › Gelöschte Einträge; a municipality's
 * Verlauf shows a new name as before → after.
 */
let app: E2eApp;
let agreement: { id: string; title: string; roundTableId: string };
const DELETED_PANEL = '/einstellungen/geloeschte-eintraege';

beforeAll(async () => {
  app = await startApp({ setup: 'demo', now: '2026-11-16T08:00:00Z' });
  const rows = await app.api.send('tasks.list', { source: 'ROUND_TABLE', status: 'ALL' });
  const row = rows.find((r) => r.roundTableId)!;
  agreement = { id: row.id, title: row.title, roundTableId: row.roundTableId! };
  await app.api.send('tasks.addNote', { id: row.id, text: 'Raum im Rathaus ist für Januar reserviert.' });
  await app.api.send('tasks.addNote', { id: row.id, text: 'Erstes Treffen hat stattgefunden.' });
});
afterAll(async () => { await app?.close(); });

const notesOf = async () => (await app.api.send('tasks.get', { id: agreement.id })).notes.map((n) => n.text).sort();
const agreementRow = () => app.page.getByRole('row').filter({ hasText: agreement.title });

async function deleteOnRoundTablePage(): Promise<void> {
  const { page } = app;
  await app.open(`/runde-tische/termin/${agreement.roundTableId}`);
  await page.getByRole('button', { name: `Löschen: ${agreement.title}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Vereinbarung löschen' });
  await dialog.getByRole('button', { name: 'Löschen' }).click();
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'wurde gelöscht' }).count()).toBe(1);
  await expect.poll(() => agreementRow().count()).toBe(0);
  await expect(app.api.send('tasks.get', { id: agreement.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
}

describe('Verlauf und Rückgängig', () => {
  it('deletes an agreement on its round table’s page and brings it back with its notes through the undo message', async () => {
    const { page } = app;
    const notes = await notesOf();
    expect(notes).toHaveLength(2);
    await deleteOnRoundTablePage();
    const status = page.getByRole('status').filter({ hasText: 'wurde gelöscht' });
    expect(await status.textContent()).toContain(`„${agreement.title}“ wurde gelöscht.`);
    await app.checkAccessibility('vereinbarung-geloescht');
    await status.scrollIntoViewIfNeeded();
    await app.screenshot('verlauf-vereinbarung-geloescht', { fullPage: false });

    await page.getByRole('button', { name: `Rückgängig: „${agreement.title}“ wiederherstellen` }).click();

    await expect.poll(() => page.getByRole('status').filter({ hasText: 'wurde wiederhergestellt' }).count()).toBe(1);
    await expect.poll(() => agreementRow().count()).toBe(1);
    expect(await notesOf()).toEqual(notes);
    await agreementRow().scrollIntoViewIfNeeded();
    await app.screenshot('verlauf-vereinbarung-zurueck', { fullPage: false });
    expect(app.pageErrors).toEqual([]);
  });

  it('shows the agreement’s history with the deletion and the restore, newest first', async () => {
    const { page } = app;
    await page.getByRole('button', { name: `Verlauf: ${agreement.title}` }).click();
    const dialog = page.getByRole('dialog', { name: `Verlauf: ${agreement.title}` });
    await waitForData(page);
    const headings = await dialog.getByRole('heading', { level: 3 }).allTextContents();
    expect(headings.slice(0, 2)).toEqual(['Wiederhergestellt', 'Gelöscht']);
    await app.checkAccessibility('verlauf-vereinbarung');
    await app.screenshot('verlauf-vereinbarung', { fullPage: false });
    await dialog.getByRole('button', { name: 'Schließen' }).last().click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('restores a deleted agreement from Einstellungen › Gelöschte Einträge and links to it', async () => {
    const { page } = app;
    const notes = await notesOf();
    await deleteOnRoundTablePage();
    await app.open(DELETED_PANEL);
    await waitForData(page);
    const table = page.getByRole('table', { name: 'Gelöschte Einträge' });
    expect(await table.getByRole('row').filter({ hasText: agreement.title }).textContent()).toContain('Aufgabe/Vereinbarung');
    await app.checkAccessibility('geloeschte-eintraege');
    await app.screenshot('verlauf-geloeschte-eintraege');

    await page.getByRole('button', { name: `Wiederherstellen: Aufgabe/Vereinbarung „${agreement.title}“` }).click();

    const message = page.getByRole('status').filter({ hasText: 'wurde wiederhergestellt' });
    await expect.poll(() => message.count()).toBe(1);
    expect(await message.textContent()).toContain('Mit 2 zugehörigen Einträgen.');
    expect(await notesOf()).toEqual(notes);
    await message.getByRole('link', { name: `Zu „${agreement.title}“` }).click();
    await page.waitForURL(`**/runde-tische/termin/${agreement.roundTableId}`);
    await expect.poll(() => agreementRow().count()).toBe(1);
    expect(app.pageErrors).toEqual([]);
  });

  it('shows a municipality’s new name as vorher → nachher in its Verlauf', async () => {
    const { page } = app;
    await app.open('/stammdaten/kommunen');
    await waitForData(page);
    await page.getByRole('button', { name: 'Bearbeiten: Kall' }).click();
    const edit = page.getByRole('dialog', { name: 'Kommune bearbeiten' });
    await edit.getByLabel('Name').fill('Kall (Eifel)');
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await edit.waitFor({ state: 'detached' });
    await app.screenshot('verlauf-kommunen-liste', { fullPage: false });

    await page.getByRole('button', { name: 'Verlauf: Kall (Eifel)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Verlauf: Kall (Eifel)' });
    await waitForData(page);
    const newest = dialog.getByRole('listitem').first();
    expect(await newest.getByRole('heading').textContent()).toBe('Geändert');
    expect(await newest.textContent()).toMatch(/am 16\.11\.2026, 09:00 Uhr von /);
    const cells = await newest.getByRole('row').filter({ hasText: 'Name' }).getByRole('cell').allTextContents();
    expect(cells).toEqual(['Kall', 'Kall (Eifel)']);
    await app.checkAccessibility('verlauf-kommune');
    await app.screenshot('verlauf-kommune', { fullPage: false });
    expect(app.pageErrors).toEqual([]);
  });
});
