/** The part of a privacy finding the form needs; structurally the same as the core's PrivacyFinding. */
export interface ScanHit {
  kind: string;
  severity: 'high' | 'low';
  start: number;
  end: number;
  excerpt: string;
  label: string;
  explanation: string;
}

export interface Segment {
  text: string;
  /** Whether this stretch lies inside at least one finding. */
  marked: boolean;
}

/**
 * Splits a text into plain and marked stretches. Findings of different kinds may overlap ("syrische Familie Haddad"),
 * so overlapping ranges are merged into one marked stretch rather than marked twice.
 */
export function privacySegments(text: string, hits: readonly Pick<ScanHit, 'start' | 'end'>[]): Segment[] {
  const ranges = hits
    .map((h) => [Math.max(0, h.start), Math.min(text.length, h.end)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of ranges) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) segments.push({ text: text.slice(at, s), marked: false });
    segments.push({ text: text.slice(s, e), marked: true });
    at = e;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

/** A few words either side of a finding, so the note under the field shows where it sits. */
export function hitContext(text: string, hit: Pick<ScanHit, 'start' | 'end'>, reach = 30): { before: string; match: string; after: string } {
  const from = Math.max(0, hit.start - reach);
  const to = Math.min(text.length, hit.end + reach);
  return {
    before: `${from > 0 ? '…' : ''}${text.slice(from, hit.start)}`,
    match: text.slice(hit.start, hit.end),
    after: `${text.slice(hit.end, to)}${to < text.length ? '…' : ''}`,
  };
}

/** "1 mögliche Angabe zu Personen" / "3 mögliche Angaben zu Personen". */
export function hitCountText(count: number): string {
  return `${count} mögliche ${count === 1 ? 'Angabe' : 'Angaben'} zu Personen`;
}
