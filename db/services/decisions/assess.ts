import type { Context } from '../../core/context';
import { ApiError, type FieldIssue } from '../../api/errors';
import type { Meeting } from '../meetings/meetingRecord';
import { loadAgendaPositions, meetingQuorum } from '../attendance/seats';
import { checkVotes, DECISION_LABELS as L, type CheckedVotes, type Votes } from './votes';

export interface Assessment {
  votes: CheckedVotes;
  votingMembersPresent: number;
  quorumReached: boolean;
  /** Kept only when something needed overriding; a reason for nothing would mislead later readers. */
  overrideReason: string | null;
}

/** "TOP 3": the item's place in the meeting's agenda order. */
export function itemNumber(ctx: Context, meetingId: string, itemId: string): string {
  return `TOP ${loadAgendaPositions(ctx, meetingId).findIndex((i) => i.id === itemId) + 1}`;
}

/**
 * Checks a decision against the attendance at its agenda item. Counts above the voting members present and a
 * missing quorum are refused unless an override reason is given, which is then recorded with the decision.
 */
export function assessDecision(ctx: Context, meeting: Meeting, item: { id: string; position: number } | null,
  input: Votes & { overrideReason: string | null }): Assessment {
  const votes = checkVotes(input);
  const q = meetingQuorum(ctx, meeting);
  const quorum = item ? q.at(item.position) : q.opening;
  const issues: FieldIssue[] = [];
  const ask = 'Bitte die Anwesenheit prüfen oder eine Begründung der Ausnahme angeben.';
  if (votes.cast != null && votes.cast > quorum.presentVoting) {
    issues.push({
      field: 'votesYes',
      message: `${L.votesYes}: Die Summe der Stimmen (${votes.cast}) übersteigt die Zahl der anwesenden Stimmberechtigten (${quorum.presentVoting}). ${ask}`,
    });
  }
  if (!quorum.reached) {
    issues.push({
      field: 'overrideReason',
      message: `${L.overrideReason}: ${item ? `Bei ${itemNumber(ctx, meeting.id, item.id)}` : 'In dieser Sitzung'} ist die Beschlussfähigkeit nicht gegeben (${quorum.explanation}) ${ask}`,
    });
  }
  if (issues.length > 0 && !input.overrideReason) {
    throw new ApiError('VALIDATION', issues.map((i) => i.message).join(' '), issues);
  }
  return {
    votes, votingMembersPresent: quorum.presentVoting, quorumReached: quorum.reached,
    overrideReason: issues.length > 0 ? input.overrideReason : null,
  };
}
