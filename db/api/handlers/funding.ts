import { z } from 'zod';
import {
  cents, choice, date, id, idInput, input, int, longText, optionalCents, optionalChoice, optionalDate, optionalId, optionalText,
} from '../fields';
import { method } from '../define';
import { BUDGET_LINES } from '../../domain/enums';
import { formatEuro } from '../../domain/format';
import {
  createFundingYear, deleteFundingYear, FUNDING_YEAR_LABELS as FY, getFundingYear, updateFundingYear,
} from '../../services/funding/fundingYears';
import { listFundingYears } from '../../services/funding/listFundingYears';
import { listRates, RATE_LABELS, updateRate } from '../../services/funding/rates';
import { computePlan } from '../../services/funding/plan';
import { PLAN_OVERRIDE_LABELS as PO, setPlanOverride } from '../../services/funding/planOverride';
import { fundingBalance } from '../../services/funding/balance';
import {
  createExpense, deleteExpense, EXPENSE_LABELS as EX, getExpense, listExpenses, updateExpense,
} from '../../services/funding/expenses';

const yearFields = {
  year: int(FY.year, 2000, 2100),
  guidelineVersion: optionalText(FY.guidelineVersion, 300),
  grantNoticeDate: optionalDate(FY.grantNoticeDate),
  grantNoticeRef: optionalText(FY.grantNoticeRef, 120),
  reportDeadline: optionalDate(FY.reportDeadline),
  notes: longText(FY.notes, 5000),
};

/** Expenses are real payments: zero is not an expense. */
const positiveCents = (label: string) => cents(label).refine((v) => v > 0, { error: `${label}: Muss größer als ${formatEuro(0)} sein.` });

const expenseFields = {
  fundingYearId: id(EX.fundingYearId),
  budgetLine: choice(EX.budgetLine, BUDGET_LINES),
  spentOn: date(EX.spentOn),
  amountCents: positiveCents(EX.amountCents),
  note: optionalText(EX.note, 500),
  eventId: optionalId(EX.eventId),
};

const byYear = input({ fundingYearId: id(FY.year) });

/** Funding years with their rates and plan, expenses, and planned against spent. */
export const fundingMethods = {
  'fundingYears.list': method({
    input: z.strictObject({}).optional(),
    run: (ctx) => listFundingYears(ctx),
  }),
  'fundingYears.get': method({ input: idInput(), run: (ctx, { id: key }) => getFundingYear(ctx, key) }),
  /** Creates the year with the previous year's rates (or the guideline's) in the same transaction. */
  'fundingYears.create': method({
    input: input(yearFields),
    writes: ['funding_years', 'funding_rates'],
    run: (ctx, values) => createFundingYear(ctx, values),
  }),
  'fundingYears.update': method({
    input: input({ id: id(), ...yearFields }),
    writes: ['funding_years'],
    run: (ctx, { id: key, ...values }) => updateFundingYear(ctx, key, values),
  }),
  'fundingYears.delete': method({
    input: idInput(),
    writes: ['funding_years', 'funding_rates', 'budget_plans'],
    run: (ctx, { id: key }) => deleteFundingYear(ctx, key),
  }),

  'fundingRates.list': method({
    input: byYear,
    run: (ctx, { fundingYearId }) => {
      getFundingYear(ctx, fundingYearId);
      return listRates(ctx, fundingYearId);
    },
  }),
  'fundingRates.update': method({
    input: input({ id: id(), amountCents: cents(RATE_LABELS.amountCents) }),
    writes: ['funding_rates'],
    run: (ctx, { id: key, amountCents }) => updateRate(ctx, key, amountCents),
  }),

  /** Computed, override and effective planned amount per budget line; the pro-rata rule is part of the answer. */
  'funding.plan': method({ input: byYear, run: (ctx, { fundingYearId }) => computePlan(ctx, fundingYearId) }),
  'funding.setPlanOverride': method({
    input: input({
      fundingYearId: id(PO.fundingYearId),
      budgetLine: choice(PO.budgetLine, BUDGET_LINES),
      plannedCents: optionalCents(PO.plannedCents),
      note: optionalText(PO.note, 500),
    }),
    writes: ['budget_plans'],
    run: (ctx, values) => setPlanOverride(ctx, values),
  }),
  'funding.balance': method({ input: byYear, run: (ctx, { fundingYearId }) => fundingBalance(ctx, fundingYearId) }),

  'expenses.list': method({
    input: input({ fundingYearId: id(EX.fundingYearId), budgetLine: optionalChoice(EX.budgetLine, BUDGET_LINES) }),
    run: (ctx, { fundingYearId, budgetLine }) => {
      getFundingYear(ctx, fundingYearId);
      return listExpenses(ctx, fundingYearId, budgetLine);
    },
  }),
  'expenses.get': method({ input: idInput(), run: (ctx, { id: key }) => getExpense(ctx, key) }),
  'expenses.create': method({ input: input(expenseFields), writes: ['expenses'], run: (ctx, values) => createExpense(ctx, values) }),
  'expenses.update': method({
    input: input({ id: id(), ...expenseFields }),
    writes: ['expenses'],
    run: (ctx, { id: key, ...values }) => updateExpense(ctx, key, values),
  }),
  'expenses.delete': method({ input: idInput(), writes: ['expenses'], run: (ctx, { id: key }) => deleteExpense(ctx, key) }),
};
