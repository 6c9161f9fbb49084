import { id, input, longText, optionalId, optionalText, text } from '../fields';
import { method } from '../define';
import { amendMinutes, approveMinutes } from '../../services/minutes/approveMinutes';
import { buildMinutes } from '../../services/minutes/buildMinutes';
import { createMinutes, MINUTES_LABELS as L, setItemText, updateMinutes } from '../../services/minutes/editMinutes';

const meetingId = id(L.meetingId);
const writes = ['minutes', 'minutes_amendments', 'agenda_items', 'meetings'] as const;

/** The Ergebnisprotokoll: generated from the records, edited per item, approved in a later meeting, then amended. */
export const minutesMethods = {
  'minutes.get': method({ input: input({ meetingId }), run: (ctx, { meetingId: key }) => buildMinutes(ctx, key) }),
  'minutes.create': method({ input: input({ meetingId }), writes, run: (ctx, { meetingId: key }) => createMinutes(ctx, key) }),
  'minutes.update': method({
    input: input({
      meetingId, author: optionalText(L.author, 200), preamble: longText(L.preamble, 8000), closingText: longText(L.closingText, 4000),
    }),
    writes,
    run: (ctx, values) => updateMinutes(ctx, values),
  }),
  'minutes.setItemText': method({
    input: input({ agendaItemId: id(L.agendaItemId), text: longText(L.text, 20_000) }),
    writes,
    run: (ctx, values) => setItemText(ctx, values),
  }),
  'minutes.approve': method({
    input: input({ meetingId, approvedInMeetingId: id(L.approvedInMeetingId) }),
    writes,
    run: (ctx, values) => approveMinutes(ctx, values),
  }),
  'minutes.amend': method({
    input: input({ meetingId, reason: text(L.reason, 1000), text: text('Berichtigung', 8000), agendaItemId: optionalId(L.agendaItemId) }),
    writes,
    run: (ctx, values) => amendMinutes(ctx, values),
  }),
};
