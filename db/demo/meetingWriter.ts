import {
  actionItems, agendaItemLinks, agendaItems, decisionEffects, decisions, meetingAttendance, meetings, minutes,
} from '../schema';
import type { AttendanceStatus, TaskSource } from '../domain/enums';
import type { DemoBuilder, DemoRow, SeatRef } from './builder';
import { addDays, dateOf } from './dates';
import type { MeetingPlan, TaskPlan } from './meetingPlan';

export const germanDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const HELD = new Set(['HELD', 'MINUTES_APPROVED']);
const votes = (s: SeatRef) => s.role === 'VOTING' || s.role === 'CHAIR';

interface Presence { seat: SeatRef; status: AttendanceStatus }

/** Who came: mostly present, some represented by their deputy, a few excused; quorum is always reached. */
function attendance(b: DemoBuilder, plan: MeetingPlan): Presence[] {
  const day = dateOf(plan.startsAt);
  const seats = b.seats.filter((s) => s.committee === plan.committee && (s.from ?? '') <= day && (s.to === null || s.to >= day));
  const presence: Presence[] = [];
  for (const seat of seats) {
    const r = b.rng.next();
    if (seat.occasional) {
      if (r < 0.4) presence.push({ seat, status: 'PRESENT' });
      continue;
    }
    if (seat.role === 'SECRETARIAT' || seat.role === 'CHAIR' || r < 0.74) presence.push({ seat, status: 'PRESENT' });
    else if (r < 0.88 && seat.deputy) presence.push({ seat, status: 'REPRESENTED' });
    else presence.push({ seat, status: 'EXCUSED' });
  }
  const base = seats.filter((s) => votes(s) && !s.occasional).length;
  const counted = () => presence.filter((p) => votes(p.seat) && !p.seat.occasional && p.status !== 'EXCUSED').length;
  for (const p of presence) {
    if (counted() * 2 > base) break;
    if (p.status === 'EXCUSED') p.status = 'PRESENT';
  }
  return presence;
}

function taskRow(b: DemoBuilder, key: string, source: TaskSource, task: TaskPlan, refs: { meeting: string; decision?: string }):
  DemoRow<typeof actionItems> {
  const byPerson = task.owner.startsWith('p:');
  return {
    id: b.id(key), source, decisionId: refs.decision ? b.id(refs.decision) : null, meetingId: b.id(refs.meeting), roundTableId: null,
    title: task.title, description: task.description ?? null,
    ownerOrganisationId: byPerson ? null : b.id(task.owner), ownerPersonId: byPerson ? b.id(task.owner) : null, ownerText: null,
    dueDate: task.due, status: task.status, delayReason: task.delayReason ?? null, reviewDate: null,
    evidenceText: task.evidence ?? null, evidenceDocumentId: null, completedOn: task.completedOn ?? null,
  };
}

/**
 * Writes one committee's meetings in date order with agendas, attendance, decisions, tasks and minutes.
 * Only the steering group has rules of procedure, so only its meetings record a quorum.
 */
