import { createHash } from 'node:crypto';
import type { Attendee, MinutesModel } from './model';

/** JSON with object keys sorted at every level, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const attendanceRecord = (a: Attendee) => ({
  membershipId: a.membershipId, personId: a.personId, organisationId: a.organisationId, status: a.status,
  representedByPersonId: a.representedByPersonId, arrivedBeforeItemId: a.arrivedBeforeItemId, leftAfterItemId: a.leftAfterItemId, note: a.note,
});

/**
 * What approval seals: the meeting's own record, by ids and texts. Names of people and organisations are left out
 * (they are master data and may be corrected later), and so are tasks, whose status is follow-up work that goes on
 * after the minutes were approved.
 */
export function sealedContent(model: MinutesModel) {
  const h = model.header;
  const a = model.attendance;
  return {
    meetingId: model.meetingId,
    header: { committeeId: h.committeeId, sequenceNo: h.sequenceNo, startsAt: h.startsAt, durationMinutes: h.durationMinutes,
      location: h.location, onlineUrl: h.onlineUrl, author: h.author },
    preamble: model.preamble,
    closingText: model.closingText,
    attendance: [...a.present, ...a.represented, ...a.excused, ...a.absent, ...a.notRecorded, ...a.guests].map(attendanceRecord),
    quorum: { rule: model.quorum.rule, deputiesCount: model.quorum.deputiesCount, votingSeats: model.quorum.votingSeats,
      presentVoting: model.quorum.presentVoting, required: model.quorum.required, reached: model.quorum.reached },
    items: model.items.map((i) => ({
      agendaItemId: i.agendaItemId, number: i.number, title: i.title, kind: i.kind, status: i.status, minutesText: i.minutesText,
      carryReason: i.carryReason,
      decisions: i.decisions.map((d) => ({
        id: d.id, number: d.number, text: d.text, type: d.type, result: d.result, votesYes: d.votesYes, votesNo: d.votesNo,
        votesAbstain: d.votesAbstain, votingMembersPresent: d.votingMembersPresent, quorumReached: d.quorumReached,
        overrideReason: d.overrideReason, decidedOn: d.decidedOn,
      })),
    })),
  };
}

/** sha256 (hex) of the sealed content's canonical JSON. */
export function contentHashOf(model: MinutesModel): string {
  return createHash('sha256').update(canonicalJson(sealedContent(model)), 'utf8').digest('hex');
}
