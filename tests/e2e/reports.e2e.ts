import { afterEach, describe, expect, it } from 'vitest';
import { startApp, waitForData, type E2eApp } from './harness';
import { download } from './steeringHelpers';

let app: E2eApp | undefined;
afterEach(async () => {
  expect(app?.pageErrors ?? []).toEqual([]);
  await app?.close();
  app = undefined;
});

const TEXT = 'Die Kommunen haben Übergänge gestärkt; größere Beteiligung der Träger in Zülpich und Bad Münstereifel.';

describe('Berichte: the Sachbericht of a funding year', () => {
  it('creates the Sachbericht 2025, freezes its figures twice and lists the changes, saves a chapter text, previews and exports it', async () => {
    app = await startApp({ setup: 'demo' });
    const { page, api } = app;
    expect(await api.send('reports.list', { kind: 'SACHBERICHT' })).toEqual([]);

    await app.open('/berichte');
    expect(await page.locator('.empty-state').allTextContents()).toContain('Es ist noch kein Sachbericht angelegt.');
    await page.getByLabel('Förderjahr').selectOption('2025');
    await page.getByRole('button', { name: 'Sachbericht anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sachbericht 2025' }).waitFor();
    await waitForData(page);
    const [draft] = await api.send('reports.list', { kind: 'SACHBERICHT' });
    expect(draft).toMatchObject({ year: 2025, title: 'Sachbericht 2025' });
    expect(page.url()).toContain(`#/berichte/${draft.id}`);
    const facts = page.locator('.report-snapshot .facts');
    expect(await facts.textContent()).toContain('Zahlen festgeschriebennoch nicht');

    // A first figure state at mid-year, then the one at the year's end: the page lists what differs between them.
    await page.getByLabel('Stichtag der Zahlen').fill('2025-06-30');
    await page.getByRole('button', { name: 'Zahlen festschreiben (Stichtag 30.06.2025)' }).click();
    await page.getByText('Die Zahlen wurden zum Stichtag 30.06.2025 festgeschrieben.').waitFor();
    await expect.poll(() => facts.textContent()).toContain('Zahlenstände1');
    expect(await page.getByRole('heading', { name: 'Änderungen gegenüber dem vorigen Zahlenstand' }).count()).toBe(0);

    await page.getByLabel('Stichtag der Zahlen').fill('2025-12-31');
    await page.getByRole('button', { name: 'Zahlen festschreiben (Stichtag 31.12.2025)' }).click();
    await page.getByRole('heading', { name: 'Änderungen gegenüber dem vorigen Zahlenstand' }).waitFor();
    await waitForData(page);
    const diff = await api.send('reports.snapshotDiff', { draftId: draft.id });
    expect(diff.changes.length).toBeGreaterThan(0);
    const changes = page.locator('.report-diff__list li');
    expect(await changes.count()).toBe(diff.changes.length);
    expect(await changes.first().textContent()).toContain(`${diff.changes[0].label}: `);
    expect(await facts.textContent()).toContain('Stichtag31.12.2025');
    expect(await page.locator('.report-diff__list').textContent()).toContain('30.06.2025 → 31.12.2025');

    const { sections } = await api.send('reports.get', { id: draft.id });
    const chapter = sections[0];
    const text = page.getByLabel(`Text: ${chapter.title}`);
    await text.fill(TEXT);
    await text.blur();
    await expect.poll(() => page.locator('.autosave__state').first().textContent()).toContain('gespeichert');
    await page.getByLabel(`Status: ${chapter.title}`).selectOption({ label: 'geprüft' });
    await expect.poll(async () => (await api.send('reports.get', { id: draft.id })).sections[0])
      .toMatchObject({ narrative: TEXT, status: 'REVIEWED', enabled: true });

    await page.getByLabel(`Im Bericht: ${sections[1].title}`).uncheck();
    await expect.poll(async () => (await api.send('reports.get', { id: draft.id })).sections[1].enabled).toBe(false);
    await page.getByRole('button', { name: `Nach unten: ${chapter.title}` }).click();
    await expect.poll(async () => (await api.send('reports.get', { id: draft.id })).sections.map((s) => s.id).slice(0, 2))
      .toEqual([sections[1].id, chapter.id]);
    await waitForData(page);
    expect(await page.locator('body').textContent()).not.toMatch(/undefined|NaN/);
    await app.checkAccessibility('bericht-kapitel');
    await app.screenshot('bericht-kapitel');

    await page.getByRole('navigation', { name: 'Bereiche des Berichts' }).getByRole('link', { name: 'Vorschau' }).click();
    const preview = page.getByRole('article', { name: 'Sachbericht 2025' });
    await preview.waitFor();
    await waitForData(page);
    expect(await preview.textContent()).toContain(TEXT);
    expect(await preview.textContent()).toContain('(geprüft)');
    // The chapter left out of the report is not in the preview either.
    expect(await preview.getByRole('heading', { name: new RegExp(sections[1].title) }).count()).toBe(0);
    const tables = preview.locator('table');
    expect(await tables.count()).toBeGreaterThan(0);
    expect(await tables.first().locator('thead th').count()).toBeGreaterThan(0);
    // Each chart of the model is drawn from its data, with the Word file's alternative text as its summary.
    const charts = (await api.send('reports.preview', { draftId: draft.id })).chapters
      .flatMap((c) => c.generated).filter((b) => b.kind === 'chart');
    expect(charts.length).toBeGreaterThan(0);
    const figures = preview.locator('figure.chart-figure');
    expect(await figures.count()).toBe(charts.length);
    expect(await figures.first().locator('svg').count()).toBeGreaterThan(0);
    expect(await figures.first().textContent()).toContain(charts[0].kind === 'chart' ? charts[0].altText : '');
    await app.checkAccessibility('bericht-vorschau');
    await app.screenshot('bericht-vorschau');

    const file = await download(page, page.getByRole('button', { name: 'Als Word exportieren' }));
    expect(file.name).toMatch(/\.docx$/);
    expect(file.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await page.getByText(`„${file.name}“ wurde heruntergeladen.`).waitFor();

    await app.open('/berichte');
    expect(await page.getByRole('link', { name: 'Sachbericht 2025' }).count()).toBe(1);
    expect(await page.getByLabel('Förderjahr').locator('option').allTextContents()).not.toContain('2025');
  });

  it('says that the preview needs frozen figures before any were taken', async () => {
    app = await startApp({ setup: 'demo' });
    const { page, api } = app;
    const draft = await api.send('reports.createSachbericht', { year: 2026 });
    await app.open(`/berichte/${draft.id}/vorschau`);
    expect(await page.locator('.empty-state').textContent()).toContain('Bitte schreiben Sie zuerst die Zahlen zum Stichtag fest.');
    expect(await page.getByRole('article').count()).toBe(0);
    await app.checkAccessibility('bericht-vorschau-ohne-zahlen');
  });
});
