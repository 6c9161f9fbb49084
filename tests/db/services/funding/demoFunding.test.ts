import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../../../db/demo';
import { fundingBalance } from '../../../../db/services/funding/balance';
import { fundingYearOf } from '../../../../db/services/funding/fundingYears';
import { computePlan } from '../../../../db/services/funding/plan';
import { testContext, type TestContext } from '../../../helpers/context';

let t: TestContext;
beforeAll(() => {
  t = testContext({ now: '2026-01-15T09:00:00Z' });
  loadDemoData(t.ctx);
});
afterAll(() => t.dispose());

const planOf = (year: number) => computePlan(t.ctx, fundingYearOf(t.ctx, year)!.id);

describe('the funding plan of the demo Kreis', () => {
  it('computes the maximum envelope of the Fortschreibung, 986.800 €, from the posts of 2025', () => {
    const plan = planOf(2025);
    expect(Object.fromEntries(plan.lines.map((l) => [l.budgetLine, l.computedCents / 100]))).toEqual({
      B1_COORDINATION_STAFF: 199_500, B1_ADMIN_ASSISTANT: 22_500, B1_MATERIAL_COORDINATION: 19_950, B1_MATERIAL_ASSISTANT: 2_850,
      B1_EVENTS: 5_000, B1_INTERFACE_MEASURES: 10_000, B2_CASE_MANAGEMENT: 627_000, B3_IMMIGRATION_AUTHORITY: 100_000, OTHER: 0,
    });
    expect(plan.totals.computedCents).toBe(98_680_000);
  });

  it('computes less than the stored plan for 2022, when several case-management posts only began during the year', () => {
    const cm = planOf(2022).lines.find((l) => l.budgetLine === 'B2_CASE_MANAGEMENT')!;
    expect(cm.overrideCents).toBe(62_700_000);
    expect(cm.effectiveCents).toBe(62_700_000);
    expect(cm.computedCents).toBeLessThan(cm.overrideCents!);
    // 107 post-months: Eifel 2 from February (11), DRK 2 from March (10), Caritas Euskirchen 2 from April (9), KJA 2 from May (8),
    // ABH from July (6), BNE from October (3), five posts all year; the Integration Point post counts while vacant (12).
    expect(cm.months).toBe(12);
    expect(cm.fundedFte).toBe(8.92);
    expect(cm.computedCents).toBe(50_825_000);
  });

  it('balances 2025: events and interface measures spent, staff lines not booked as expenses', () => {
    const balance = fundingBalance(t.ctx, fundingYearOf(t.ctx, 2025)!.id);
    const events = balance.lines.find((l) => l.budgetLine === 'B1_EVENTS')!;
    // Fotowettbewerb 720 €, IKÖ modules 2 × 700 €, Diversity-Tag 450 €, two Einbürgerung evenings 280 € and 240 €
    expect(events).toMatchObject({ plannedCents: 500_000, spentCents: 309_000, differenceCents: 191_000, percentUsed: 61.8 });
    expect(balance.lines.find((l) => l.budgetLine === 'B1_INTERFACE_MEASURES')).toMatchObject({ spentCents: 420_000 });
    expect(balance.warnings).toEqual([]);
  });
});
