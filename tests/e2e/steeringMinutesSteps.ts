import { expect } from 'vitest';
import type { E2eApp } from './harness';
import { download } from './steeringHelpers';

/** Protokoll tab of a held meeting: draft from the records, one item text written, the .docx downloaded. */
export async function writeAndExportMinutes(app: E2eApp, meetingId: string): Promise<void> {
  const { page, api } = app;
  await app.open(`/lenkungsgruppe/sitzung/${meetingId}/protokoll`);
  await page.getByRole('button', { name: 'Protokollentwurf erstellen' }).click();
  const first = page.getByLabel('Protokolltext zu TOP 1', { exact: true });
  await first.waitFor();
  // Generated from the records: the deputy and the quorum are already in the draft.
  const text = await page.locator('main').textContent();
  expect(text).toContain('Emre Arnold');
  expect(text).toContain('vertreten durch Florian Kurth');
  expect(text).toContain('Beschlussfähigkeit ist gegeben');

  await first.fill('Die Vorsitzende begrüßt die Mitglieder und stellt die Beschlussfähigkeit fest.');
  await page.keyboard.press('Tab');
  const state = page.locator('[id="' + (await first.getAttribute('aria-describedby'))!.split(' ').at(-1) + '"]');
  await expect.poll(() => state.textContent()).toContain('gespeichert');
  const minutes = await api.send('minutes.get', { meetingId });
  expect(minutes.status).toBe('DRAFT');
  expect(minutes.items[0].minutesText).toBe('Die Vorsitzende begrüßt die Mitglieder und stellt die Beschlussfähigkeit fest.');

  const docx = await download(page, page.getByRole('button', { name: 'Protokoll als Word-Datei (.docx)' }));
  expect(docx.name).toMatch(/\.docx$/);
  expect(docx.bytes.length).toBeGreaterThan(1000);
  expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await app.checkAccessibility('zyklus-protokoll');
  await app.screenshot('zyklus-6-protokoll');
  expect(app.pageErrors).toEqual([]);
}

/**
 * Plans the next meeting (the carried-over item is proposed there with its reason), lets the clock reach it, and
 * approves the minutes "in" it; then they are read-only and a correction becomes a dated amendment.
 */
export async function approveInNextMeeting(app: E2eApp, o: { meetingId: string; topic: string; reason: string }): Promise<void> {
  const { page, api } = app;
  await app.open('/lenkungsgruppe/sitzungen');
  await page.getByRole('button', { name: 'Neue Sitzung' }).click();
  const create = page.getByRole('dialog', { name: 'Neue Sitzung' });
  await create.getByLabel('Beginn').fill('2027-05-11T14:00');
  await create.getByLabel('Ort').fill('Kreishaus Euskirchen, Großer Sitzungssaal');
  await create.getByRole('button', { name: 'Anlegen' }).click();
  await page.getByRole('heading', { level: 1, name: '10. Sitzung' }).waitFor();
  await waitForPanel(app);
  const carried = page.locator('.backlog-item', { hasText: o.topic });
  expect(await carried.textContent()).toContain('1-mal vertagt');
  expect(await carried.textContent()).toContain(`Grund: ${o.reason}`);
  expect(await page.getByRole('heading', { name: /^Vertagte Punkte/ }).isVisible()).toBe(true);
  await app.screenshot('zyklus-7-naechste-sitzung');

  const next = (await api.send('meetings.list', { committeeId: (await api.send('meetings.get', { id: o.meetingId })).committee.id }))
    .find((m) => m.sequenceNo === 10)!;
  app.setNow('2027-05-11T15:00:00Z');
  await api.send('meetings.markInvited', { id: next.id, invitationSentOn: '2027-04-20' });

  await app.open(`/lenkungsgruppe/sitzung/${o.meetingId}/protokoll`);
  await page.getByLabel('Genehmigt in Sitzung').selectOption({ label: '10. Sitzung am 11.05.2027' });
  await page.getByRole('button', { name: 'Protokoll genehmigen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Protokoll genehmigen' });
  await confirm.getByRole('button', { name: 'Genehmigen' }).click();
  await confirm.waitFor({ state: 'detached' });
  await page.getByText('Genehmigt in der 10. Sitzung am 11.05.2027').waitFor();
  expect(await page.getByLabel('Protokolltext zu TOP 1', { exact: true }).count()).toBe(0);
  expect((await api.send('minutes.get', { meetingId: o.meetingId })).status).toBe('APPROVED');
  await expect.poll(() => page.locator('[aria-current="step"]').textContent()).toContain('Protokoll genehmigt');

  await page.getByRole('button', { name: 'Berichtigung erfassen' }).click();
  const amend = page.getByRole('dialog', { name: 'Berichtigung erfassen' });
  await amend.getByLabel('Grund der Berichtigung').fill('Schreibfehler im Namen');
  await amend.getByLabel(/^Berichtigung/).fill('Unter TOP 1 muss es „Natalia Ritter“ heißen.');
  await amend.getByRole('button', { name: 'Berichtigung speichern' }).click();
  await amend.waitFor({ state: 'detached' });
  await page.getByText('11.05.2027:').waitFor();
  expect((await api.send('minutes.get', { meetingId: o.meetingId })).amendments).toMatchObject([{ reason: 'Schreibfehler im Namen', amendedOn: '2027-05-11' }]);
  await app.checkAccessibility('zyklus-genehmigt');
  await app.screenshot('zyklus-8-genehmigt');
  expect(app.pageErrors).toEqual([]);
}

async function waitForPanel(app: E2eApp): Promise<void> {
  await app.page.getByRole('complementary', { name: 'Vorschläge' }).waitFor();
  await app.page.waitForFunction(() => document.querySelector('.loading-note') === null);
}
