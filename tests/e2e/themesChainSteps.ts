import type { ApiClient, InputOf } from '../../db/api/contract';

type Effects = NonNullable<InputOf<'decisions.create'>['effects']>;

/**
 * A decision of the Lenkungsgruppe on a theme, recorded behind the UI's back (the steering meeting UI has its own
 * browser test): the meeting is invited, everyone is present, the theme is put on the agenda and the decision taken.
 * The agenda item is added before the invitation closes the agenda; the caller moves the clock to the meeting day first.
 */
export async function steeringDecision(api: ApiClient, options: {
  meetingId: string; themeId: string; title: string; text: string; type: InputOf<'decisions.create'>['type']; effects: Effects;
}) {
  const item = await api.send('agenda.addItem', {
    meetingId: options.meetingId, title: options.title, kind: 'DECISION', links: [{ targetType: 'THEME', targetId: options.themeId }],
  });
  const meeting = await api.send('meetings.get', { id: options.meetingId });
  if (meeting.meeting.status === 'PLANNED') {
    await api.send('meetings.markInvited', { id: options.meetingId, invitationSentOn: meeting.meeting.startsAt.slice(0, 10) });
  }
  const attendance = await api.send('attendance.get', { meetingId: options.meetingId });
  const open = attendance.rows.filter((r) => r.membershipId && r.status == null);
  if (open.length > 0) {
    await api.send('attendance.set', {
      meetingId: options.meetingId,
      entries: open.map((r) => ({ membershipId: r.membershipId!, status: 'PRESENT' as const })),
    });
  }
  return api.send('decisions.create', { agendaItemId: item.id, text: options.text, type: options.type, result: 'CONSENSUS', effects: options.effects });
}

/** A further meeting of the steering group on the given local time. */
export async function steeringMeeting(api: ApiClient, startsAt: string): Promise<string> {
  const [steering] = await api.send('committees.list', { kind: 'STEERING_GROUP' });
  const created = await api.send('meetings.create', { committeeId: steering.id, startsAt, location: 'Kreishaus, Raum 101' });
  return created.meeting.id;
}
