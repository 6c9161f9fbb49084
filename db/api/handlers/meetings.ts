import { bool, date, id, idInput, input, int, localDateTime, longText, optionalInt, optionalText, text } from '../fields';
import { method } from '../define';
import { getMeeting } from '../../services/meetings/getMeeting';
import { cancelMeeting, createMeeting, deleteMeeting, MEETING_LABELS as L, updateMeeting } from '../../services/meetings/meetings';
import { checkNotice, markInvited } from '../../services/meetings/invitation';

const onlineUrl = optionalText(L.onlineUrl, 500).refine((v) => v == null || /^https?:\/\/\S+$/i.test(v), {
  error: `${L.onlineUrl}: Bitte eine Adresse angeben, die mit https:// beginnt.`,
});

const details = {
  startsAt: localDateTime(L.startsAt),
  durationMinutes: int(L.durationMinutes, 15, 720).default(120),
  location: optionalText(L.location, 300),
  onlineUrl,
  title: optionalText(L.title, 200),
  isInaugural: bool(L.isInaugural).default(false),
};

const writes = ['meetings', 'agenda_items'] as const;
const invitation = input({ id: id(), invitationSentOn: date(L.invitationSentOn) });

/** Meetings of any committee: planning, invitation, cancellation. Holding them is in attendance/decisions/minutes. */
export const meetingMethods = {
  'meetings.get': method({ input: idInput(), run: (ctx, { id: key }) => getMeeting(ctx, key) }),
  'meetings.create': method({
    input: input({ committeeId: id(L.committeeId), ...details, sequenceNo: optionalInt(L.sequenceNo, 1, 999) }),
    writes,
    run: (ctx, values) => getMeeting(ctx, createMeeting(ctx, values).id),
  }),
  'meetings.update': method({
    input: input({ id: id(), ...details, sequenceNo: optionalInt(L.sequenceNo, 1, 999), notes: longText(L.notes, 5000) }),
    writes,
    run: (ctx, values) => getMeeting(ctx, updateMeeting(ctx, values).id),
  }),
  'meetings.delete': method({
    input: idInput(),
    writes: [...writes, 'backlog_topics'],
    run: (ctx, { id: key }) => deleteMeeting(ctx, key),
  }),
  'meetings.cancel': method({
    input: input({ id: id(), reason: text(L.reason, 500) }),
    writes,
    run: (ctx, { id: key, reason }) => getMeeting(ctx, cancelMeeting(ctx, key, reason).id),
  }),
  'meetings.noticeCheck': method({
    input: invitation,
    run: (ctx, { id: key, invitationSentOn }) => checkNotice(ctx, key, invitationSentOn),
  }),
  'meetings.markInvited': method({
    input: invitation,
    writes,
    run: (ctx, { id: key, invitationSentOn }) => markInvited(ctx, key, invitationSentOn),
  }),
};