export function writeMeetings(b: DemoBuilder, plans: MeetingPlan[], options: { steering: boolean }): void {
  const ordered = [...plans].sort((x, y) => x.startsAt.localeCompare(y.startsAt));
  const itemSource: TaskSource = options.steering ? 'MEETING' : 'GROUP_MEETING';
  const rows = {
    meetings: [] as DemoRow<typeof meetings>[], items: [] as DemoRow<typeof agendaItems>[],
    links: [] as DemoRow<typeof agendaItemLinks>[], attendance: [] as DemoRow<typeof meetingAttendance>[],
    decisions: [] as DemoRow<typeof decisions>[], effects: [] as DemoRow<typeof decisionEffects>[],
    tasks: [] as DemoRow<typeof actionItems>[], minutes: [] as DemoRow<typeof minutes>[],
  };

  ordered.forEach((plan, index) => {
    const day = dateOf(plan.startsAt);
    const held = HELD.has(plan.status);
    const previous = ordered[index - 1];
    const next = ordered[index + 1];
    const presence = held ? attendance(b, plan) : [];
    const votingPresent = presence.filter((p) => votes(p.seat) && p.status !== 'EXCUSED').length;
    const votingBase = b.seats.filter((s) => s.committee === plan.committee && votes(s) && !s.occasional
      && (s.from ?? '') <= day && (s.to === null || s.to >= day)).length;
    const quorum = options.steering && held ? true : null;

    rows.meetings.push({
      id: b.id(plan.key), committeeId: b.id(plan.committee), sequenceNo: plan.sequenceNo, title: plan.title, startsAt: plan.startsAt,
      durationMinutes: plan.durationMinutes ?? 120, location: plan.location, onlineUrl: plan.onlineUrl ?? null, status: plan.status,
      invitationSentOn: plan.status === 'PLANNED' ? null : addDays(day, -21), isInaugural: plan.inaugural ?? false,
      quorumReached: quorum, notes: plan.notes ?? null,
    });
    presence.forEach((p) => rows.attendance.push({
      id: b.id(`${plan.key}:att:${p.seat.id}`), meetingId: b.id(plan.key), membershipId: p.seat.id,
      personId: p.seat.person ? b.id(p.seat.person) : null, organisationId: p.seat.organisation ? b.id(p.seat.organisation) : null,
      status: p.status, representedByPersonId: p.status === 'REPRESENTED' && p.seat.deputy ? b.id(p.seat.deputy) : null,
      arrivedBeforeItemId: null, leftAfterItemId: null, headCount: null, note: null,
    }));
    (held ? plan.guests ?? [] : []).forEach(([person, note], i) => rows.attendance.push({
      id: b.id(`${plan.key}:guest:${i}`), meetingId: b.id(plan.key), membershipId: null, personId: b.id(person), organisationId: null,
      status: 'PRESENT', representedByPersonId: null, arrivedBeforeItemId: null, leftAfterItemId: null, headCount: 1, note,
    }));

    plan.items.forEach((item, i) => {
      const itemKey = item.key ?? `${plan.key}:item:${i + 1}`;
      const standingText = !held ? null
        : item.standing === 'OPENING_QUORUM'
          ? `Begrüßung durch die Sitzungsleitung. ${votingPresent} von ${votingBase} stimmberechtigten Mitgliedern sind anwesend oder vertreten${quorum ? '; die Beschlussfähigkeit wird festgestellt' : ''}.`
          : item.standing === 'APPROVE_MINUTES' && previous
            ? `Das Protokoll der Sitzung vom ${germanDate(dateOf(previous.startsAt))} wird ohne Änderungen genehmigt.`
            : item.standing === 'DATES' && next ? `Nächste Sitzung am ${germanDate(dateOf(next.startsAt))}.` : null;
      rows.items.push({
        id: b.id(itemKey), meetingId: b.id(plan.key), position: i + 1, title: item.title, description: null, kind: item.kind,
        standingItem: item.standing ?? null, presenter: item.presenter ? b.nameOf(item.presenter) : null, plannedMinutes: null,
        status: item.status ?? (held ? 'DEALT_WITH' : 'OPEN'), carriedFromItemId: item.carriedFrom ? b.id(item.carriedFrom) : null,
        carryCount: item.carriedFrom ? 1 : 0, carryReason: item.carryReason ?? null,
        minutesText: item.minutes ?? standingText, isPublic: true,
      });
      (item.links ?? []).forEach(([type, key], j) => rows.links.push({
        id: b.id(`${itemKey}:link:${j}`), agendaItemId: b.id(itemKey), targetType: type, targetId: b.id(key),
      }));
      (item.tasks ?? []).forEach((task, j) => rows.tasks.push(taskRow(b, `${itemKey}:task:${j}`, itemSource, task, { meeting: plan.key })));
      const d = item.decision;
      if (!d) return;
      const unanimous = d.result === 'UNANIMOUS';
      rows.decisions.push({
        id: b.id(d.key), meetingId: b.id(plan.key), agendaItemId: b.id(itemKey), number: d.number, text: d.text, type: d.type,
        result: d.result ?? 'CONSENSUS', votesYes: unanimous ? votingPresent : null, votesNo: unanimous ? 0 : null,
        votesAbstain: unanimous ? 0 : null, votingMembersPresent: votingPresent, quorumReached: quorum, overrideReason: null, decidedOn: day,
      });
      (d.effects ?? []).forEach(([effectType, targetType, key, detail], j) => rows.effects.push({
        id: b.id(`${d.key}:effect:${j}`), decisionId: b.id(d.key), effectType, targetType, targetId: b.id(key), detail: detail ?? null,
      }));
      (d.tasks ?? []).forEach((task, j) => rows.tasks.push(taskRow(b, `${d.key}:task:${j}`, 'DECISION', task, { meeting: plan.key, decision: d.key })));
    });

    if (held && plan.minutesBy) {
      const approved = plan.status === 'MINUTES_APPROVED' && next !== undefined;
      const end = addMinutes(plan.startsAt, plan.durationMinutes ?? 120);
      rows.minutes.push({
        id: b.id(`${plan.key}:minutes`), meetingId: b.id(plan.key), author: b.nameOf(plan.minutesBy),
        preamble: `Ergebnisprotokoll: ${plan.title} am ${germanDate(day)}, ${plan.startsAt.slice(11)}–${end} Uhr, ${plan.location ?? 'online'}.`,
        closingText: `Die Sitzungsleitung schließt die Sitzung um ${end} Uhr.`,
        status: approved ? 'APPROVED' : 'DRAFT', approvedInMeetingId: approved ? b.id(next.key) : null,
        approvedOn: approved ? dateOf(next.startsAt) : null, contentHash: null,
      });
    }
  });

  b.insert(meetings, rows.meetings);
  b.insert(agendaItems, rows.items.filter((r) => !r.carriedFromItemId));
  b.insert(agendaItems, rows.items.filter((r) => r.carriedFromItemId));
  b.insert(agendaItemLinks, rows.links);
  b.insert(meetingAttendance, rows.attendance);
  b.insert(decisions, rows.decisions);
  b.insert(decisionEffects, rows.effects);
  b.insert(actionItems, rows.tasks);
  b.insert(minutes, rows.minutes);
}

function addMinutes(localDateTime: string, minutesToAdd: number): string {
  const total = Number(localDateTime.slice(11, 13)) * 60 + Number(localDateTime.slice(14, 16)) + minutesToAdd;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
