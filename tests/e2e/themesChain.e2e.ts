import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, waitForData, type E2eApp } from './harness';
import { describedText, isFocused } from './steeringHelpers';
import { steeringDecision, steeringMeeting } from './themesChainSteps';

/**
 * The chain from case to measure on the demo Kreis, with the core's clock moved along: a reconstruction stopped by the
 * privacy guard and saved once fixed → two findings → a theme → the steering group prioritises it → a gap alert while
 * no group is commissioned, gone once one is → a measure with a budget warning → approved → a result → the timeline →
 * the retention purge, which keeps the theme's evidence.
 */
let app: E2eApp;
let reconstructionId = '';
let themeId = '';
let measureId = '';
const PROVIDER = 'Caritasverband für die Region Eifel e. V.';
const AGENCY = 'Agentur für Arbeit – Geschäftsstelle Euskirchen';
const PLANTED = 'Frau Yılmaz, geb. 12.03.1987, fand trotz Wohnberechtigungsschein über Monate keine Wohnung; Jobcenter und Wohnungsamt verwiesen wechselseitig aufeinander.';
const FIXED = 'Die Ratsuchende fand trotz Wohnberechtigungsschein über Monate keine Wohnung; Jobcenter und Wohnungsamt verwiesen wechselseitig aufeinander.';
const FINDING_1 = 'Die Zuständigkeit für Wohnkosten zwischen Jobcenter und Wohnungsamt ist ungeklärt.';
const FINDING_2 = 'Es fehlt eine Beratung zur Wohnungssuche für Menschen mit Wohnberechtigungsschein.';
const THEME = 'Wohnkosten an der Schnittstelle Jobcenter – Wohnungsamt';
const MEASURE = 'Gemeinsamer Leitfaden Wohnkosten';
const NO_GROUP = 'eine Projekt- oder Arbeitsgruppe ist noch nicht beauftragt';

beforeAll(async () => {
  app = await startApp({ setup: 'demo', now: '2026-11-16T08:00:00Z' });
});
afterAll(async () => { await app?.close(); });

