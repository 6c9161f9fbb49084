import { z } from 'zod';
import { choice, date, id, idInput, input, optionalDate, optionalId, optionalInt, optionalText, text } from '../fields';
import { method } from '../define';
import { DECISION_RESULTS, DECISION_TYPES, THEME_STATUSES } from '../../domain/enums';
import { carryOver, undoCarryOver } from '../../services/decisions/carryOver';
import { COMMISSIONABLE_KINDS, EFFECT_LABELS as E } from '../../services/decisions/effects';
import { getDecision, listDecisions } from '../../services/decisions/readDecisions';
import { DECISION_LABELS as L } from '../../services/decisions/votes';
import { createDecision, deleteDecision, updateDecision } from '../../services/decisions/writeDecision';

const fields = {
  text: text(L.text, 8000),
  type: choice(L.type, DECISION_TYPES),
  result: choice(L.result, DECISION_RESULTS),
  votesYes: optionalInt(L.votesYes, 0, 1000),
  votesNo: optionalInt(L.votesNo, 0, 1000),
  votesAbstain: optionalInt(L.votesAbstain, 0, 1000),
  overrideReason: optionalText(L.overrideReason, 2000),
};

// Nested objects need their own German type message; input() only covers the top level.
const effects = z.strictObject({
  commissionGroup: z.strictObject({
    kind: choice('Art der Gruppe', COMMISSIONABLE_KINDS),
    name: text(E.name, 200),
    shortName: optionalText('Kurzname der Gruppe', 60),
    mandate: text('Auftrag', 8000),
    plannedEndDate: optionalDate(E.plannedEndDate),
    leadPersonId: optionalId(E.leadPersonId),
    leadOrganisationId: optionalId(E.leadOrganisationId),
    reportDueDates: z.array(date(E.reportDueDates), { error: `${E.reportDueDates}: Liste erwartet.` })
      .max(40, { error: `${E.reportDueDates}: Höchstens 40.` }).optional(),
  }, { error: `${E.commissionGroup}: Angaben zur Gruppe erwartet.` }).nullable().optional(),
  themeStatus: z.strictObject({ themeId: id(E.themeId), status: choice(E.status, THEME_STATUSES) }, { error: `${E.themeId}: Angaben zum Thema erwartet.` })
    .nullable().optional(),
  approveMeasureIds: z.array(id(E.approveMeasureIds), { error: `${E.approveMeasureIds}: Liste erwartet.` })
    .max(100, { error: `${E.approveMeasureIds}: Höchstens 100.` }).optional(),
}, { error: 'Wirkungen: Angaben erwartet.' }).nullable().optional();

const writes = ['decisions', 'decision_effects', 'agenda_items', 'committees', 'committee_report_dues', 'themes', 'measures'] as const;
const itemId = id('Tagesordnungspunkt');

/** Decisions per agenda item with their effects, the decision register, and carrying items over. */
export const decisionMethods = {
  'decisions.list': method({
    input: z.strictObject({
      committeeId: optionalId('Gremium'), meetingId: optionalId('Sitzung'), year: optionalInt('Jahr', 2000, 2200),
    }).optional(),
    run: (ctx, filter) => listDecisions(ctx, filter ?? {}),
  }),
  'decisions.get': method({ input: idInput(), run: (ctx, { id: key }) => getDecision(ctx, key) }),
  'decisions.create': method({
    input: input({ agendaItemId: id(L.agendaItemId), ...fields, effects }),
    writes,
    run: (ctx, values) => createDecision(ctx, values),
  }),
  'decisions.update': method({
    input: input({ id: id(), ...fields }),
    writes,
    run: (ctx, { id: key, ...values }) => updateDecision(ctx, key, values),
  }),
  'decisions.delete': method({ input: idInput(), writes, run: (ctx, { id: key }) => deleteDecision(ctx, key) }),
  'agenda.carryOver': method({
    input: input({ itemId, reason: text('Grund der Vertagung', 1000) }),
    writes: ['agenda_items'],
    run: (ctx, { itemId: key, reason }) => carryOver(ctx, key, reason),
  }),
  'agenda.undoCarryOver': method({
    input: input({ itemId }),
    writes: ['agenda_items'],
    run: (ctx, { itemId: key }) => undoCarryOver(ctx, key),
  }),
};
