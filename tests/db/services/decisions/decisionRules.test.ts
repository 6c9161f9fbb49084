import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testCore, type TestCore } from '../../../helpers/core';
import { readRows } from '../../../helpers/database';
import { seedMeeting, type SeededMeeting } from '../../../helpers/seedMeeting';
import type { DecisionResult } from '../../../../db/domain/enums';

/**
 * The acceptance rule for decisions, stated once more and checked against random inputs: logically impossible
 * results are always refused; too many votes or a missing quorum are refused unless a reason is given; whatever is
 * accepted is stored with the attendance at its item.
 */
let t: TestCore;
let s: SeededMeeting;
// TOP 2: 4 of 7 voting seats present (quorate). TOP 3: one of them has left (3 of 7, not quorate).
const AT = { 1: { present: 4, reached: true }, 2: { present: 3, reached: false } } as const;

beforeAll(async () => {
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  s = seedMeeting(t);
  await t.api.send('attendance.set', {
    meetingId: s.meetingId,
    entries: [s.chair, ...s.voting].map((m, i) => ({
      membershipId: m.membershipId, status: i < 4 ? 'PRESENT' as const : 'EXCUSED' as const, leftAfterItemId: i === 3 ? s.itemIds[1] : null,
    })),
  });
});
afterAll(() => t.dispose());

interface Attempt { item: 1 | 2; result: DecisionResult; yes: number | null; no: number | null; abstain: number | null; reason: string | null }

function shouldRefuse(a: Attempt): boolean {
  const given = [a.yes, a.no, a.abstain].some((v) => v != null);
  if (a.result === 'CONSENSUS' && given) return true;
  if (a.result === 'UNANIMOUS' && ((a.no ?? 0) > 0 || a.yes === 0 || (given && a.yes == null))) return true;
  if (a.result === 'VOTE' && (a.yes == null || a.no == null || a.yes + a.no + (a.abstain ?? 0) === 0)) return true;
  const cast = given ? (a.yes ?? 0) + (a.no ?? 0) + (a.abstain ?? 0) : null;
  const needsReason = (cast != null && cast > AT[a.item].present) || !AT[a.item].reached;
  return needsReason && !a.reason;
}

const count = fc.option(fc.integer({ min: 0, max: 6 }), { nil: null });
const attempt = fc.record<Attempt>({
  item: fc.constantFrom(1 as const, 2 as const),
  result: fc.constantFrom<DecisionResult>('CONSENSUS', 'UNANIMOUS', 'VOTE'),
  yes: count, no: count, abstain: count,
  reason: fc.option(fc.constantFrom('Eilbedürftig wegen Antragsfrist', 'Ankunft nicht erfasst'), { nil: null }),
});

describe('decisions.create under random results and counts', () => {
  it('accepts exactly what the rules allow and stores the attendance at the item', async () => {
    await fc.assert(fc.asyncProperty(attempt, async (a) => {
      const before = readRows<{ n: number }>(t.dataDir, 'SELECT count(*) AS n FROM decisions')[0].n;
      const outcome = await t.api.send('decisions.create', {
        agendaItemId: s.itemIds[a.item], text: 'Zufallsbeschluss', type: 'OTHER', result: a.result,
        votesYes: a.yes, votesNo: a.no, votesAbstain: a.abstain, overrideReason: a.reason,
      }).then((d) => d, (e: { code: string }) => e);
      if (shouldRefuse(a)) {
        expect(outcome, JSON.stringify(a)).toMatchObject({ code: 'VALIDATION' });
        expect(readRows<{ n: number }>(t.dataDir, 'SELECT count(*) AS n FROM decisions')[0].n).toBe(before);
        return;
      }
      expect(outcome, JSON.stringify(a)).toMatchObject({ votingMembersPresent: AT[a.item].present, quorumReached: AT[a.item].reached });
      const d = outcome as { votesYes: number | null; votesNo: number | null; votesAbstain: number | null; overrideReason: string | null };
      const counted = [d.votesYes, d.votesNo, d.votesAbstain].some((v) => v != null);
      const cast = counted ? (d.votesYes ?? 0) + (d.votesNo ?? 0) + (d.votesAbstain ?? 0) : null;
      const overridden = (cast != null && cast > AT[a.item].present) || !AT[a.item].reached;
      expect(d.overrideReason).toBe(overridden ? a.reason : null);
      if (a.result === 'VOTE') expect(d.votesAbstain).toBe(a.abstain ?? 0);
    }), { numRuns: 150 });
  });
});