describe('From case to measure', () => {
  it('stops a reconstruction with a planted name and birth date, and saves it once they are removed', async () => {
    const { page, api } = app;
    const before = (await api.send('reconstructions.list')).length;
    await app.open('/fallrekonstruktionen');
    await app.checkAccessibility('fallrekonstruktionen-liste');
    await app.screenshot('themen-01-fallrekonstruktionen');
    await page.getByRole('link', { name: 'Neue Fallrekonstruktion' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neue Fallrekonstruktion' }).waitFor();
    await waitForData(page);
    await page.getByLabel('Fallcode des Trägers').fill('CM-2026-014');
    await page.getByRole('combobox', { name: 'Träger', exact: true }).selectOption({ label: PROVIDER });
    await page.getByRole('combobox', { name: 'Kommune', exact: true }).selectOption({ label: 'Euskirchen' });
    await page.getByLabel('Altersgruppe').selectOption({ label: '27–44' });
    await page.getByRole('group', { name: 'Handlungsfelder' }).getByLabel('Wohnen', { exact: true }).check();
    await page.getByRole('group', { name: 'Rechtskreise' }).getByLabel('SGB II', { exact: true }).check();
    await page.getByRole('button', { name: 'Organisation hinzufügen' }).click();
    await page.getByRole('combobox', { name: 'Organisation 1', exact: true }).selectOption({ label: AGENCY });
    await page.getByLabel('Rolle von Organisation 1').fill('Leistungsträger SGB II');
    const summary = page.getByRole('textbox', { name: 'Zusammenfassung', exact: true });
    await summary.fill(PLANTED);

    // The guard highlights while typing: each passage marked and explained under the field.
    await page.locator('.privacy-mark', { hasText: 'Frau Yılmaz' }).waitFor();
    await page.locator('.privacy-mark', { hasText: '12.03.1987' }).waitFor();
    expect(await describedText(page, summary)).toContain('Sieht aus wie ein Personenname');

    await page.getByRole('button', { name: 'Fallrekonstruktion speichern' }).click();
    await expect.poll(() => summary.getAttribute('aria-invalid')).toBe('true');
    const refusal = await describedText(page, summary);
    expect(refusal).toContain('Zusammenfassung: Enthält möglicherweise personenbezogene Daten (Personenname nach ‚Frau‘: „Frau Yılmaz“)');
    expect(refusal).toContain('Geburtsdatum');
    expect(await isFocused(summary)).toBe(true);
    expect(await page.getByLabel('Begründung Datenschutz').isVisible()).toBe(true);
    expect((await api.send('reconstructions.list')).length).toBe(before);
    await app.checkAccessibility('fallrekonstruktion-datenschutz');
    await app.screenshot('themen-02-datenschutz');

    await summary.fill(FIXED);
    await expect.poll(() => page.locator('.privacy-mark').count()).toBe(0);
    await page.getByRole('button', { name: 'Fallrekonstruktion speichern' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fallrekonstruktion vom 16.11.2026' }).waitFor();
    reconstructionId = decodeURIComponent(page.url()).split('/').pop()!;
    const saved = await api.send('reconstructions.get', { id: reconstructionId });
    expect(saved.reconstruction).toMatchObject({ summary: FIXED, caseCode: 'CM-2026-014', privacyJustification: null, deleteAfter: '2028-11-16' });
    expect(saved.participants.map((p) => p.role)).toEqual(['Leistungsträger SGB II']);
    expect(app.pageErrors).toEqual([]);
  });

  it('records two findings of the reconstruction', async () => {
    const { page, api } = app;
    for (const [kind, text] of [['Schnittstelle', FINDING_1], ['Lücke im Angebot', FINDING_2]]) {
      await page.getByRole('button', { name: 'Erkenntnis erfassen' }).click();
      const dialog = page.getByRole('dialog', { name: 'Erkenntnis erfassen' });
      await dialog.getByLabel('Art der Erkenntnis').selectOption({ label: kind });
      await dialog.getByLabel('Beschreibung').fill(text);
      await dialog.getByLabel(AGENCY).check();
      if (text === FINDING_1) {
        await app.checkAccessibility('erkenntnis-dialog');
        await app.screenshot('themen-03-erkenntnis', { fullPage: false });
      }
      await dialog.getByRole('button', { name: 'Erkenntnis speichern' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText(text).waitFor();
    }
    const findings = await api.send('findings.list', { reconstructionId });
    expect(findings.map((f) => f.kind).sort()).toEqual(['GAP_IN_SERVICES', 'INTERFACE']);
    await app.screenshot('themen-04-fallrekonstruktion');
    expect(app.pageErrors).toEqual([]);
  });

  it('turns the two findings into a theme', async () => {
    const { page, api } = app;
    await app.open('/themen');
    await app.checkAccessibility('themen-tafel');
    await app.screenshot('themen-05-tafel');
    await page.getByRole('button', { name: 'Neues Thema aus Erkenntnissen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neues Thema aus Erkenntnissen' });
    await dialog.getByLabel(FINDING_1).check();
    await dialog.getByLabel(FINDING_2).check();
    await dialog.getByLabel('Titel des Themas').fill(THEME);
    await dialog.getByLabel('Handlungsfeld').selectOption({ label: 'Wohnen' });
    await dialog.getByLabel('Priorität').selectOption({ label: 'hoch' });
    await app.checkAccessibility('neues-thema');
    await app.screenshot('themen-06-neues-thema', { fullPage: false });
    await dialog.getByRole('button', { name: 'Thema anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: THEME }).waitFor();
    themeId = decodeURIComponent(page.url()).split('/').pop()!;
    const theme = await api.send('themes.get', { id: themeId });
    expect(theme).toMatchObject({ status: 'CONSOLIDATED', fieldOfAction: 'HOUSING', priority: 'HIGH' });
    expect(theme.evidence).toMatchObject({ findingCount: 2, caseCount: 1, municipalityCount: 1 });
    await waitForData(page);
    expect(await page.locator('.evidence-counts').textContent()).toContain('Fälle1');

    await app.open('/themen/tabelle');
    await page.getByRole('link', { name: THEME }).waitFor();
    await page.getByLabel('Kommune').selectOption({ label: 'Blankenheim' });
    await expect.poll(() => page.getByRole('link', { name: THEME }).count()).toBe(0);
    await page.getByLabel('Kommune').selectOption({ label: 'Euskirchen' });
    await page.getByLabel('Quelle').selectOption({ label: 'Fallrekonstruktionen' });
    await page.getByRole('link', { name: THEME }).waitFor();
    await app.checkAccessibility('themen-tabelle');
    await app.screenshot('themen-07-tabelle');
    expect(app.pageErrors).toEqual([]);
  });

  it('presents the theme, explains that prioritising needs a steering decision, and shows the gap until a group is commissioned', async () => {
    const { page, api } = app;
    await app.open(`/themen/${themeId}`);
    await changeStatus('der Lenkungsgruppe vorgelegt');
    await expect.poll(async () => (await api.send('themes.get', { id: themeId })).status).toBe('PROPOSED');

    await page.getByRole('button', { name: 'Status ändern' }).click();
    const dialog = page.getByRole('dialog', { name: `Status ändern: ${THEME}` });
    await dialog.getByLabel('Neuer Status').selectOption({ label: 'priorisiert (Beschluss der Lenkungsgruppe nötig)' });
    await dialog.getByText('Über „priorisiert“ entscheidet die Lenkungsgruppe.').waitFor();
    await dialog.getByRole('button', { name: 'Status ändern' }).click();
    const decision = dialog.getByRole('combobox', { name: 'Beschluss', exact: true });
    await expect.poll(() => decision.getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(page, decision)).toContain('ist ein Beschluss der Lenkungsgruppe nötig');
    await app.checkAccessibility('status-beschluss-noetig');
    await app.screenshot('themen-08-status-beschluss', { fullPage: false });
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });

    const [steering] = await api.send('committees.list', { kind: 'STEERING_GROUP' });
    const planned = (await api.send('meetings.list', { committeeId: steering.id })).find((m) => m.status === 'PLANNED')!;
    app.setNow('2026-12-08T15:00:00Z');
    await steeringDecision(api, {
      meetingId: planned.id, themeId, title: THEME, type: 'PRIORITISE_THEMES',
      text: 'Die Lenkungsgruppe priorisiert das Thema Wohnkosten.', effects: { themeStatus: { themeId, status: 'PRIORITISED' } },
    });

    app.setNow('2027-03-20T09:00:00Z');
    await app.open(`/themen/${themeId}`);
    const gaps = page.getByRole('region', { name: 'Lücken in der Kette' });
    await gaps.getByText(NO_GROUP, { exact: false }).waitFor();
    await app.checkAccessibility('thema-luecke');
    await app.screenshot('themen-09-luecke');
    await app.open('/themen/auswertung');
    await page.getByText(NO_GROUP, { exact: false }).first().waitFor();
    await page.getByRole('table', { name: 'Median der Tage je Stufe' }).waitFor();
    await app.checkAccessibility('themen-auswertung');
    await app.screenshot('themen-10-auswertung');

    const meetingId = await steeringMeeting(api, '2027-03-23T14:00');
    app.setNow('2027-03-23T15:00:00Z');
    await steeringDecision(api, {
      meetingId, themeId, title: `Projektgruppe: ${THEME}`, type: 'COMMISSION_GROUP', text: 'Die Lenkungsgruppe setzt die PG Wohnkosten ein.',
      effects: {
        commissionGroup: { kind: 'PROJECT_GROUP', name: 'PG Wohnkosten', mandate: 'Einen gemeinsamen Leitfaden zu Wohnkosten erarbeiten.', reportDueDates: ['2027-09-30'] },
        themeStatus: { themeId, status: 'ASSIGNED' },
      },
    });
    await app.open(`/themen/${themeId}`);
    await page.getByRole('link', { name: 'PG Wohnkosten' }).first().waitFor();
    expect(await page.getByRole('region', { name: 'Lücken in der Kette' }).textContent()).not.toContain(NO_GROUP);
    expect(app.pageErrors).toEqual([]);
  });

  it('adds a measure with a budget over the cap, has it approved and records its result', async () => {
    const { page, api } = app;
    await page.getByRole('button', { name: 'Neue Maßnahme' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neue Maßnahme' });
    await dialog.getByRole('textbox', { name: 'Titel', exact: true }).fill(MEASURE);
    await dialog.getByLabel('Zielvereinbarung').fill('Jobcenter und Wohnungsamt vereinbaren Zuständigkeiten und Fristen für Wohnkosten.');
    await dialog.getByLabel('Beginn').fill('2027-04-01');
    await dialog.getByLabel('Ende').fill('2027-10-31');
    await dialog.getByLabel('Haushaltsposition').selectOption({ label: 'Schnittstellenmaßnahmen (B1)' });
    await dialog.getByRole('button', { name: 'Jahr hinzufügen' }).click();
    expect(await dialog.getByLabel('Jahr 1', { exact: true }).inputValue()).toBe('2027');
    await dialog.getByLabel('Betrag 1 (€)').fill('12.000,00');
    await app.checkAccessibility('massnahme-dialog');
    await app.screenshot('themen-11-massnahme', { fullPage: false });
    await dialog.getByRole('button', { name: 'Maßnahme speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Budgetobergrenze überschritten').waitFor();
    measureId = (await api.send('measures.list', { themeId }))[0].id;
    expect(await api.send('measures.get', { id: measureId })).toMatchObject({ status: 'PROPOSED', budgets: [{ year: 2027, amountCents: 1_200_000 }] });
    await changeStatus('Maßnahmen vorgeschlagen');

    const meetingId = await steeringMeeting(api, '2027-05-04T14:00');
    app.setNow('2027-05-04T15:00:00Z');
    await steeringDecision(api, {
      meetingId, themeId, title: `Maßnahme: ${MEASURE}`, type: 'APPROVE_MEASURE', text: 'Die Lenkungsgruppe beschließt den Leitfaden.',
      effects: { approveMeasureIds: [measureId], themeStatus: { themeId, status: 'APPROVED' } },
    });

    app.setNow('2027-11-05T09:00:00Z');
    await app.open(`/themen/${themeId}`);
    await editMeasure({ status: 'in Umsetzung' });
    await editMeasure({ status: 'abgeschlossen', result: 'Der Leitfaden gilt seit Oktober 2027 in allen elf Kommunen.' });
    await expect.poll(async () => (await api.send('measures.get', { id: measureId })).status).toBe('COMPLETED');
    expect(app.pageErrors).toEqual([]);
  });

  it('records the group\'s overdue report as delivered on the group page', async () => {
    const { page, api } = app;
    const theme = await api.send('themes.get', { id: themeId });
    const groupId = theme.assignedGroup!.id;
    expect((await api.send('chain.gapAlerts', { themeId })).map((a) => a.kind)).toContain('GROUP_REPORT_OVERDUE');
    await app.open(`/gruppen/${groupId}`);
    await page.getByText('überfällig', { exact: false }).first().waitFor();
    await page.getByRole('button', { name: 'Als erstattet vermerken: Bericht zum 30.09.2027' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bericht zum 30.09.2027 erstattet' });
    await dialog.getByLabel('Erstattet am').fill('2027-10-12');
    await dialog.getByRole('button', { name: 'Vermerken' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('erstattet am 12.10.2027').waitFor();
    expect((await api.send('chain.gapAlerts', { themeId })).map((a) => a.kind)).not.toContain('GROUP_REPORT_OVERDUE');
    await app.checkAccessibility('gruppe-auftrag');
    await app.screenshot('themen-15-gruppe');
    expect(app.pageErrors).toEqual([]);
  });

  it('shows the whole chain from the first finding to the result, in date order', async () => {
    const { page } = app;
    await app.open(`/themen/${themeId}`);
    const timeline = page.getByRole('list', { name: 'Verlauf vom ersten Befund bis zum Ergebnis' });
    await timeline.waitFor();
    const titles = await timeline.locator('.timeline__title').allTextContents();
    for (const expected of ['Fallrekonstruktion', 'Erkenntnis: Schnittstelle', 'Erkenntnis: Lücke im Angebot', 'Status: priorisiert',
      'Projektgruppe „PG Wohnkosten“ eingesetzt', 'Bericht von „PG Wohnkosten“ erstattet', `Maßnahme „${MEASURE}“`, `Ergebnis: „${MEASURE}“`]) {
      expect(titles, expected).toContain(expected);
    }
    expect(titles.some((t) => t.startsWith('Beschluss'))).toBe(true);
    const dates = await timeline.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2026-11-16');
    // Each entry leads to its place: the finding to its reconstruction.
    expect(await timeline.getByRole('link', { name: 'Erkenntnis: Schnittstelle' }).getAttribute('href')).toBe(`#/fallrekonstruktionen/${reconstructionId}`);
    await app.checkAccessibility('thema-verlauf');
    await app.screenshot('themen-12-thema');
    expect(app.pageErrors).toEqual([]);
  });

  it('purges the reconstruction after its retention date and keeps the theme\'s evidence', async () => {
    const { page, api } = app;
    app.setNow('2029-01-10T09:00:00Z');
    await app.open('/fallrekonstruktionen/loeschfristen');
    await page.getByRole('cell', { name: 'CM-2026-014' }).waitFor();
    await app.checkAccessibility('loeschfristen');
    await app.screenshot('themen-13-loeschfristen');
    await page.getByRole('button', { name: 'Jetzt bereinigen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Fallrekonstruktionen bereinigen' });
    expect(await dialog.textContent()).toContain('Erhalten bleiben:');
    await app.screenshot('themen-14-bereinigen', { fullPage: false });
    await dialog.getByRole('button', { name: /bereinigen$/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Die Erkenntnisse und Themenbezüge sind erhalten.').waitFor();
    const purged = await api.send('reconstructions.get', { id: reconstructionId });
    expect(purged.purged).toBe(true);
    expect(purged.reconstruction.summary).not.toBe(FIXED);
    expect((await api.send('themes.get', { id: themeId })).evidence).toMatchObject({ findingCount: 2, caseCount: 1, municipalityCount: 1 });
    expect(app.pageErrors).toEqual([]);
  });
});

async function changeStatus(label: string): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: 'Status ändern' }).click();
  const dialog = page.getByRole('dialog', { name: `Status ändern: ${THEME}` });
  await dialog.getByLabel('Neuer Status').selectOption({ label });
  await dialog.getByRole('button', { name: 'Status ändern' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.locator('.facts').getByText(label, { exact: true }).waitFor();
}

async function editMeasure(change: { status: string; result?: string }): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: `Bearbeiten: ${MEASURE}` }).click();
  const dialog = page.getByRole('dialog', { name: `Maßnahme bearbeiten: ${MEASURE}` });
  await dialog.getByLabel('Status').selectOption({ label: change.status });
  if (change.result) await dialog.getByLabel('Ergebnis').fill(change.result);
  await dialog.getByRole('button', { name: 'Maßnahme speichern' }).click();
  await dialog.waitFor({ state: 'detached' });
}
