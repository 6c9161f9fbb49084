interface Quorum {
  reached: boolean;
  presentVoting: number;
  votingSeats: number;
  required: number;
  representedNotCounted?: number;
}

/** The live quorum line: "Beschlussfähig: ja – 9 von 14 stimmberechtigten Sitzen besetzt (erforderlich: 8)". */
export function quorumSentence(q: Quorum): string {
  const seats = q.votingSeats === 1 ? 'stimmberechtigten Sitz' : 'stimmberechtigten Sitzen';
  return `Beschlussfähig: ${q.reached ? 'ja' : 'nein'} – ${q.presentVoting} von ${q.votingSeats} ${seats} besetzt (erforderlich: ${q.required})`;
}

/** How many seats still lack an entry: "Noch nicht erfasst: 3 Sitze"; empty when all are recorded. */
export function unrecordedText(rows: readonly { guest: boolean; status: string | null }[]): string {
  const open = rows.filter((r) => !r.guest && r.status == null).length;
  if (open === 0) return '';
  return `Noch nicht erfasst: ${open === 1 ? '1 Sitz' : `${open} Sitze`}.`;
}
