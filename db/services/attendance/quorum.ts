import type { AttendanceStatus, MembershipRole, QuorumRule } from '../../domain/enums';
import { LABELS } from '../../domain/labels';

/** One seat as the quorum sees it: role and attendance, with arrival/departure as agenda positions. */
export interface QuorumSeat {
  role: MembershipRole;
  occasional: boolean;
  status: AttendanceStatus | null;
  /** Position of the agenda item before which the member arrived (null: there from the start). */
  arrivedBeforePosition?: number | null;
  /** Position of the last agenda item the member stayed for (null: stayed to the end). */
  leftAfterPosition?: number | null;
}

export interface QuorumRules {
  quorumRule: QuorumRule;
  deputiesCount: boolean;
}

export interface QuorumResult {
  rule: QuorumRule;
  deputiesCount: boolean;
  votingSeats: number;
  presentVoting: number;
  /** Seats represented by a deputy whom the rules do not count (shown so the number is not a surprise). */
  representedNotCounted: number;
  required: number;
  reached: boolean;
  explanation: string;
}

const VOTING_ROLES: ReadonlySet<MembershipRole> = new Set(['VOTING', 'CHAIR']);

export const isVotingRole = (role: MembershipRole) => VOTING_ROLES.has(role);

/** Smallest number present that satisfies the rule for `seats` voting seats. */
export function requiredPresent(rule: QuorumRule, seats: number): number {
  switch (rule) {
    case 'MORE_THAN_HALF': return Math.floor(seats / 2) + 1;
    case 'AT_LEAST_HALF': return Math.ceil(seats / 2);
    case 'TWO_THIRDS': return Math.ceil((seats * 2) / 3);
    case 'NONE': return 0;
  }
}

function inTheRoom(seat: QuorumSeat, position: number | null): boolean {
  if (position == null) return true;
  if (seat.arrivedBeforePosition != null && seat.arrivedBeforePosition > position) return false;
  if (seat.leftAfterPosition != null && seat.leftAfterPosition < position) return false;
  return true;
}

function countsPresent(seat: QuorumSeat, rules: QuorumRules, position: number | null): boolean {
  const attends = seat.status === 'PRESENT' || (seat.status === 'REPRESENTED' && rules.deputiesCount);
  return attends && inTheRoom(seat, position);
}

// Dative after "von": "7 von 12 stimmberechtigten Sitzen", "1 von 1 stimmberechtigten Sitz".
const seatsWord = (n: number) => (n === 1 ? 'stimmberechtigten Sitz' : 'stimmberechtigten Sitzen');

/**
 * Quorum of a meeting, or of one agenda item when `position` is given (arrivals and departures then count).
 * Voting seats are VOTING and CHAIR memberships; an occasional ("anlassbezogen") seat belongs to the base only
 * while it is actually taken, so an absent occasional member never makes a meeting inquorate.
 */
export function computeQuorum(seats: readonly QuorumSeat[], rules: QuorumRules, position: number | null = null): QuorumResult {
  let votingSeats = 0;
  let presentVoting = 0;
  let representedNotCounted = 0;
  for (const seat of seats) {
    if (!isVotingRole(seat.role)) continue;
    const present = countsPresent(seat, rules, position);
    if (seat.occasional && !present) continue;
    votingSeats += 1;
    if (present) presentVoting += 1;
    else if (seat.status === 'REPRESENTED' && !rules.deputiesCount && inTheRoom(seat, position)) representedNotCounted += 1;
  }
  const required = requiredPresent(rules.quorumRule, votingSeats);
  // With no voting seat there is nobody whose presence could make a decision legitimate, whatever the rule says.
  const reached = rules.quorumRule === 'NONE' || (votingSeats > 0 && presentVoting >= required);
  return {
    rule: rules.quorumRule, deputiesCount: rules.deputiesCount, votingSeats, presentVoting, representedNotCounted, required, reached,
    explanation: explainQuorum({ rule: rules.quorumRule, deputiesCount: rules.deputiesCount, votingSeats, presentVoting, representedNotCounted, required, reached }),
  };
}

function explainQuorum(q: Omit<QuorumResult, 'explanation'>): string {
  const verdict = q.reached ? 'Beschlussfähigkeit ist gegeben.' : 'Beschlussfähigkeit ist nicht gegeben.';
  if (q.rule === 'NONE') {
    return `${q.presentVoting} von ${q.votingSeats} ${seatsWord(q.votingSeats)} besetzt; die Geschäftsordnung verlangt keine Mindestanwesenheit. ${verdict}`;
  }
  if (q.votingSeats === 0) return `Es ist kein stimmberechtigter Sitz besetzt. ${verdict}`;
  const how = q.deputiesCount ? 'anwesend oder vertreten' : 'anwesend';
  const parts = [
    `${q.presentVoting} von ${q.votingSeats} ${seatsWord(q.votingSeats)} ${how}; erforderlich sind ${q.required} (${LABELS.quorumRule[q.rule]}).`,
  ];
  if (q.representedNotCounted > 0) {
    parts.push(`Vertretungen zählen nach der Geschäftsordnung nicht (${q.representedNotCounted} ${q.representedNotCounted === 1 ? 'Sitz' : 'Sitze'} vertreten).`);
  }
  parts.push(verdict);
  return parts.join(' ');
}
