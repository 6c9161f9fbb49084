import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../../../db/demo';
import { staffingMonthly, type StaffingReport } from '../../../../db/services/staffing/monthly';
import { testContext, type TestContext } from '../../../helpers/context';

let t: TestContext;
let y2024: StaffingReport;
let y2025: StaffingReport;
beforeAll(() => {
  t = testContext({ now: '2026-01-15T09:00:00Z' });
  loadDemoData(t.ctx);
  y2024 = staffingMonthly(t.ctx, 2024);
  y2025 = staffingMonthly(t.ctx, 2025);
});
afterAll(() => t.dispose());

const module = (r: StaffingReport, m: string) => r.modules.find((x) => x.fundingModule === m)!;

describe('staffing.monthly on the demo Kreis', () => {
  it('funds 4.0 FTE in Baustein 1 every month of 2025 (3.5 coordination, 0.5 assistant), all filled', () => {
    expect(module(y2025, 'B1_COORDINATION').months.map((m) => m.fundedFte)).toEqual(Array(12).fill(4));
    expect(module(y2025, 'B1_COORDINATION')).toMatchObject({ fundedFte: 4, filledFte: 4, filledShare: 1 });
  });

  it('shows the case-management turnover at the turn of 2024/2025 in the filled FTE of Baustein 2', () => {
    expect(module(y2025, 'B2_CASE_MANAGEMENT').months.map((m) => m.filledFte)).toEqual([9, 9, 10, 10, 10, 10, 11, 11, 11, 11, 11, 11]);
    expect(module(y2025, 'B2_CASE_MANAGEMENT')).toMatchObject({ fundedFte: 11, filledFte: 10.33 });
    expect(module(y2025, 'B3_IMMIGRATION_AUTHORITY')).toMatchObject({ fundedFte: 2, filledFte: 1.5 });
  });

  it('lists the vacancies of 2025 with their full durations, a vacancy running on from 2024 included', () => {
    expect(y2025.vacancies.map((v) => [v.postLabel, v.from, v.to, v.days, v.monthsInYear, v.statuses.join('→')])).toEqual([
      ['EBH – Einbürgerung (Baustein 3)', '2022-01-01', null, 1476, 12, 'VACANT→ADVERTISED'],
      ['CM DRK 2', '2024-12-01', '2025-02-28', 90, 2, 'ADVERTISED'],
      ['CM KJA 2', '2025-01-01', '2025-06-30', 181, 6, 'VACANT→ADVERTISED'],
    ]);
  });

  it('dates departures by the last working day, so leaving at the end of 2024 is turnover of 2024', () => {
    expect(y2024.holderChanges.filter((c) => c.kind === 'DEPARTURE').map((c) => [c.postLabel, c.on])).toEqual([
      ['Koordinierungsstelle 4 – Bildung für nachhaltige Entwicklung', '2024-10-31'],
      ['CM DRK 2', '2024-11-30'],
      ['CM KJA 2', '2024-12-31'],
    ]);
    expect(y2025.holderChanges.map((c) => [c.postLabel, c.on, c.kind])).toEqual([
      ['Koordinierungsstelle 4 – Bildung für nachhaltige Entwicklung', '2025-01-01', 'ARRIVAL'],
      ['CM DRK 2', '2025-03-01', 'ARRIVAL'],
      ['CM KJA 2', '2025-07-01', 'ARRIVAL'],
    ]);
    expect(y2025.turnover).toEqual({ departures: 0, arrivals: 3, handovers: 0 });
  });
});
