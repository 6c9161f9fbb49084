import type { CommitteeKind } from '../../domain/enums';

/**
 * "der Lenkungsgruppe KI/KIM", "des AK Sexuelle Gesundheit": German needs the article of the committee's kind
 * (die Gruppe, der Arbeitskreis) wherever a letter names it in the genitive.
 */
export function committeeGenitive(committee: { kind: CommitteeKind; name: string }): string {
  if (committee.kind === 'WORKING_CIRCLE') return `des ${committee.name}`;
  if (committee.kind === 'OTHER') return `des Gremiums „${committee.name}“`;
  return `der ${committee.name}`;
}

/**
 * "9. Sitzung der Lenkungsgruppe KI/KIM". A stored title is added after a dash only for what it says beyond that:
 * "6. Sitzung AK Sexuelle Gesundheit" adds nothing, "4. Sitzung der LG – Klausurtagung" adds "Klausurtagung".
 */
export function meetingName(
  meeting: { sequenceNo: number | null; title: string | null },
  committee: { kind: CommitteeKind; name: string; shortName?: string | null },
): string {
  const base = `${meeting.sequenceNo != null ? `${meeting.sequenceNo}. ` : ''}Sitzung ${committeeGenitive(committee)}`;
  let rest = meeting.title?.trim() ?? '';
  const ordinal = /^(\d+\.\s*)?Sitzung\b\s*/i.exec(rest);
  if (ordinal) {
    rest = rest.slice(ordinal[0].length).replace(/^(der|des|vom|von)\s+/i, '');
    for (const name of [committee.name, committee.shortName]) {
      if (name && rest.toLowerCase().startsWith(name.toLowerCase())) rest = rest.slice(name.length);
    }
  }
  rest = rest.replace(/^[\s–—:,-]+/, '').trim();
  return rest ? `${base} – ${rest}` : base;
}

/** "9. Sitzung" or "Sitzung": short form for file names and footers. */
export function meetingOrdinal(meeting: { sequenceNo: number | null }): string {
  return meeting.sequenceNo != null ? `${meeting.sequenceNo}. Sitzung` : 'Sitzung';
}
