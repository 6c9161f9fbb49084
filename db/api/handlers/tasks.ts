import { z } from 'zod';
import { choice, id, idInput, input, longText, optionalChoice, optionalDate, optionalId, optionalInt, optionalText, text } from '../fields';
import { method } from '../define';
import { TASK_SOURCES, TASK_STATUSES } from '../../domain/enums';
import { followUpReport } from '../../services/tasks/followUpReport';
import { getTask, listTasks, TASK_LIST_STATUSES } from '../../services/tasks/listTasks';
import { addTaskNote, createTask, deleteTask, TASK_LABELS as L, updateTask } from '../../services/tasks/taskWrites';

const fields = {
  source: choice(L.source, TASK_SOURCES),
  decisionId: optionalId(L.decisionId),
  meetingId: optionalId(L.meetingId),
  roundTableId: optionalId(L.roundTableId),
  title: text(L.title, 300),
  description: longText(L.description, 4000),
  ownerOrganisationId: optionalId(L.ownerOrganisationId),
  ownerPersonId: optionalId(L.ownerPersonId),
  ownerText: optionalText(L.ownerText, 200),
  dueDate: optionalDate(L.dueDate),
  status: choice(L.status, TASK_STATUSES).default('OPEN'),
  reviewDate: optionalDate(L.reviewDate),
  delayReason: optionalText(L.delayReason, 1000),
  evidenceText: longText(L.evidenceText, 4000),
  evidenceDocumentId: optionalId(L.evidenceDocumentId),
};

const writes = ['action_items', 'action_item_notes'] as const;

/** The one task model (Beschlusskontrolle, meeting and round-table agreements) and the "Stand der Beschlüsse". */
export const taskMethods = {
  'tasks.list': method({
    input: z.strictObject({
      status: optionalChoice('Auswahl', TASK_LIST_STATUSES),
      committeeId: optionalId('Gremium'),
      ownerOrganisationId: optionalId(L.ownerOrganisationId),
      ownerPersonId: optionalId(L.ownerPersonId),
      source: optionalChoice(L.source, TASK_SOURCES),
      municipalityId: optionalId('Kommune'),
      dueWithinDays: optionalInt('Fällig innerhalb von Tagen', 1, 366),
    }).optional(),
    run: (ctx, filter) => listTasks(ctx, filter ?? {}),
  }),
  'tasks.get': method({ input: idInput(), run: (ctx, { id: key }) => getTask(ctx, key) }),
  'tasks.create': method({ input: input(fields), writes, run: (ctx, values) => createTask(ctx, values) }),
  'tasks.update': method({
    input: input({ id: id(), ...fields }),
    writes,
    run: (ctx, { id: key, ...values }) => updateTask(ctx, key, values),
  }),
  'tasks.delete': method({ input: idInput(), writes, run: (ctx, { id: key }) => deleteTask(ctx, key) }),
  'tasks.addNote': method({
    input: input({ id: id(), text: text(L.text, 4000) }),
    writes,
    run: (ctx, { id: key, text: note }) => addTaskNote(ctx, key, note),
  }),
  'followUp.report': method({
    input: input({ committeeId: id('Gremium'), asOf: optionalDate('Stichtag') }),
    run: (ctx, values) => followUpReport(ctx, values),
  }),
};

