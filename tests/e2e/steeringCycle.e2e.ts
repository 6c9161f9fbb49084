import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, waitForData, type E2eApp } from './harness';
import { agendaTitles, demoSteering, describedText, download, isFocused } from './steeringHelpers';
import { approveInNextMeeting, writeAndExportMinutes } from './steeringMinutesSteps';

/**
 * The whole cycle of a steering group meeting on the demo Kreis, with the core's clock moved along:
 * agenda from the backlog → invitation (notice period missed) → attendance with a deputy → decisions (an impossible
 * count refused at its field) → follow-up task → carry-over → minutes (exported as .docx) → approval in the next meeting.
 */
let app: E2eApp;
let meetingId: string;
let steeringId: string;
const THEME = 'Erreichbarkeit und Terminvergabe der Ausländerbehörde';
const TOPIC = 'Sprachkurse bei gesundheitlichen Einschränkungen';
const REASON = 'Die Stellungnahme der Fachstelle liegt noch nicht vor.';

beforeAll(async () => {
  app = await startApp({ setup: 'demo', now: '2026-11-16T08:00:00Z' });
  const demo = await demoSteering(app.api);
  meetingId = demo.planned.id;
  steeringId = demo.steering.id;
  // The office presents the theme to the steering group on the themes page; the decision below then prioritises it.
  const theme = (await app.api.send('themes.list')).find((t) => t.title === THEME)!;
  await app.api.send('themes.setStatus', { themeId: theme.id, status: 'PROPOSED' });
});
afterAll(async () => { await app?.close(); });

