import { z } from 'zod';
import { bool, choice, id, idInput, input, longText, optionalInt, optionalText, text } from '../fields';
import { method } from '../define';
import { AGENDA_ITEM_KINDS } from '../../domain/enums';
import { agendaBacklog, PROPOSAL_SOURCES } from '../../services/agenda/backlog';
import { addItem, AGENDA_ITEM_LABELS as L, moveItem, removeItem, reorderItems, updateItem } from '../../services/agenda/items';
import { LINK_TARGET_TYPES } from '../../services/agenda/links';
import {
  BACKLOG_TOPIC_LABELS as B, backlogTopicCrud, deleteBacklogTopic, listBacklogTopics,
} from '../../services/agenda/backlogTopics';

const link = z.strictObject({
  targetType: choice(L.links, LINK_TARGET_TYPES),
  targetId: id(L.links),
}, { error: `${L.links}: Verknüpfung erwartet.` });
const links = z.array(link, { error: `${L.links}: Liste erwartet.` }).max(50, { error: `${L.links}: Höchstens 50.` });

const itemFields = {
  title: text(L.title, 300),
  kind: choice(L.kind, AGENDA_ITEM_KINDS),
  presenter: optionalText(L.presenter, 200),
  plannedMinutes: optionalInt(L.plannedMinutes, 0, 600),
  description: longText(L.description, 5000),
};

const fromProposal = z.strictObject({
  source: choice('Vorschlag', PROPOSAL_SOURCES),
  refId: id('Vorschlag'),
}, { error: 'Vorschlag: Quelle und Eintrag erwartet.' }).nullable().optional();

const topicFields = {
  title: text(B.title, 300),
  note: longText(B.note, 2000),
  proposedBy: optionalText(B.proposedBy, 120),
};

const writes = ['agenda_items', 'meetings'] as const;
const topicWrites = ['backlog_topics'] as const;

/** The agenda builder: merged backlog, items, order, and the free topics noted for the next meeting. */
export const agendaMethods = {
  'agenda.backlog': method({
    input: input({ meetingId: id('Sitzung') }),
    run: (ctx, { meetingId }) => agendaBacklog(ctx, meetingId),
  }),
  'agenda.addItem': method({
    input: input({
      meetingId: id('Sitzung'), ...itemFields, links: links.default([]), fromProposal, position: optionalInt(L.position, 1, 200),
    }),
    writes: [...writes, 'backlog_topics'],
    run: (ctx, values) => addItem(ctx, values),
  }),
  'agenda.updateItem': method({
    input: input({ id: id(), ...itemFields, isPublic: bool(L.isPublic).default(true), links: links.optional() }),
    writes,
    run: (ctx, values) => updateItem(ctx, values),
  }),
  'agenda.removeItem': method({
    input: idInput(),
    writes: [...writes, 'backlog_topics'],
    run: (ctx, { id: key }) => removeItem(ctx, key),
  }),
  'agenda.reorder': method({
    input: input({
      meetingId: id('Sitzung'),
      itemIds: z.array(id(L.itemIds), { error: `${L.itemIds}: Liste erwartet.` }).max(500, { error: `${L.itemIds}: Zu viele Einträge.` }),
    }),
    writes,
    run: (ctx, { meetingId, itemIds }) => reorderItems(ctx, meetingId, itemIds),
  }),
  'agenda.moveItem': method({
    input: input({ id: id(), direction: choice('Richtung', ['up', 'down']) }),
    writes,
    run: (ctx, { id: key, direction }) => moveItem(ctx, key, direction),
  }),

  'backlogTopics.list': method({
    input: input({ committeeId: id('Gremium') }),
    run: (ctx, { committeeId }) => listBacklogTopics(ctx, committeeId),
  }),
  'backlogTopics.create': method({
    input: input({ committeeId: id('Gremium'), ...topicFields }),
    writes: topicWrites,
    run: (ctx, values) => backlogTopicCrud.create(ctx, values),
  }),
  'backlogTopics.update': method({
    input: input({ id: id(), ...topicFields }),
    writes: topicWrites,
    run: (ctx, { id: key, ...values }) => backlogTopicCrud.update(ctx, key, values),
  }),
  'backlogTopics.delete': method({
    input: idInput(),
    writes: topicWrites,
    run: (ctx, { id: key }) => deleteBacklogTopic(ctx, key),
  }),
};
