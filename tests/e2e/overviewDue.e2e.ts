import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputOf } from '../../db/api/contract';
import { DEFAULT_NOW, startApp, type E2eApp } from './harness';

type Due = OutputOf<'overview.dueItems'>;

const BADGE = { overdue: 'Überfällig', due: 'Fällig', info: 'Hinweis' } as const;

let app: E2eApp;
beforeAll(async () => { app = await startApp({ setup: 'demo' }); });
afterAll(async () => { await app?.close(); });

/** Each shown item as "badge | title", in page order. */
async function shownItems(): Promise<string[]> {
  const section = app.page.getByRole('region', { name: 'Fällig und überfällig' });
  return section.locator('.due-item').evaluateAll((items) => items.map((li) =>
    `${li.querySelector('.due-item__badge')?.textContent ?? ''} | ${li.querySelector('a')?.textContent ?? ''}`));
}

/** The page shows this many items per area until "Alle … anzeigen" is pressed. */
const SHOWN_PER_GROUP = 10;

function expectedItems(due: Due, perGroup = SHOWN_PER_GROUP): string[] {
  // The page groups by area in the order each area first appears; within an area the core's order holds.
  const kinds = [...new Set(due.items.map((i) => i.kind))];
  return kinds.flatMap((k) => due.items.filter((i) => i.kind === k).slice(0, perGroup).map((i) => `${BADGE[i.severity]} | ${i.title}`));
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T08:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

describe('the Übersicht on the demo Kreis', () => {
  it('shows the same due and overdue items as the core, each saying its state in words and linking to its place', async () => {
    await app.open('/uebersicht');
    const due = await app.api.send('overview.dueItems');
    expect(due.today).toBe(DEFAULT_NOW.slice(0, 10));
    expect(due.items.length).toBeGreaterThan(0);
    expect(due.items.some((i) => i.severity === 'overdue')).toBe(true);
    expect(await shownItems()).toEqual(expectedItems(due));

    const section = app.page.getByRole('region', { name: 'Fällig und überfällig' });
    const overdue = due.items.filter((i) => i.severity === 'overdue').length;
    expect(await section.textContent()).toContain(`${overdue} überfällig`);

    // A decision task leads to the Beschlusskontrolle, where it can be ticked off.
    const task = due.items.find((i) => i.kind === 'DECISION_TASK');
    if (task) {
      expect(await section.getByRole('link', { name: task.title, exact: true }).first().getAttribute('href')).toBe('#/lenkungsgruppe/beschlusskontrolle');
    }

    const next = app.page.getByRole('region', { name: 'Als Nächstes' });
    if (due.nextMeeting) expect(await next.textContent()).toContain(due.nextMeeting.committeeName);
    if (due.reportDeadline) expect(await next.textContent()).toContain(`Sachbericht ${due.reportDeadline.year}`);

    await app.checkAccessibility('uebersicht-faellig');
    await app.screenshot('uebersicht-faellig');
    expect(app.pageErrors).toEqual([]);
  });

  it('marks an item overdue once the clock passes its due date', async () => {
    const before = await app.api.send('overview.dueItems');
    const item = before.items.find((i) => i.severity === 'due' && i.dueDate && (i.kind === 'DECISION_TASK' || i.kind === 'AGREEMENT'))
      ?? before.items.find((i) => i.severity === 'due' && i.dueDate)!;
    expect(item, 'a due item with a date in the demo data').toBeDefined();

    await app.open('/uebersicht');
    const row = () => app.page.locator('.due-item').filter({ has: app.page.getByRole('link', { name: item.title, exact: true }) }).first();
    expect(await row().locator('.due-item__badge').textContent()).toBe('Fällig');

    app.setNow(nextDay(item.dueDate!));
    await app.open('/uebersicht');
    const after = await app.api.send('overview.dueItems');
    expect(after.items.find((i) => i.title === item.title && i.kind === item.kind)?.severity).toBe('overdue');
    expect(await row().locator('.due-item__badge').textContent()).toBe('Überfällig');
    expect(await shownItems()).toEqual(expectedItems(after));
    await app.screenshot('uebersicht-faellig-spaeter');
    expect(app.pageErrors).toEqual([]);
  });

  it('shows the charts with their numbers as tables', async () => {
    app.setNow(DEFAULT_NOW);
    await app.open('/uebersicht');
    const charts = await app.api.send('overview.charts');
    const region = app.page.getByRole('region', { name: 'Auswertungen' });
    for (const title of ['Sitzungen und Beschlüsse je Jahr', 'Themen nach Status', 'Runde Tische je Kommune', 'Wo stockt es?', 'Stellen nach Baustein']) {
      expect(await region.getByRole('figure', { name: title }).count(), title).toBe(1);
    }
    const meetings = region.getByRole('figure', { name: 'Sitzungen und Beschlüsse je Jahr' });
    await meetings.getByText('Daten als Tabelle').click();
    const last = charts.meetingsPerYear[charts.meetingsPerYear.length - 1];
    const row = meetings.getByRole('row', { name: new RegExp(`^${last.year}`) });
    expect(await row.getByRole('cell').allTextContents()).toEqual([String(last.meetings), String(last.decisions)]);
    await app.checkAccessibility('uebersicht-diagramme');
    await region.getByRole('figure', { name: 'Themen nach Status' }).scrollIntoViewIfNeeded();
    await app.screenshot('uebersicht-diagramme', { fullPage: false });
    await region.getByRole('figure', { name: 'Stellen nach Baustein' }).scrollIntoViewIfNeeded();
    await app.screenshot('uebersicht-diagramme-2', { fullPage: false });
    expect(app.pageErrors).toEqual([]);
  });

  it('shows the first ten items of a crowded area and the rest on request', async () => {
    app.setNow(DEFAULT_NOW);
    const [decision] = await app.api.send('decisions.list');
    for (let n = 1; n <= 12; n++) {
      await app.api.send('tasks.create', { source: 'DECISION', decisionId: decision.id, title: `Nachhalten Nr. ${n}`, description: '', ownerText: 'Koordinierungsstelle', dueDate: '2026-10-01', evidenceText: '' });
    }
    await app.open('/uebersicht');
    const due = await app.api.send('overview.dueItems');
    const tasks = due.items.filter((i) => i.kind === 'DECISION_TASK');
    expect(tasks.length).toBeGreaterThan(SHOWN_PER_GROUP);
    expect(await shownItems()).toEqual(expectedItems(due));

    const more = app.page.getByRole('button', { name: `Alle ${tasks.length} anzeigen` });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.click();
    expect((await shownItems()).filter((line) => tasks.some((t) => line.endsWith(`| ${t.title}`)))).toHaveLength(tasks.length);
    await app.page.getByRole('button', { name: 'Weniger anzeigen' }).click();
    expect(await shownItems()).toEqual(expectedItems(due));
    await app.checkAccessibility('uebersicht-faellig-viele');
    expect(app.pageErrors).toEqual([]);
  });
});