describe('Lenkungsgruppe: from the backlog to approved minutes', () => {
  it('builds the agenda from the merged backlog', async () => {
    const { page, api } = app;
    await app.open(`/lenkungsgruppe/sitzung/${meetingId}/vorbereitung`);
    const panel = page.getByRole('complementary', { name: 'Vorschläge' });
    await panel.getByRole('button', { name: `Aufnehmen: ${THEME}` }).click();
    await expect.poll(() => agendaTitles(page)).toContain(THEME);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'in die Tagesordnung aufgenommen' }).count()).toBe(1);
    // Focus follows the proposal to its new place on the agenda.
    expect(await isFocused(page.locator('.agenda-item__title', { hasText: THEME }))).toBe(true);
    await panel.getByRole('button', { name: `Aufnehmen: ${TOPIC}` }).click();
    await expect.poll(() => agendaTitles(page)).toContain(TOPIC);
    const taken = panel.locator('.backlog-item', { hasText: TOPIC });
    await expect.poll(() => taken.textContent()).toContain('steht auf der Tagesordnung');

    const agenda = (await api.send('meetings.get', { id: meetingId })).agenda;
    const titles = agenda.map((i) => i.title);
    // Taken proposals go in front of "Verschiedenes" and "Termine"; the theme is linked.
    expect(titles.slice(-2)).toEqual(['Verschiedenes', 'Termine']);
    expect(agenda.find((i) => i.title === THEME)!.links.map((l) => l.targetType)).toEqual(['THEME']);
    const topics = await api.send('backlogTopics.list', { committeeId: steeringId });
    expect(topics.find((t) => t.title === TOPIC)!.usedInMeetingId).toBe(meetingId);

    await page.getByRole('button', { name: `Bearbeiten: ${THEME}` }).click();
    const edit = page.getByRole('dialog', { name: 'Tagesordnungspunkt bearbeiten' });
    await edit.getByLabel('Vortrag').fill('Sandra Dederichs');
    await edit.getByLabel('Zeit (Minuten)').fill('150');
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await edit.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('main').textContent()).toContain('Geplant: 150 von 120 Minuten');
    expect(await page.getByText('überschreiten die Sitzungsdauer von 120 Minuten um 30 Minuten').isVisible()).toBe(true);
    await app.checkAccessibility('zyklus-tagesordnung');
    await app.screenshot('zyklus-1-tagesordnung');
    expect(app.pageErrors).toEqual([]);
  });

  it('warns that the notice period is missed and records the invitation only after confirmation', async () => {
    const { page, api } = app;
    app.setNow('2026-12-01T09:00:00Z');
    await app.open(`/lenkungsgruppe/sitzung/${meetingId}/einladung`);
    const date = page.getByLabel('Einladung versandt am');
    await expect.poll(() => date.inputValue()).toBe('2026-12-01');
    await page.getByRole('button', { name: 'Einladung versenden' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ladungsfrist nicht eingehalten' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Die Ladungsfrist von 14 Tagen ist nicht eingehalten (Einladung 7 Tage vor der Sitzung).');
    expect((await api.send('meetings.get', { id: meetingId })).meeting.status).toBe('PLANNED');
    await app.checkAccessibility('zyklus-ladungsfrist');
    await app.screenshot('zyklus-2-ladungsfrist', { fullPage: false });
    await dialog.getByRole('button', { name: 'Trotzdem als eingeladen vermerken' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await api.send('meetings.get', { id: meetingId })).meeting).toMatchObject({ status: 'INVITED', invitationSentOn: '2026-12-01' });
    await expect.poll(() => page.locator('[aria-current="step"]').textContent()).toContain('eingeladen');

    const ics = await download(page, page.getByRole('button', { name: 'Kalendereintrag (.ics)' }));
    expect(ics.name).toMatch(/\.ics$/);
    expect(ics.bytes.toString('utf8')).toContain('BEGIN:VCALENDAR');
    await page.getByText(`„${ics.name}“ wurde heruntergeladen.`).waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('records attendance with a deputy and shows the live quorum', async () => {
    const { page, api } = app;
    app.setNow('2026-12-08T15:30:00Z');
    await app.open(`/lenkungsgruppe/sitzung/${meetingId}/sitzung`);
    await page.getByRole('button', { name: 'Alle offenen Sitze als anwesend erfassen' }).click();
    await expect.poll(() => page.locator('.quorum-box').textContent()).toContain('Beschlussfähig: ja');
    await page.getByLabel('Anwesenheit: Emre Arnold').selectOption({ label: 'vertreten durch Florian Kurth' });
    for (const who of ['Doris Schäfer', 'Frank Bender', 'Philipp Eich']) {
      await page.getByLabel(`Anwesenheit: ${who}`).selectOption({ label: 'entschuldigt' });
    }
    const attendance = await (async () => {
      await expect.poll(async () => (await api.send('attendance.get', { meetingId })).rows.filter((r) => r.status === 'EXCUSED').length).toBe(3);
      return api.send('attendance.get', { meetingId });
    })();
    const arnold = attendance.rows.find((r) => r.personName === 'Emre Arnold')!;
    expect(arnold).toMatchObject({ status: 'REPRESENTED', representedByName: 'Florian Kurth' });
    const q = attendance.quorum;
    const expected = `Beschlussfähig: ja – ${q.presentVoting} von ${q.votingSeats} stimmberechtigten Sitzen besetzt (erforderlich: ${q.required})`;
    const box = page.getByRole('status').filter({ hasText: 'Beschlussfähig:' });
    await expect.poll(() => box.textContent()).toContain(expected);
    expect(await box.getAttribute('aria-live')).toBe('polite');
    await app.checkAccessibility('zyklus-anwesenheit');
    await app.screenshot('zyklus-3-anwesenheit');
    expect(app.pageErrors).toEqual([]);
  });

  it('refuses an impossible vote count at its field, then records the decision with its effect and a task', async () => {
    const { page, api } = app;
    const { presentVoting } = (await api.send('attendance.get', { meetingId })).quorum;
    const item = (await api.send('meetings.get', { id: meetingId })).agenda.find((i) => i.title === THEME)!;
    await page.getByRole('button', { name: `Beschluss erfassen: ${item.number}` }).click();
    const dialog = page.getByRole('dialog', { name: `Beschluss erfassen: ${item.number}` });
    await dialog.getByLabel('Beschlusstext').fill('Die Lenkungsgruppe priorisiert das Thema und bittet die Ausländerbehörde um ein Konzept zur Terminvergabe.');
    await dialog.getByLabel('Art des Beschlusses').selectOption({ label: 'Priorisierung von Themen' });
    await dialog.getByLabel('mit Abstimmung').check();
    await dialog.getByLabel('Ja-Stimmen').fill(String(presentVoting + 5));
    await dialog.getByLabel('Nein-Stimmen').fill('0');
    await dialog.getByLabel('Den Status eines Themas ändern').check();
    await dialog.getByLabel('Neuer Status des Themas').selectOption({ label: 'priorisiert' });
    await dialog.getByRole('button', { name: 'Beschluss speichern' }).click();

    const yes = dialog.getByLabel('Ja-Stimmen');
    await expect.poll(() => yes.getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(page, yes)).toContain(`übersteigt die Zahl der anwesenden Stimmberechtigten (${presentVoting})`);
    expect(await isFocused(yes)).toBe(true);
    expect(await dialog.getByLabel('Begründung der Ausnahme').isVisible()).toBe(true);
    expect(await api.send('decisions.list', { meetingId })).toEqual([]);
    await app.checkAccessibility('zyklus-beschluss-fehler');
    await app.screenshot('zyklus-4-beschluss-fehler', { fullPage: false });

    await yes.fill(String(presentVoting - 2));
    await dialog.getByLabel('Nein-Stimmen').fill('1');
    await dialog.getByLabel('Enthaltungen').fill('1');
    await dialog.getByRole('button', { name: 'Beschluss speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    const [decision] = await api.send('decisions.list', { meetingId });
    expect(decision).toMatchObject({ votesYes: presentVoting - 2, votesNo: 1, votesAbstain: 1, quorumReached: true, type: 'PRIORITISE_THEMES' });
    await page.getByText(`mit ${presentVoting - 2} Ja, 1 Nein, 1 Enthaltung beschlossen`).first().waitFor();
    expect((await api.send('themes.list')).find((t) => t.title === THEME)!.status).toBe('PRIORITISED');

    await page.getByRole('button', { name: `Aufgabe hinzufügen: Beschluss ${decision.number}` }).click();
    const task = page.getByRole('dialog', { name: `Aufgabe zu Beschluss ${decision.number}` });
    await task.getByLabel('Aufgabe').fill('Konzept zur Online-Terminvergabe vorlegen');
    await task.getByLabel('Verantwortliche Organisation').selectOption({ label: 'Abteilung 32 „Ausländer-/Einbürgerungsbehörde“' });
    await task.getByLabel('Fällig am').fill('2027-03-31');
    await task.getByRole('button', { name: 'Aufgabe anlegen' }).click();
    await task.waitFor({ state: 'detached' });
    await page.getByText('Konzept zur Online-Terminvergabe vorlegen').waitFor();
    const tasks = await api.send('tasks.list', { status: 'OPEN_ALL' });
    expect(tasks.find((t) => t.title === 'Konzept zur Online-Terminvergabe vorlegen')).toMatchObject({ decisionId: decision.id, dueDate: '2027-03-31', status: 'OPEN' });
    expect(app.pageErrors).toEqual([]);
  });

  it('carries an item over with its reason and marks the meeting as held', async () => {
    const { page, api } = app;
    const item = (await api.send('meetings.get', { id: meetingId })).agenda.find((i) => i.title === TOPIC)!;
    await page.getByRole('button', { name: `Vertagen: ${item.number}` }).click();
    const dialog = page.getByRole('dialog', { name: `Vertagen: ${item.number} ${TOPIC}` });
    await dialog.getByLabel('Grund der Vertagung').fill(REASON);
    await dialog.getByRole('button', { name: 'Vertagen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(`Vertagt. Grund: ${REASON}`).waitFor();

    await page.getByRole('button', { name: 'Sitzung als durchgeführt markieren' }).click();
    const held = page.getByRole('dialog', { name: 'Sitzung als durchgeführt markieren' });
    await held.getByRole('button', { name: 'Als durchgeführt markieren' }).click();
    await held.waitFor({ state: 'detached' });
    await expect.poll(async () => (await api.send('meetings.get', { id: meetingId })).meeting).toMatchObject({ status: 'HELD', quorumReached: true });
    await expect.poll(() => page.locator('[aria-current="step"]').textContent()).toContain('durchgeführt');
    await app.screenshot('zyklus-5-sitzung');
    expect(app.pageErrors).toEqual([]);
  });

  it('generates the minutes from the records, saves item texts on leaving the field and exports them as .docx', async () => {
    await writeAndExportMinutes(app, meetingId);
  });

  it('proposes the carried-over item for the next meeting and approves the minutes there', async () => {
    await approveInNextMeeting(app, { meetingId, topic: TOPIC, reason: REASON });
  });
});
