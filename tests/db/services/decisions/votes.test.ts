import { describe, expect, it } from 'vitest';
import { checkVotes, resultText, type Votes } from '../../../../db/services/decisions/votes';

const v = (result: Votes['result'], votesYes: number | null = null, votesNo: number | null = null, votesAbstain: number | null = null): Votes =>
  ({ result, votesYes, votesNo, votesAbstain });
const thrown = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as { code: string; issues: Array<{ field: string; message: string }> };
  }
  throw new Error('expected a refusal');
};

describe('checkVotes', () => {
  it('takes a consensus without counts and refuses counts for it', () => {
    expect(checkVotes(v('CONSENSUS'))).toMatchObject({ cast: null, votesYes: null });
    expect(thrown(() => checkVotes(v('CONSENSUS', null, 0))).issues).toEqual([{
      field: 'votesNo',
      message: 'Nein-Stimmen: Bei einem Beschluss im Konsens werden keine Stimmen gezählt; für gezählte Stimmen bitte „mit Abstimmung“ wählen.',
    }]);
  });

  it('refuses a unanimous decision with a no-vote', () => {
    expect(thrown(() => checkVotes(v('UNANIMOUS', 8, 1, 0))).issues).toEqual([
      { field: 'votesNo', message: 'Nein-Stimmen: Ein einstimmiger Beschluss hat keine Nein-Stimmen.' },
    ]);
  });

  it('takes a unanimous decision with or without counts, abstentions allowed', () => {
    expect(checkVotes(v('UNANIMOUS'))).toMatchObject({ cast: null });
    expect(checkVotes(v('UNANIMOUS', 9, null, 2))).toEqual({ result: 'UNANIMOUS', votesYes: 9, votesNo: 0, votesAbstain: 2, cast: 11 });
    expect(thrown(() => checkVotes(v('UNANIMOUS', 0))).issues[0].field).toBe('votesYes');
    expect(thrown(() => checkVotes(v('UNANIMOUS', null, null, 2))).issues).toEqual([
      { field: 'votesYes', message: 'Ja-Stimmen: Bitte angeben, wenn Stimmen gezählt wurden.' },
    ]);
  });

  it('needs yes and no counts for a vote and defaults abstentions to 0', () => {
    expect(thrown(() => checkVotes(v('VOTE'))).issues[0]).toEqual({ field: 'votesYes', message: 'Ja-Stimmen: Bitte bei einer Abstimmung die Stimmen angeben.' });
    expect(thrown(() => checkVotes(v('VOTE', 5))).issues[0].field).toBe('votesNo');
    expect(checkVotes(v('VOTE', 5, 2))).toEqual({ result: 'VOTE', votesYes: 5, votesNo: 2, votesAbstain: 0, cast: 7 });
  });

  it('refuses a vote in which nobody voted', () => {
    expect(thrown(() => checkVotes(v('VOTE', 0, 0, 0))).issues[0].message).toBe('Ja-Stimmen: Bei einer Abstimmung muss mindestens eine Stimme abgegeben werden.');
  });
});

describe('resultText', () => {
  it.each([
    [v('CONSENSUS'), 'im Konsens beschlossen'],
    [v('UNANIMOUS'), 'einstimmig beschlossen'],
    [v('UNANIMOUS', 10, 0, 0), 'einstimmig beschlossen'],
    [v('UNANIMOUS', 9, 0, 1), 'einstimmig bei 1 Enthaltung beschlossen'],
    [v('VOTE', 9, 1, 2), 'mit 9 Ja, 1 Nein, 2 Enthaltungen beschlossen'],
    [v('VOTE', 3, 5, 1), 'mit 3 Ja, 5 Nein, 1 Enthaltung abgelehnt'],
    [v('VOTE', 4, 4, 0), 'mit 4 Ja, 4 Nein, 0 Enthaltungen abgelehnt'],
  ])('%o reads "%s"', (votes, text) => {
    expect(resultText(votes)).toBe(text);
  });
});
