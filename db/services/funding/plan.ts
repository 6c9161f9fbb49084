import { eq } from 'drizzle-orm';
import { budgetPlans } from '../../schema';
import type { Context } from '../../core/context';
import { BUDGET_LINES, type BudgetLine, type FundingModule, type PostKind } from '../../domain/enums';
import { formatEuro } from '../../domain/format';
import { LABELS } from '../../domain/labels';
import { loadPostGrid, PRO_RATA_RULE, type GridPost } from '../staffing/monthGrid';
import { getFundingYear } from './fundingYears';
import { ratesOfYear, RATE_UNIT_LABELS, type RateUnit } from './rates';

export interface PlanLine {
  budgetLine: BudgetLine;
  label: string;
  rateCents: number | null;
  unit: RateUnit | null;
  unitLabel: string | null;
  /** Average funded FTE of the line's posts over the year (FTE-years); null for lines without posts. */
  fundedFte: number | null;
  /** Months in which the line had at least one post. */
  months: number;
  computedCents: number;
  overrideCents: number | null;
  overrideNote: string | null;
  effectiveCents: number;
  capCents: number | null;
  warnings: string[];
}

export interface PlanPost {
  postId: string;
  label: string;
  budgetLine: BudgetLine;
  fundedFte: number;
  months: number;
}

export interface FundingPlan {
  fundingYearId: string;
  year: number;
  rule: string;
  lines: PlanLine[];
  posts: PlanPost[];
  totals: { computedCents: number; effectiveCents: number };
  warnings: string[];
}

/** Which budget lines a post draws on: its staff line and, in Baustein 1, the matching material-cost line. */
export function budgetLinesOfPost(post: { fundingModule: FundingModule; kind: PostKind }): BudgetLine[] {
  if (post.fundingModule === 'B2_CASE_MANAGEMENT') return ['B2_CASE_MANAGEMENT'];
  if (post.fundingModule === 'B3_IMMIGRATION_AUTHORITY') return ['B3_IMMIGRATION_AUTHORITY'];
  return post.kind === 'ADMIN_ASSISTANT'
    ? ['B1_ADMIN_ASSISTANT', 'B1_MATERIAL_ASSISTANT']
    : ['B1_COORDINATION_STAFF', 'B1_MATERIAL_COORDINATION'];
}

/** rate × numerator / denominator, rounded half up to whole cents, exact for any size. */
function prorate(rateCents: number, numerator: number, denominator: number): number {
  const n = BigInt(rateCents) * BigInt(numerator);
  const d = BigInt(denominator);
  return Number((n * 2n + d) / (2n * d));
}

/**
 * What a unit means, per year: PER_FTE = rate × funded FTE; PER_HALF_POST = rate × funded FTE ÷ 0,5;
 * PER_YEAR = the lump sum for every month in which the line has a post; CAP_PER_YEAR = the cap itself
 * (events and interface measures are planned at their ceiling unless the office sets a lower amount).
 */
function computed(unit: RateUnit | null, rateCents: number | null, fteMonthsHundredths: number, months: number): number {
  if (unit == null || rateCents == null) return 0;
  switch (unit) {
    case 'PER_FTE': return prorate(rateCents, fteMonthsHundredths, 1200);
    case 'PER_HALF_POST': return prorate(rateCents, fteMonthsHundredths, 600);
    case 'PER_YEAR': return prorate(rateCents, months, 12);
    case 'CAP_PER_YEAR': return rateCents;
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function lineBasis(grid: readonly GridPost[], line: BudgetLine) {
  const posts = grid.filter((p) => budgetLinesOfPost(p).includes(line));
  let fteMonths = 0;
  let months = 0;
  for (let m = 0; m < 12; m++) {
    const cells = posts.map((p) => p.months[m]).filter((c) => c != null);
    fteMonths += cells.reduce((s, c) => s + c.fteHundredths, 0);
    if (cells.length > 0) months += 1;
  }
  return { posts, fteMonths, months };
}

/**
 * The planned amounts of a funding year per budget line: computed from the year's rates and the funded FTE
 * of the posts (pro rata by month, see PRO_RATA_RULE), the office's override where one is stored, and the
 * effective value (the override, else the computed amount).
 */
export function computePlan(ctx: Context, fundingYearId: string): FundingPlan {
  const fy = getFundingYear(ctx, fundingYearId);
  const rates = ratesOfYear(ctx, fy.id);
  const overrides = ctx.db.select().from(budgetPlans).where(eq(budgetPlans.fundingYearId, fy.id)).all();
  const grid = loadPostGrid(ctx, fy.year);

  const lines = BUDGET_LINES.map((budgetLine): PlanLine => {
    const rate = rates.find((r) => r.budgetLine === budgetLine);
    const override = overrides.find((o) => o.budgetLine === budgetLine);
    const basis = lineBasis(grid, budgetLine);
    const computedCents = computed(rate?.unit ?? null, rate?.amountCents ?? null, basis.fteMonths, basis.months);
    const effectiveCents = override?.plannedCents ?? computedCents;
    const capCents = rate?.unit === 'CAP_PER_YEAR' ? rate.amountCents : null;
    const label = LABELS.budgetLine[budgetLine];
    const warnings = capCents != null && effectiveCents > capCents
      ? [`${label}: Der Planansatz von ${formatEuro(effectiveCents)} liegt über der Obergrenze von ${formatEuro(capCents)}.`]
      : [];
    const staffed = rate?.unit === 'PER_FTE' || rate?.unit === 'PER_HALF_POST' || rate?.unit === 'PER_YEAR';
    return {
      budgetLine, label,
      rateCents: rate?.amountCents ?? null,
      unit: rate?.unit ?? null,
      unitLabel: rate ? RATE_UNIT_LABELS[rate.unit] : null,
      fundedFte: staffed ? round2(basis.fteMonths / 1200) : null,
      months: basis.months,
      computedCents,
      overrideCents: override?.plannedCents ?? null,
      overrideNote: override?.note ?? null,
      effectiveCents,
      capCents,
      warnings,
    };
  });

  const posts = grid.map((post): PlanPost => {
    const cells = post.months.filter((c) => c != null);
    return {
      postId: post.id, label: post.label, budgetLine: budgetLinesOfPost(post)[0],
      fundedFte: round2(cells.reduce((s, c) => s + c.fteHundredths, 0) / 1200), months: cells.length,
    };
  });

  return {
    fundingYearId: fy.id,
    year: fy.year,
    rule: PRO_RATA_RULE,
    lines,
    posts,
    totals: {
      computedCents: lines.reduce((s, l) => s + l.computedCents, 0),
      effectiveCents: lines.reduce((s, l) => s + l.effectiveCents, 0),
    },
    warnings: lines.flatMap((l) => l.warnings),
  };
}
