import { describe, expect, it } from 'vitest';
import { balanceStatus, formatPercent, type BalanceLine } from '../../../../../renderer/pages/funding/years/balanceStatus';

function line(plannedCents: number, spentCents: number, capCents: number | null = null): BalanceLine {
  return {
    budgetLine: 'B1_EVENTS', label: 'Veranstaltungsformate (B1)', plannedCents, spentCents, differenceCents: plannedCents - spentCents,
    percentUsed: null, capCents, warnings: [],
  };
}

describe('balanceStatus: the state of a budget line in words', () => {
  it('is within the plan while less than planned is spent', () => {
    expect(balanceStatus(line(500_000, 309_000, 500_000))).toEqual({ text: 'im Plan', variant: 'success' });
  });

  it('says when the plan is used up exactly', () => {
    expect(balanceStatus(line(500_000, 500_000))).toEqual({ text: 'ausgeschöpft', variant: 'info' });
  });

  it('warns when more than planned is spent, and more strongly above the cap', () => {
    expect(balanceStatus(line(300_000, 400_000, 500_000))).toEqual({ text: 'über dem Plan', variant: 'warning' });
    expect(balanceStatus(line(600_000, 550_000, 500_000))).toEqual({ text: 'über der Obergrenze', variant: 'danger' });
  });

  it('counts spending on an unplanned line as over plan', () => {
    expect(balanceStatus(line(0, 10_000))).toEqual({ text: 'über dem Plan', variant: 'warning' });
  });

  it('formats the share used with a decimal comma, or a dash without a plan', () => {
    expect(formatPercent(61.8)).toBe('61,8\u00a0%');
    expect(formatPercent(100)).toBe('100\u00a0%');
    expect(formatPercent(null)).toBe('–');
  });
});
