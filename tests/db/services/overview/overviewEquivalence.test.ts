import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, testCore } from '../../../helpers/core';
import { testContext } from '../../../helpers/context';
import { BENCH_TODAY, generateOffice } from '../../../../scripts/bench/generate';
import { dueOverview, type DueItem } from '../../../../db/services/overview/dueItems';
import { overviewCharts } from '../../../../db/services/overview/charts';
import { overviewSummary } from '../../../../db/services/overview/summary';
import { leadTimes } from '../../../../db/services/chain/leadTimes';
import { LABELS } from '../../../../db/domain/labels';
import { gapAlerts } from '../../../../db/services/chain/gapAlerts';
import { berlinToday } from '../../../../db/domain/clock';
import {
  PREVIOUS_DECISIONS_WITHOUT_OWNER, PREVIOUS_LEAD_TIME_DATES, PREVIOUS_MEETINGS_PER_YEAR, previousOrder, previousTaskItems,
} from './previousOverview';

/**
 * The Übersicht was rebuilt to stay fast on large offices (issue #7). It must still show exactly what it showed
 * before: each section is compared with the previous computation (previousOverview.ts), on the demo office and on
 * a generated office, on several days, down to the JSON that goes over the wire.
 */

let scratch: string;
const offices: Record<'demo' | 'generated', string> = { demo: '', generated: '' };

beforeAll(async () => {
  scratch = tempDir('kim-overview-eq-');
  offices.demo = join(scratch, 'demo');
  const demo = await testCore({ dataDir: offices.demo, now: '2026-11-16T09:00:00Z' });
  await demo.api.send('setup.initialize', { officeName: 'Kreis Euskirchen', demo: true });
  demo.core.close();
  offices.generated = join(scratch, 'generated');
  await generateOffice({ dataDir: offices.generated, scale: 0.02, seed: 11 });
}, 60_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const isTask = (i: DueItem) => i.kind === 'DECISION_TASK' || i.kind === 'AGREEMENT';

const CASES: Array<[keyof typeof offices, string]> = [
  ['demo', '2026-11-16T09:00:00Z'], ['demo', '2026-11-20T09:00:00Z'], ['demo', '2025-03-01T09:00:00Z'],
  ['generated', `${BENCH_TODAY}T10:00:00Z`], ['generated', '2021-03-15T10:00:00Z'], ['generated', '2016-02-01T10:00:00Z'],
];

describe.each(CASES)('the Übersicht of the %s office on %s', (office, now) => {
  const open = () => testContext({ dataDir: offices[office], now });

  it('lists the same due items in the same order as before, down to the JSON', () => {
    const t = open();
    try {
      const due = dueOverview(t.ctx);
      const expected = previousOrder([...previousTaskItems(t.ctx, due.horizonDays), ...due.items.filter((i) => !isTask(i))]);
      expect(due.items).toEqual(expected);
      expect(JSON.stringify(due.items)).toBe(JSON.stringify(expected));
    } finally {
      t.dispose();
    }
  });

  it('finds the same decisions without an owner as before', () => {
    const t = open();
    try {
      const flagged = gapAlerts(t.ctx).filter((a) => a.kind === 'DECISION_NO_OWNER').map((a) => a.ref.id).sort();
      const expected = t.ctx.sqlite.prepare(PREVIOUS_DECISIONS_WITHOUT_OWNER).pluck().all({ today: berlinToday(t.ctx.clock) }) as string[];
      expect(flagged).toEqual([...expected].sort());
    } finally {
      t.dispose();
    }
  });

  it('charts the same lead times, meetings per year and posts as before', () => {
    const t = open();
    try {
      const charts = overviewCharts(t.ctx);
      expect(charts.meetingsPerYear).toEqual(t.ctx.sqlite.prepare(PREVIOUS_MEETINGS_PER_YEAR).all());
      const dates = leadTimes(t.ctx, 'year').themes.map(({ themeId, title, fieldOfAction, fieldOfActionLabel, firstFindingOn, proposedOn,
        firstDecisionOn, firstApprovalOn, firstCompletedOn }) => ({ themeId, title, fieldOfAction, fieldOfActionLabel, firstFindingOn,
        proposedOn, firstDecisionOn, firstApprovalOn, firstCompletedOn }));
      expect(dates).toEqual(t.ctx.sqlite.prepare(PREVIOUS_LEAD_TIME_DATES).all());
      expect(charts.postsByModule).toEqual(overviewSummary(t.ctx).postsByModule
        .map((p) => ({ fundingModule: p.fundingModule, label: LABELS.fundingModule[p.fundingModule], fundedFte: p.fundedFte, filledFte: p.filledFte })));
    } finally {
      t.dispose();
    }
  });
});

describe('the offices compared', () => {
  // Guards against comparing empty lists: each kind of row the fast queries handle is present in one office or the other.
  it('have overdue and soon due tasks and agreements, and themes with every stage dated', () => {
    const items: DueItem[] = [];
    for (const [office, now] of [['demo', '2026-11-16T09:00:00Z'], ['generated', `${BENCH_TODAY}T10:00:00Z`]] as const) {
      const t = testContext({ dataDir: offices[office], now });
      try {
        const tasks = dueOverview(t.ctx).items.filter(isTask);
        expect(tasks.length, office).toBeGreaterThan(0);
        items.push(...tasks);
        const themes = leadTimes(t.ctx, 'year').themes;
        for (const key of ['firstFindingOn', 'proposedOn', 'firstDecisionOn', 'firstApprovalOn', 'firstCompletedOn'] as const) {
          expect(themes.some((th) => th[key] != null), `${office} ${key}`).toBe(true);
        }
        expect(overviewCharts(t.ctx).meetingsPerYear.some((y) => y.decisions > 0), office).toBe(true);
        const decisions = t.ctx.sqlite.prepare("SELECT count(*) FROM decisions WHERE type IN ('COMMISSION_GROUP', 'APPROVE_MEASURE')").pluck().get();
        const withoutOwner = gapAlerts(t.ctx).filter((a) => a.kind === 'DECISION_NO_OWNER').length;
        if (office === 'generated') expect(withoutOwner, office).toBeGreaterThan(0);
        expect(withoutOwner, office).toBeLessThan(decisions as number);
      } finally {
        t.dispose();
      }
    }
    for (const kind of ['DECISION_TASK', 'AGREEMENT'] as const) {
      for (const severity of ['overdue', 'due'] as const) {
        expect(items.filter((i) => i.kind === kind && i.severity === severity).length, `${kind} ${severity}`).toBeGreaterThan(0);
      }
    }
  });
});
