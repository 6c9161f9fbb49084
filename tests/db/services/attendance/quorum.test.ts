import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeQuorum, requiredPresent, type QuorumRules, type QuorumSeat } from '../../../../db/services/attendance/quorum';
import { ATTENDANCE_STATUSES, MEMBERSHIP_ROLES, QUORUM_RULES, type AttendanceStatus, type MembershipRole } from '../../../../db/domain/enums';

const seat = (status: AttendanceStatus | null, extra: Partial<QuorumSeat> = {}): QuorumSeat => ({ role: 'VOTING', occasional: false, status, ...extra });
const seats = (present: number, absent: number, status: AttendanceStatus = 'EXCUSED') =>
  [...Array.from({ length: present }, () => seat('PRESENT')), ...Array.from({ length: absent }, () => seat(status))];
const rules = (quorumRule: QuorumRules['quorumRule'], deputiesCount = true): QuorumRules => ({ quorumRule, deputiesCount });

describe('the required number of voting members present', () => {
  it.each([
    // seats, more than half, at least half, two thirds
    [1, 1, 1, 1], [2, 2, 1, 2], [3, 2, 2, 2], [4, 3, 2, 3], [5, 3, 3, 4], [6, 4, 3, 4],
    [7, 4, 4, 5], [9, 5, 5, 6], [10, 6, 5, 7], [11, 6, 6, 8], [12, 7, 6, 8], [13, 7, 7, 9],
  ])('with %i voting seats: %i (more than half), %i (at least half), %i (two thirds)', (n, moreThanHalf, atLeastHalf, twoThirds) => {
    expect(requiredPresent('MORE_THAN_HALF', n)).toBe(moreThanHalf);
    expect(requiredPresent('AT_LEAST_HALF', n)).toBe(atLeastHalf);
    expect(requiredPresent('TWO_THIRDS', n)).toBe(twoThirds);
    expect(requiredPresent('NONE', n)).toBe(0);
  });
});

