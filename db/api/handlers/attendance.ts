import { z } from 'zod';
import { choice, id, idInput, input, optionalId, optionalText } from '../fields';
import { method } from '../define';
import { ATTENDANCE_STATUSES } from '../../domain/enums';
import { getAttendance } from '../../services/attendance/getAttendance';
import { markHeld } from '../../services/attendance/markHeld';
import { addGuest, ATTENDANCE_LABELS as L, removeGuest, setAttendance } from '../../services/attendance/setAttendance';

const meetingId = id(L.meetingId);
const writes = ['meeting_attendance', 'meetings'] as const;

// Nested objects need their own German type message; input() only covers the top level.
const entry = z.strictObject({
  membershipId: id(L.membershipId),
  status: choice(L.status, ATTENDANCE_STATUSES),
  representedByPersonId: optionalId(L.representedByPersonId),
  arrivedBeforeItemId: optionalId(L.arrivedBeforeItemId),
  leftAfterItemId: optionalId(L.leftAfterItemId),
  note: optionalText(L.note, 500),
}, { error: 'Einträge: Je Sitz werden Angaben erwartet.' });

/** Holding a meeting: attendance per seat, guests, the live quorum, and marking the meeting as held. */
export const attendanceMethods = {
  'attendance.get': method({ input: input({ meetingId }), run: (ctx, { meetingId: key }) => getAttendance(ctx, key) }),
  'attendance.set': method({
    input: input({
      meetingId,
      entries: z.array(entry, { error: 'Einträge: Liste erwartet.' }).max(500, { error: 'Einträge: Höchstens 500.' }),
    }),
    writes,
    run: (ctx, values) => setAttendance(ctx, values),
  }),
  'attendance.addGuest': method({
    input: input({ meetingId, personId: optionalId(L.personId), organisationId: optionalId(L.organisationId), note: optionalText(L.note, 500) }),
    writes,
    run: (ctx, values) => addGuest(ctx, values),
  }),
  'attendance.removeGuest': method({ input: idInput(), writes, run: (ctx, { id: key }) => removeGuest(ctx, key) }),
  'meetings.markHeld': method({ input: idInput(), writes, run: (ctx, { id: key }) => markHeld(ctx, key) }),
};
