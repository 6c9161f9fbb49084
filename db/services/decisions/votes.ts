import { validationError } from '../../api/errors';
import type { DecisionResult } from '../../domain/enums';

export const DECISION_LABELS = {
  agendaItemId: 'Tagesordnungspunkt',
  text: 'Beschlusstext',
  type: 'Art des Beschlusses',
  result: 'Ergebnis',
  votesYes: 'Ja-Stimmen',
  votesNo: 'Nein-Stimmen',
  votesAbstain: 'Enthaltungen',
  overrideReason: 'Begründung der Ausnahme',
  effects: 'Wirkungen',
};
const L = DECISION_LABELS;

export interface Votes {
  result: DecisionResult;
  votesYes: number | null;
  votesNo: number | null;
  votesAbstain: number | null;
}

export interface CheckedVotes extends Votes {
  /** Votes cast in total, when counted. */
  cast: number | null;
}

/**
 * The counts that fit the result: none for a consensus, no "no" for a unanimous decision, complete counts for a
 * vote (abstentions default to 0). Throws for combinations that cannot be true whatever the attendance.
 */
export function checkVotes(v: Votes): CheckedVotes {
  const given = (['votesYes', 'votesNo', 'votesAbstain'] as const).filter((k) => v[k] != null);
  if (v.result === 'CONSENSUS') {
    if (given.length > 0) {
      throw validationError(given[0], `${L[given[0]]}: Bei einem Beschluss im Konsens werden keine Stimmen gezählt; für gezählte Stimmen bitte „mit Abstimmung“ wählen.`);
    }
    return { ...v, cast: null };
  }
  if (v.result === 'UNANIMOUS') {
    if ((v.votesNo ?? 0) > 0) throw validationError('votesNo', `${L.votesNo}: Ein einstimmiger Beschluss hat keine Nein-Stimmen.`);
    if (v.votesYes === 0) throw validationError('votesYes', `${L.votesYes}: Ein einstimmiger Beschluss braucht mindestens eine Ja-Stimme.`);
    if (given.length === 0) return { ...v, cast: null };
    if (v.votesYes == null) throw validationError('votesYes', `${L.votesYes}: Bitte angeben, wenn Stimmen gezählt wurden.`);
    const votes = { result: v.result, votesYes: v.votesYes, votesNo: v.votesNo ?? 0, votesAbstain: v.votesAbstain ?? 0 };
    return { ...votes, cast: (votes.votesYes ?? 0) + votes.votesNo + votes.votesAbstain };
  }
  if (v.votesYes == null) throw validationError('votesYes', `${L.votesYes}: Bitte bei einer Abstimmung die Stimmen angeben.`);
  if (v.votesNo == null) throw validationError('votesNo', `${L.votesNo}: Bitte bei einer Abstimmung die Stimmen angeben.`);
  const votesAbstain = v.votesAbstain ?? 0;
  const cast = v.votesYes + v.votesNo + votesAbstain;
  if (cast === 0) throw validationError('votesYes', `${L.votesYes}: Bei einer Abstimmung muss mindestens eine Stimme abgegeben werden.`);
  return { result: v.result, votesYes: v.votesYes, votesNo: v.votesNo, votesAbstain, cast };
}

const abstentions = (n: number) => `${n} ${n === 1 ? 'Enthaltung' : 'Enthaltungen'}`;

/** How the minutes state a result: "im Konsens beschlossen", "mit 9 Ja, 1 Nein, 2 Enthaltungen beschlossen". */
export function resultText(v: Votes): string {
  if (v.result === 'CONSENSUS') return 'im Konsens beschlossen';
  if (v.result === 'UNANIMOUS') {
    return (v.votesAbstain ?? 0) > 0 ? `einstimmig bei ${abstentions(v.votesAbstain!)} beschlossen` : 'einstimmig beschlossen';
  }
  const yes = v.votesYes ?? 0;
  const no = v.votesNo ?? 0;
  // A tie rejects the motion, as in every German rules of procedure.
  return `mit ${yes} Ja, ${no} Nein, ${abstentions(v.votesAbstain ?? 0)} ${yes > no ? 'beschlossen' : 'abgelehnt'}`;
}
