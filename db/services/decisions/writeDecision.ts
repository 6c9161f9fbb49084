import { eq, sql } from 'drizzle-orm';
import { agendaItems, committees, decisions } from '../../schema';
import type { Context } from '../../core/context';
import { ApiError, notFound } from '../../api/errors';
import { dateOf } from '../../domain/dates';
import type { DecisionResult, DecisionType } from '../../domain/enums';
import { LABELS } from '../../domain/labels';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';
import { assertNotReferenced } from '../references';
import { loadMeeting, type Meeting } from '../meetings/meetingRecord';
import { assertMeetingInSession, assertNotLocked } from '../minutes/locks';
import { assessDecision, itemNumber } from './assess';
import { applyEffects, type EffectsInput } from './effects';
import { getDecision, type DecisionDetail } from './readDecisions';
import { nextDecisionNumber } from './numbering';
import { undoEffects } from './undoEffects';

export type AgendaItem = typeof agendaItems.$inferSelect;
type Decision = typeof decisions.$inferSelect;

export interface DecisionFields {
  text: string;
  type: DecisionType;
  result: DecisionResult;
  votesYes: number | null;
  votesNo: number | null;
  votesAbstain: number | null;
  overrideReason: string | null;
}

const WHAT = 'Beschlüsse';

export function loadAgendaItem(ctx: Context, id: string): AgendaItem {
  const item = ctx.db.select().from(agendaItems).where(eq(agendaItems.id, id)).get();
  if (!item) throw notFound('Tagesordnungspunkt');
  return item;
}

export function setItemStatus(ctx: Context, item: AgendaItem, status: AgendaItem['status'], carryReason = item.carryReason): void {
  if (item.status === status && item.carryReason === carryReason) return;
  const updatedAt = ctx.nowIso();
  ctx.db.update(agendaItems).set({ status, carryReason, updatedAt }).where(eq(agendaItems.id, item.id)).run();
  recordAudit(ctx, 'agenda_items', item.id, 'UPDATE', item, { ...item, status, carryReason, updatedAt });
}

function loadDecision(ctx: Context, id: string): Decision {
  const decision = ctx.db.select().from(decisions).where(eq(decisions.id, id)).get();
  if (!decision) throw notFound('Beschluss');
  return decision;
}

function assertItemOpenForDecision(ctx: Context, meeting: Meeting, item: AgendaItem): void {
  if (item.status === 'CARRIED_OVER' || item.status === 'WITHDRAWN') {
    throw new ApiError('CONFLICT',
      `${itemNumber(ctx, meeting.id, item.id)} „${item.title}“ ist ${LABELS.agendaItemStatus[item.status]}; dazu kann kein Beschluss gefasst werden.`);
  }
}

/**
 * Records a decision on an agenda item: numbered, with the quorum at that item stored beside it, its effects carried
 * out and the item marked as dealt with, all in one transaction.
 */
export function createDecision(ctx: Context, input: DecisionFields & { agendaItemId: string; effects?: EffectsInput | null }): DecisionDetail {
  return ctx.write(() => {
    const item = loadAgendaItem(ctx, input.agendaItemId);
    const meeting = loadMeeting(ctx, item.meetingId);
    assertMeetingInSession(ctx, meeting, WHAT);
    assertItemOpenForDecision(ctx, meeting, item);
    const assessment = assessDecision(ctx, meeting, item, input);
    const committee = ctx.db.select({ id: committees.id, name: committees.name, shortName: committees.shortName })
      .from(committees).where(eq(committees.id, meeting.committeeId)).get()!;
    const decidedOn = dateOf(meeting.startsAt);
    const now = ctx.nowIso();
    const row: Decision = {
      id: newId(), meetingId: meeting.id, agendaItemId: item.id, number: nextDecisionNumber(ctx, committee, decidedOn.slice(0, 4)),
      text: input.text, type: input.type, result: input.result, votesYes: assessment.votes.votesYes, votesNo: assessment.votes.votesNo,
      votesAbstain: assessment.votes.votesAbstain, votingMembersPresent: assessment.votingMembersPresent,
      quorumReached: assessment.quorumReached, overrideReason: assessment.overrideReason, decidedOn, createdAt: now, updatedAt: now,
    };
    ctx.db.insert(decisions).values(row).run();
    recordAudit(ctx, 'decisions', row.id, 'CREATE', null, row);
    applyEffects(ctx, { id: row.id, decidedOn, committeeName: committee.name }, input.effects);
    setItemStatus(ctx, item, 'DEALT_WITH');
    return getDecision(ctx, row.id);
  });
}

/** Replaces the text and result; the quorum is taken again from the attendance as it is recorded now. */
export function updateDecision(ctx: Context, id: string, input: DecisionFields): DecisionDetail {
  return ctx.write(() => {
    const before = loadDecision(ctx, id);
    const meeting = loadMeeting(ctx, before.meetingId);
    assertNotLocked(ctx, meeting, WHAT);
    const item = before.agendaItemId ? loadAgendaItem(ctx, before.agendaItemId) : null;
    const assessment = assessDecision(ctx, meeting, item, input);
    const values = {
      text: input.text, type: input.type, result: input.result, votesYes: assessment.votes.votesYes, votesNo: assessment.votes.votesNo,
      votesAbstain: assessment.votes.votesAbstain, votingMembersPresent: assessment.votingMembersPresent,
      quorumReached: assessment.quorumReached, overrideReason: assessment.overrideReason, updatedAt: ctx.nowIso(),
    };
    ctx.db.update(decisions).set(values).where(eq(decisions.id, id)).run();
    recordAudit(ctx, 'decisions', id, 'UPDATE', before, { ...before, ...values });
    return getDecision(ctx, id);
  });
}

/**
 * Deletes a decision recorded by mistake and takes back its effects. Refused once the minutes are approved and
 * while tasks or documents refer to it.
 */
export function deleteDecision(ctx: Context, id: string): { id: string } {
  return ctx.write(() => {
    const before = loadDecision(ctx, id);
    const meeting = loadMeeting(ctx, before.meetingId);
    assertNotLocked(ctx, meeting, WHAT);
    undoEffects(ctx, id);
    assertNotReferenced(ctx, 'decisions', id, before.number ?? before.text.slice(0, 60));
    ctx.db.delete(decisions).where(eq(decisions.id, id)).run();
    recordAudit(ctx, 'decisions', id, 'DELETE', before, null);
    if (before.agendaItemId) {
      const remaining = ctx.db.select({ n: sql<number>`count(*)` }).from(decisions)
        .where(eq(decisions.agendaItemId, before.agendaItemId)).get()!.n;
      const item = loadAgendaItem(ctx, before.agendaItemId);
      // The item was marked dealt with by its decision; without any decision it is open again.
      if (remaining === 0 && item.status === 'DEALT_WITH') setItemStatus(ctx, item, 'OPEN');
    }
    return { id };
  });
}
