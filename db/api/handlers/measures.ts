import { z } from 'zod';
import { cents, choice, id, idInput, input, int, longText, optionalChoice, optionalDate, optionalId, optionalInt, text } from '../fields';
import { method } from '../define';
import { BUDGET_LINES, MEASURE_STATUSES } from '../../domain/enums';
import { getMeasure, listMeasures } from '../../services/measures/readMeasures';
import { createMeasure, deleteMeasure, MEASURE_LABELS as L, updateMeasure } from '../../services/measures/measureWrites';

const budget = z.strictObject({
  year: int(L.year, 2000, 2200),
  amountCents: cents(L.amountCents),
}, { error: `${L.budgets}: Jahr und Betrag erwartet.` });

const fields = {
  themeId: optionalId(L.themeId),
  committeeId: optionalId(L.committeeId),
  title: text(L.title, 300),
  targetAgreement: longText(L.targetAgreement, 5000),
  indicators: longText(L.indicators, 3000),
  responsibleOrganisationIds: z.array(id(L.responsibleOrganisationIds), { error: `${L.responsibleOrganisationIds}: Liste erwartet.` })
    .max(50, { error: `${L.responsibleOrganisationIds}: Höchstens 50.` }).default([]),
  status: choice(L.status, MEASURE_STATUSES).default('PROPOSED'),
  startDate: optionalDate(L.startDate),
  endDate: optionalDate(L.endDate),
  budgetLine: optionalChoice(L.budgetLine, BUDGET_LINES),
  budgets: z.array(budget, { error: `${L.budgets}: Liste erwartet.` }).max(30, { error: `${L.budgets}: Höchstens 30 Jahre.` }).default([]),
  result: longText(L.result, 5000),
  evidence: longText(L.evidence, 3000),
};

const writes = ['measures', 'measure_budgets', 'measure_organisations'] as const;

/** Measures with target agreement, responsible organisations, lifecycle and yearly budgets (with cap warnings). */
export const measureMethods = {
  'measures.list': method({
    input: z.strictObject({
      themeId: optionalId(L.themeId),
      committeeId: optionalId(L.committeeId),
      status: optionalChoice(L.status, MEASURE_STATUSES),
      year: optionalInt(L.year, 2000, 2200),
    }).optional(),
    run: (ctx, filter) => listMeasures(ctx, filter ?? {}),
  }),
  'measures.get': method({ input: idInput(), run: (ctx, { id: key }) => getMeasure(ctx, key) }),
  'measures.create': method({ input: input(fields), writes, run: (ctx, values) => createMeasure(ctx, values) }),
  'measures.update': method({
    input: input({ id: id(), ...fields }),
    writes,
    run: (ctx, { id: key, ...values }) => updateMeasure(ctx, key, values),
  }),
  'measures.delete': method({ input: idInput(), writes, run: (ctx, { id: key }) => deleteMeasure(ctx, key) }),
};
