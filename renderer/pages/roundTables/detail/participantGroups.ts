export interface ParticipantLike {
  role: string;
  organisationName: string | null;
  personName: string | null;
  headCount: number | null;
  note: string | null;
}

export interface ParticipantGroup<P extends ParticipantLike> {
  role: string;
  participants: P[];
  /** Head counts given, plus one for each named person without a count: a named person is there in person. */
  headCount: number;
}

/** One participant's count: the number given, else one for a named person, else nothing known. */
export function countOf(p: ParticipantLike): number {
  if (p.headCount != null) return p.headCount;
  return p.personName ? 1 : 0;
}

/** Participants grouped by role in the order the value list defines, with the head count per role. */
export function groupByRole<P extends ParticipantLike>(participants: readonly P[], roleOrder: readonly string[]): ParticipantGroup<P>[] {
  const groups = new Map<string, ParticipantGroup<P>>();
  for (const p of participants) {
    const group = groups.get(p.role) ?? { role: p.role, participants: [], headCount: 0 };
    group.participants.push(p);
    group.headCount += countOf(p);
    groups.set(p.role, group);
  }
  const rank = (role: string) => {
    const i = roleOrder.indexOf(role);
    return i === -1 ? roleOrder.length : i;
  };
  return [...groups.values()].sort((a, b) => rank(a.role) - rank(b.role));
}

/** "Caritas Eifel – Anna Schmidt", the organisation or person alone, or the note when neither is named. */
export function participantName(p: ParticipantLike): string {
  return [p.organisationName, p.personName].filter(Boolean).join(' – ') || p.note || 'nicht namentlich erfasst';
}