describe('computeQuorum for the whole meeting', () => {
  it('needs more than half by default: 6 of 12 is not enough, 7 of 12 is', () => {
    expect(computeQuorum(seats(6, 6), rules('MORE_THAN_HALF'))).toMatchObject({ votingSeats: 12, presentVoting: 6, required: 7, reached: false });
    expect(computeQuorum(seats(7, 5), rules('MORE_THAN_HALF'))).toMatchObject({ votingSeats: 12, presentVoting: 7, reached: true });
  });

  it('accepts exactly half under AT_LEAST_HALF but not one less', () => {
    expect(computeQuorum(seats(6, 6), rules('AT_LEAST_HALF')).reached).toBe(true);
    expect(computeQuorum(seats(5, 6), rules('AT_LEAST_HALF'))).toMatchObject({ votingSeats: 11, required: 6, reached: false });
  });

  it('needs two thirds rounded up under TWO_THIRDS', () => {
    expect(computeQuorum(seats(8, 4), rules('TWO_THIRDS')).reached).toBe(true);
    expect(computeQuorum(seats(7, 5), rules('TWO_THIRDS')).reached).toBe(false);
    expect(computeQuorum(seats(6, 4), rules('TWO_THIRDS'))).toMatchObject({ required: 7, reached: false });
  });

  it('is always reached under NONE, even with nobody there', () => {
    expect(computeQuorum(seats(0, 5), rules('NONE'))).toMatchObject({ presentVoting: 0, required: 0, reached: true });
    expect(computeQuorum([], rules('NONE')).reached).toBe(true);
  });

  it('is never reached without any voting seat unless the rules ask for nobody', () => {
    const advisoryOnly = [seat('PRESENT', { role: 'ADVISORY' }), seat('PRESENT', { role: 'SECRETARIAT' })];
    for (const rule of ['MORE_THAN_HALF', 'AT_LEAST_HALF', 'TWO_THIRDS'] as const) {
      const q = computeQuorum(advisoryOnly, rules(rule));
      expect(q).toMatchObject({ votingSeats: 0, presentVoting: 0, reached: false });
      expect(q.explanation).toBe('Es ist kein stimmberechtigter Sitz besetzt. Beschlussfähigkeit ist nicht gegeben.');
    }
    expect(computeQuorum([], rules('NONE')).votingSeats).toBe(0);
  });

  it('counts the chair as a vote and ignores advisory members, guests and the secretariat', () => {
    const list = [
      seat('PRESENT', { role: 'CHAIR' }), seat('EXCUSED'), seat('EXCUSED'),
      seat('PRESENT', { role: 'ADVISORY' }), seat('PRESENT', { role: 'GUEST' }), seat('PRESENT', { role: 'SECRETARIAT' }),
    ];
    expect(computeQuorum(list, rules('MORE_THAN_HALF'))).toMatchObject({ votingSeats: 3, presentVoting: 1, reached: false });
  });

  it('counts a seat represented by its deputy when the rules let deputies count', () => {
    const list = [seat('PRESENT'), seat('REPRESENTED'), seat('REPRESENTED'), seat('EXCUSED')];
    expect(computeQuorum(list, rules('MORE_THAN_HALF', true))).toMatchObject({ presentVoting: 3, reached: true, representedNotCounted: 0 });
  });

  it('does not count represented seats when deputies do not count, and says so', () => {
    const list = [seat('PRESENT'), seat('REPRESENTED'), seat('REPRESENTED'), seat('EXCUSED')];
    const q = computeQuorum(list, rules('MORE_THAN_HALF', false));
    expect(q).toMatchObject({ votingSeats: 4, presentVoting: 1, representedNotCounted: 2, reached: false });
    expect(q.explanation).toBe('1 von 4 stimmberechtigten Sitzen anwesend; erforderlich sind 3 (mehr als die Hälfte der Stimmberechtigten anwesend). '
      + 'Vertretungen zählen nach der Geschäftsordnung nicht (2 Sitze vertreten). Beschlussfähigkeit ist nicht gegeben.');
  });

  it('treats seats with nothing recorded, excused or absent as not present', () => {
    const list = [seat('PRESENT'), seat(null), seat('ABSENT'), seat('EXCUSED')];
    expect(computeQuorum(list, rules('AT_LEAST_HALF'))).toMatchObject({ votingSeats: 4, presentVoting: 1, reached: false });
  });

  it('adds an occasional seat to the base only while it is taken', () => {
    const regular = seats(3, 2);
    const absentOccasional = [...regular, seat('EXCUSED', { occasional: true }), seat(null, { occasional: true })];
    expect(computeQuorum(absentOccasional, rules('MORE_THAN_HALF'))).toMatchObject({ votingSeats: 5, presentVoting: 3, reached: true });
    const presentOccasional = [...regular, seat('PRESENT', { occasional: true })];
    expect(computeQuorum(presentOccasional, rules('MORE_THAN_HALF'))).toMatchObject({ votingSeats: 6, presentVoting: 4, reached: true });
  });

  it('leaves a represented occasional seat out of the base when deputies do not count', () => {
    const list = [...seats(3, 2), seat('REPRESENTED', { occasional: true })];
    expect(computeQuorum(list, rules('MORE_THAN_HALF', false))).toMatchObject({ votingSeats: 5, presentVoting: 3 });
    expect(computeQuorum(list, rules('MORE_THAN_HALF', true))).toMatchObject({ votingSeats: 6, presentVoting: 4 });
  });

  it('explains the result in German with the rule', () => {
    expect(computeQuorum(seats(7, 5), rules('MORE_THAN_HALF')).explanation).toBe(
      '7 von 12 stimmberechtigten Sitzen anwesend oder vertreten; erforderlich sind 7 (mehr als die Hälfte der Stimmberechtigten anwesend). '
      + 'Beschlussfähigkeit ist gegeben.');
    expect(computeQuorum(seats(1, 0), rules('NONE')).explanation).toBe(
      '1 von 1 stimmberechtigten Sitz besetzt; die Geschäftsordnung verlangt keine Mindestanwesenheit. Beschlussfähigkeit ist gegeben.');
  });
});

