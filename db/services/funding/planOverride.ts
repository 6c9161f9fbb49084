import { and, eq } from 'drizzle-orm';
import { budgetPlans } from '../../schema';
import type { Context } from '../../core/context';
import type { BudgetLine } from '../../domain/enums';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';
import { getFundingYear } from './fundingYears';
import { computePlan, type FundingPlan } from './plan';

export const PLAN_OVERRIDE_LABELS = {
  fundingYearId: 'Förderjahr',
  budgetLine: 'Budgetlinie',
  plannedCents: 'Planansatz',
  note: 'Begründung',
};

export interface PlanOverrideInput {
  fundingYearId: string;
  budgetLine: BudgetLine;
  /** null removes the override, so the computed amount applies again. */
  plannedCents: number | null;
  note: string | null;
}

/**
 * Stores the office's own planned amount for a line (e.g. as granted in the notice), or removes it. Amounts above
 * a cap are accepted and reported as warnings by the plan: the office may knowingly finance the rest elsewhere.
 */
export function setPlanOverride(ctx: Context, input: PlanOverrideInput): FundingPlan {
  return ctx.write(() => {
    getFundingYear(ctx, input.fundingYearId);
    const where = and(eq(budgetPlans.fundingYearId, input.fundingYearId), eq(budgetPlans.budgetLine, input.budgetLine));
    const existing = ctx.db.select().from(budgetPlans).where(where).get();
    const now = ctx.nowIso();
    if (input.plannedCents == null) {
      if (existing) {
        ctx.db.delete(budgetPlans).where(eq(budgetPlans.id, existing.id)).run();
        recordAudit(ctx, 'budget_plans', existing.id, 'DELETE', existing, null);
      }
    } else if (existing) {
      if (existing.plannedCents !== input.plannedCents || existing.note !== input.note) {
        ctx.db.update(budgetPlans).set({ plannedCents: input.plannedCents, note: input.note, updatedAt: now })
          .where(eq(budgetPlans.id, existing.id)).run();
        recordAudit(ctx, 'budget_plans', existing.id, 'UPDATE', existing, ctx.db.select().from(budgetPlans).where(eq(budgetPlans.id, existing.id)).get());
      }
    } else {
      const row = {
        id: newId(), fundingYearId: input.fundingYearId, budgetLine: input.budgetLine,
        plannedCents: input.plannedCents, note: input.note, createdAt: now, updatedAt: now,
      };
      ctx.db.insert(budgetPlans).values(row).run();
      recordAudit(ctx, 'budget_plans', row.id, 'CREATE', null, row);
    }
    return computePlan(ctx, input.fundingYearId);
  });
}
