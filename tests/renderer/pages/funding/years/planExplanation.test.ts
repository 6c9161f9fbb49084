import { describe, expect, it } from 'vitest';
import { explainPlanLine, planSource, type PlanLine } from '../../../../../renderer/pages/funding/years/planExplanation';

const NBSP = '\u00a0';

function line(overrides: Partial<PlanLine>): PlanLine {
  return {
    budgetLine: 'B1_COORDINATION_STAFF', label: 'Personal Koordinierung (B1)', rateCents: 5_700_000, unit: 'PER_FTE',
    unitLabel: 'je VZÄ und Jahr', fundedFte: 3.5, months: 12, computedCents: 19_950_000, overrideCents: null, overrideNote: null,
    effectiveCents: 19_950_000, capCents: null, warnings: [], ...overrides,
  };
}

describe('explainPlanLine: why a budget line is planned as it is', () => {
  it('multiplies the funded FTE by the rate per FTE', () => {
    expect(explainPlanLine(line({}))).toBe(`3,5 VZÄ × 57.000,00${NBSP}€ je VZÄ`);
  });

  it('names the months with a post when a line had posts for part of the year only', () => {
    expect(explainPlanLine(line({ fundedFte: 0.75, months: 9 }))).toBe(`0,75 VZÄ × 57.000,00${NBSP}€ je VZÄ (Stellen in 9 von 12 Monaten)`);
  });

  it('counts the assistant rate per half post', () => {
    expect(explainPlanLine(line({ unit: 'PER_HALF_POST', rateCents: 2_250_000, fundedFte: 0.5 })))
      .toBe(`0,5 VZÄ ÷ 0,5 × 22.500,00${NBSP}€ je halbe Stelle`);
  });

  it('prorates a yearly lump sum by the months with a post', () => {
    expect(explainPlanLine(line({ unit: 'PER_YEAR', rateCents: 285_000 }))).toBe(`2.850,00${NBSP}€ pauschal je Jahr`);
    expect(explainPlanLine(line({ unit: 'PER_YEAR', rateCents: 285_000, months: 6 }))).toBe(`2.850,00${NBSP}€ pauschal × 6/12 Monate mit Stelle`);
  });

  it('plans capped lines at their cap', () => {
    expect(explainPlanLine(line({ unit: 'CAP_PER_YEAR', rateCents: 500_000, fundedFte: null, months: 0, capCents: 500_000 })))
      .toBe(`Geplant in Höhe der Obergrenze von 5.000,00${NBSP}€ je Jahr`);
  });

  it('says when there is no post or no rate at all', () => {
    expect(explainPlanLine(line({ months: 0, fundedFte: 0 }))).toBe(`Keine Stelle im Jahr; Fördersatz 57.000,00${NBSP}€ je VZÄ.`);
    expect(explainPlanLine(line({ unit: null, rateCents: null }))).toBe('Kein Fördersatz: nur ein eigener Ansatz ist möglich.');
  });

  it('tells an own amount from a computed one', () => {
    expect(planSource(line({}))).toBe('berechnet');
    expect(planSource(line({ overrideCents: 0 }))).toBe('eigener Ansatz');
  });
});
