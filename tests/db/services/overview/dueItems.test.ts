import { afterEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { readRows } from '../../../helpers/database';

let t: TestCore | undefined;
afterEach(() => t?.dispose());

async function demoAt(now: string) {
  t = await testCore({ now });
  await t.api.send('setup.initialize', { officeName: 'Kreis Euskirchen', demo: true });
  return t;
}

describe('overview.dueItems', () => {
  it('lists every overdue decision task and agreement, overdue first', async () => {
    const core = await demoAt('2026-11-16T09:00:00Z');
    const due = await core.api.send('overview.dueItems');
    expect(due.today).toBe('2026-11-16');
    const overdueTasks = readRows<{ id: string }>(core.dataDir,
      "SELECT id FROM action_items WHERE status IN ('OPEN', 'IN_PROGRESS') AND due_date < '2026-11-16'");
    const listed = due.items.filter((i) => (i.kind === 'DECISION_TASK' || i.kind === 'AGREEMENT') && i.severity === 'overdue');
    expect(listed).toHaveLength(overdueTasks.length);
    const severities = due.items.map((i) => i.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['overdue', 'due', 'info'].indexOf(a) - ['overdue', 'due', 'info'].indexOf(b)));
    expect(listed.every((i) => /überfällig seit \d+ Tag/.test(i.detail))).toBe(true);
  });

  it('shows the next steering meeting with the last day to invite', async () => {
    const core = await demoAt('2026-11-16T09:00:00Z');
    const { nextMeeting } = await core.api.send('overview.dueItems');
    expect(nextMeeting).toMatchObject({ committeeName: 'Lenkungsgruppe KI/KIM', inviteBy: '2026-11-24', daysUntil: 22 });
  });

  it('turns a task that is due soon into an overdue one when the days pass', async () => {
    const before = await demoAt('2026-11-16T09:00:00Z');
    const soon = (await before.api.send('overview.dueItems')).items.find((i) => i.severity === 'due' && i.kind === 'DECISION_TASK');
    expect(soon?.dueDate).toBeTruthy();
    before.core.close();
    // The same office, reopened on the morning after the due date.
    const later = await testCore({ dataDir: before.dataDir, now: `${soon!.dueDate}T23:30:00Z` });
    try {
      const again = (await later.api.send('overview.dueItems')).items.find((i) => i.title === soon!.title && i.kind === soon!.kind);
      expect(again?.severity).toBe('overdue');
      expect(again?.detail).toMatch(/überfällig seit 1 Tag$/);
    } finally {
      later.core.close();
    }
  });

  it('warns about the invitation once the notice period starts', async () => {
    const core = await demoAt('2026-11-20T09:00:00Z');
    const invitation = (await core.api.send('overview.dueItems')).items.find((i) => i.kind === 'INVITATION');
    expect(invitation).toMatchObject({ severity: 'due', detail: 'Die Ladungsfrist verlangt die Einladung bis 24.11.2026.' });
  });

  it('is empty but well-formed for an empty office', async () => {
    t = await testCore();
    expect(await t.api.send('overview.dueItems')).toEqual({ today: '2025-06-15', horizonDays: 14, items: [], nextMeeting: null, reportDeadline: null });
  });
});

describe('overview.charts', () => {
  it('counts held steering meetings and decisions per year as the database does', async () => {
    const core = await demoAt('2026-11-16T09:00:00Z');
    const charts = await core.api.send('overview.charts');
    const held = readRows<{ year: number; n: number }>(core.dataDir, `SELECT CAST(substr(m.starts_at, 1, 4) AS INTEGER) AS year, count(*) AS n
      FROM meetings m JOIN committees c ON c.id = m.committee_id WHERE c.kind = 'STEERING_GROUP' AND m.status IN ('HELD', 'MINUTES_APPROVED') GROUP BY 1 ORDER BY 1`);
    expect(charts.meetingsPerYear.map((r) => ({ year: r.year, n: r.meetings }))).toEqual(held);
    const themes = readRows<{ n: number }>(core.dataDir, 'SELECT count(*) AS n FROM themes WHERE merged_into_theme_id IS NULL')[0].n;
    expect(charts.themesByStatus.reduce((n, s) => n + s.count, 0)).toBe(themes);
    expect(charts.themesByStatus.map((s) => s.label)).toContain('priorisiert');
    expect(charts.roundTablesByMunicipality).toHaveLength(11);
    expect(charts.postsByModule.map((p) => p.fundedFte)).toEqual([4, 11, 2]);
  });
});
