import { foldWord } from './searchTerms';

export interface TextPart { text: string; match: boolean }

const WORD = /[\p{L}\p{N}]+/gu;

/** Splits text into parts, marking words that start with one of the folded prefixes. */
export function highlightParts(text: string, prefixes: string[]): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const folded = foldWord(m[0]);
    if (!prefixes.some((p) => folded.startsWith(p))) continue;
    if (m.index > last) parts.push({ text: text.slice(last, m.index), match: false });
    parts.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/** A window of about `width` characters around the first match, cut at word boundaries. */
export function snippet(text: string, prefixes: string[], width = 180): TextPart[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= width) return highlightParts(clean, prefixes);
  const first = highlightParts(clean, prefixes).reduce<{ pos: number; found: number }>((acc, part) => {
    if (acc.found < 0 && part.match) return { pos: acc.pos, found: acc.pos };
    return { pos: acc.pos + part.text.length, found: acc.found };
  }, { pos: 0, found: -1 }).found;
  const start = Math.max(0, (first < 0 ? 0 : first) - Math.floor(width / 3));
  let from = start === 0 ? 0 : clean.indexOf(' ', start) + 1;
  if (from <= 0) from = start;
  let to = Math.min(clean.length, from + width);
  const space = clean.lastIndexOf(' ', to);
  if (to < clean.length && space > from) to = space;
  const parts = highlightParts(clean.slice(from, to), prefixes);
  if (from > 0) parts.unshift({ text: '… ', match: false });
  if (to < clean.length) parts.push({ text: ' …', match: false });
  return parts;
}
