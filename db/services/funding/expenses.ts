import { and, asc, eq } from 'drizzle-orm';
import { events, expenses, fundingYears } from '../../schema';
import type { Context } from '../../core/context';
import { validationError } from '../../api/errors';
import type { BudgetLine } from '../../domain/enums';
import { formatDate, formatEuro } from '../../domain/format';
import { LABELS } from '../../domain/labels';
import { crud } from '../crud';
import { yearSpan } from './fundingYears';

export type Expense = typeof expenses.$inferSelect;

export const EXPENSE_LABELS = {
  fundingYearId: 'Förderjahr',
  budgetLine: 'Budgetlinie',
  spentOn: 'Datum',
  amountCents: 'Betrag',
  note: 'Verwendungszweck',
  eventId: 'Veranstaltung',
};
const L = EXPENSE_LABELS;

export interface ExpenseInput {
  fundingYearId: string;
  budgetLine: BudgetLine;
  spentOn: string;
  amountCents: number;
  note: string | null;
  eventId: string | null;
}

const expenseCrud = crud<Expense>({
  table: expenses,
  displayName: (row) => `${formatDate(String(row.spentOn))}, ${formatEuro(Number(row.amountCents))}`,
  labels: L,
  // The reference checks (year, event) ran before this, so the year exists here.
  check(ctx, next) {
    const row = next as unknown as Expense;
    const fy = ctx.db.select().from(fundingYears).where(eq(fundingYears.id, row.fundingYearId)).get()!;
    if (!row.spentOn.startsWith(`${fy.year}-`)) {
      throw validationError('spentOn', `${L.spentOn}: Der ${formatDate(row.spentOn)} liegt nicht im Förderjahr ${fy.year} (${yearSpan(fy.year)}).`);
    }
  },
});

export const getExpense = (ctx: Context, id: string) => expenseCrud.get(ctx, id);
export const createExpense = (ctx: Context, input: ExpenseInput) => expenseCrud.create(ctx, { ...input });
export const updateExpense = (ctx: Context, id: string, input: ExpenseInput) => expenseCrud.update(ctx, id, { ...input });
export const deleteExpense = (ctx: Context, id: string) => expenseCrud.remove(ctx, id);

export interface ExpenseRow extends Expense {
  budgetLineLabel: string;
  eventTitle: string | null;
}

export function listExpenses(ctx: Context, fundingYearId: string, budgetLine?: BudgetLine | null): ExpenseRow[] {
  const where = budgetLine
    ? and(eq(expenses.fundingYearId, fundingYearId), eq(expenses.budgetLine, budgetLine))
    : eq(expenses.fundingYearId, fundingYearId);
  return ctx.db.select({ expense: expenses, eventTitle: events.title }).from(expenses)
    .leftJoin(events, eq(events.id, expenses.eventId))
    .where(where)
    .orderBy(asc(expenses.spentOn), asc(expenses.createdAt), asc(expenses.id))
    .all()
    .map(({ expense, eventTitle }) => ({ ...expense, budgetLineLabel: LABELS.budgetLine[expense.budgetLine], eventTitle }));
}

/** Spent cents per budget line of a funding year. */
export function spentByLine(ctx: Context, fundingYearId: string): Map<BudgetLine, number> {
  const rows = ctx.sqlite.prepare(`SELECT budget_line AS line, sum(amount_cents) AS cents FROM expenses
    WHERE funding_year_id = ? GROUP BY budget_line`).all(fundingYearId) as Array<{ line: BudgetLine; cents: number }>;
  return new Map(rows.map((r) => [r.line, r.cents]));
}
