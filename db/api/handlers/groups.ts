import { z } from 'zod';
import { date, id, idInput, input, optionalChoice, optionalDate, optionalId, optionalText, text } from '../fields';
import { method } from '../define';
import { COMMITTEE_STATUSES } from '../../domain/enums';
import { COMMISSIONABLE_KINDS } from '../../services/decisions/effects';
import { getGroup, listGroups } from '../../services/groups/listGroups';
import {
  addReportDue, closeGroup, GROUP_LABELS as L, markDelivered, removeReportDue, updateReportDue,
} from '../../services/groups/groupWrites';

const writes = ['committees', 'committee_report_dues'] as const;

/**
 * What project and working groups need beyond committees.*: the register with lead, mandate, commissioning
 * decision, members and next report, the report dates owed to the Lenkungsgruppe, and closing a group.
 */
export const groupMethods = {
  'groups.list': method({
    input: z.strictObject({
      kind: optionalChoice('Art', COMMISSIONABLE_KINDS),
      status: optionalChoice('Status', COMMITTEE_STATUSES),
    }).optional(),
    run: (ctx, filter) => listGroups(ctx, filter ?? {}),
  }),
  'groups.get': method({ input: idInput(), run: (ctx, { id: key }) => getGroup(ctx, key) }),
  'groups.addReportDue': method({
    input: input({ committeeId: id(L.committeeId), dueDate: date(L.dueDate), topic: optionalText(L.topic, 300) }),
    writes,
    run: (ctx, values) => addReportDue(ctx, values),
  }),
  'groups.updateReportDue': method({
    input: input({
      id: id(), dueDate: date(L.dueDate), topic: optionalText(L.topic, 300), deliveredOn: optionalDate(L.deliveredOn),
      deliveredAgendaItemId: optionalId(L.deliveredAgendaItemId),
    }),
    writes,
    run: (ctx, values) => updateReportDue(ctx, values),
  }),
  'groups.markDelivered': method({
    input: input({ id: id(), deliveredOn: date(L.deliveredOn), agendaItemId: optionalId(L.deliveredAgendaItemId) }),
    writes,
    run: (ctx, values) => markDelivered(ctx, values),
  }),
  'groups.removeReportDue': method({ input: idInput(), writes, run: (ctx, { id: key }) => removeReportDue(ctx, key) }),
  'groups.close': method({
    input: input({ id: id(), endDate: date(L.endDate), closingResult: text(L.closingResult, 5000) }),
    writes,
    run: (ctx, values) => closeGroup(ctx, values),
  }),
};
