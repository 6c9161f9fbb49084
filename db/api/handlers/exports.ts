import { method } from '../define';
import { id, input } from '../fields';
import { exportCalendar } from '../../exports/calendar/meetingCalendar';
import { exportAgenda, exportInvitation, exportMinutes } from '../../exports/meeting/meetingDocuments';
import { exportMeetingPack } from '../../exports/meeting/meetingPack';

const meetingInput = input({ meetingId: id('Sitzung') });

/** Word and iCalendar files, returned as { fileName, mimeType, dataBase64 } for the shell or the browser to save. */
export const exportMethods = {
  'exports.invitation': method({ input: meetingInput, run: (ctx, { meetingId }) => exportInvitation(ctx, meetingId) }),
  'exports.agenda': method({ input: meetingInput, run: (ctx, { meetingId }) => exportAgenda(ctx, meetingId) }),
  'exports.calendar': method({ input: meetingInput, run: (ctx, { meetingId }) => exportCalendar(ctx, meetingId) }),
  'exports.meetingPack': method({ input: meetingInput, run: (ctx, { meetingId }) => exportMeetingPack(ctx, meetingId) }),
  'exports.minutes': method({ input: meetingInput, run: (ctx, { meetingId }) => exportMinutes(ctx, meetingId) }),
};