describe('computeQuorum per agenda item', () => {
  // Five voting seats; two arrive late or leave early. Items are at positions 1..6.
  const list = [
    seat('PRESENT'), seat('PRESENT'),
    seat('PRESENT', { arrivedBeforePosition: 3 }),
    seat('REPRESENTED', { leftAfterPosition: 4 }),
    seat('EXCUSED'),
  ];
  const at = (position: number | null) => computeQuorum(list, rules('MORE_THAN_HALF'), position).presentVoting;

  it('counts a late arrival from the item before which they arrived', () => {
    expect([at(1), at(2), at(3)]).toEqual([3, 3, 4]);
  });

  it('counts a departure up to and including the item after which they left', () => {
    expect([at(4), at(5), at(6)]).toEqual([4, 3, 3]);
  });

  it('ignores arrivals and departures when no item is given', () => {
    expect(at(null)).toBe(4);
  });

  it('can lose the quorum during the meeting', () => {
    const tight = [seat('PRESENT'), seat('PRESENT', { leftAfterPosition: 2 }), seat('EXCUSED')];
    expect(computeQuorum(tight, rules('MORE_THAN_HALF'), 2).reached).toBe(true);
    expect(computeQuorum(tight, rules('MORE_THAN_HALF'), 3).reached).toBe(false);
  });

  it('lets an occasional member join the base only for the items they attend', () => {
    const withGuestSeat = [...seats(2, 1), seat('PRESENT', { occasional: true, arrivedBeforePosition: 4 })];
    expect(computeQuorum(withGuestSeat, rules('MORE_THAN_HALF'), 3)).toMatchObject({ votingSeats: 3, presentVoting: 2 });
    expect(computeQuorum(withGuestSeat, rules('MORE_THAN_HALF'), 4)).toMatchObject({ votingSeats: 4, presentVoting: 3 });
  });
});

describe('computeQuorum against its definition (property)', () => {
  const arbitrarySeat = fc.record({
    role: fc.constantFrom<MembershipRole>(...MEMBERSHIP_ROLES),
    occasional: fc.boolean(),
    status: fc.constantFrom<AttendanceStatus | null>(null, ...ATTENDANCE_STATUSES),
    arrivedBeforePosition: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
    leftAfterPosition: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
  });

  it('matches a direct count for every rule, deputies setting and item', () => {
    fc.assert(fc.property(
      fc.array(arbitrarySeat, { maxLength: 25 }), fc.constantFrom(...QUORUM_RULES), fc.boolean(), fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
      (list, rule, deputiesCount, position) => {
        const here = (s: QuorumSeat) => position == null
          || ((s.arrivedBeforePosition ?? 0) <= position && (s.leftAfterPosition ?? Infinity) >= position);
        const counts = (s: QuorumSeat) => (s.status === 'PRESENT' || (s.status === 'REPRESENTED' && deputiesCount)) && here(s);
        const voting = list.filter((s) => s.role === 'VOTING' || s.role === 'CHAIR').filter((s) => !s.occasional || counts(s));
        const present = voting.filter(counts).length;
        const n = voting.length;
        const expected = rule === 'NONE' ? true
          : n > 0 && (rule === 'MORE_THAN_HALF' ? present * 2 > n : rule === 'AT_LEAST_HALF' ? present * 2 >= n : present * 3 >= n * 2);
        const q = computeQuorum(list, { quorumRule: rule, deputiesCount }, position);
        expect(q.votingSeats).toBe(n);
        expect(q.presentVoting).toBe(present);
        expect(q.reached).toBe(expected);
      },
    ), { numRuns: 500 });
  });
});
