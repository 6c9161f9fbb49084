import { describe, expect, it } from 'vitest';
import { quorumSentence, unrecordedText } from '../../../renderer/pages/steering/meeting/session/quorumText';

describe('the live quorum line', () => {
  it('says yes or no with present, seats and required', () => {
    expect(quorumSentence({ reached: true, presentVoting: 9, votingSeats: 14, required: 8 }))
      .toBe('Beschlussfähig: ja – 9 von 14 stimmberechtigten Sitzen besetzt (erforderlich: 8)');
    expect(quorumSentence({ reached: false, presentVoting: 0, votingSeats: 1, required: 1 }))
      .toBe('Beschlussfähig: nein – 0 von 1 stimmberechtigten Sitz besetzt (erforderlich: 1)');
  });

  it('counts seats still without an entry, never guests', () => {
    expect(unrecordedText([{ guest: false, status: null }, { guest: false, status: 'PRESENT' }, { guest: true, status: null }]))
      .toBe('Noch nicht erfasst: 1 Sitz.');
    expect(unrecordedText([{ guest: false, status: null }, { guest: false, status: null }])).toBe('Noch nicht erfasst: 2 Sitze.');
    expect(unrecordedText([{ guest: false, status: 'EXCUSED' }])).toBe('');
  });
});
