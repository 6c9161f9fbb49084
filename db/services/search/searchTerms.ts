/**
 * German-aware query terms for the FTS5 index (tokenizer unicode61 with remove_diacritics, ß stored as ss).
 * Each word becomes a prefix of its crude stem, so "Beschlüssen" finds "Beschluss" and "Beschlüsse";
 * "ae/oe/ue" typed for an umlaut ("Muenster") also finds the umlaut spelling.
 */

const SUFFIXES = ['erinnen', 'innen', 'ungen', 'ern', 'en', 'er', 'es', 'e', 'n', 's'];
const MAX_TERMS = 8;

export function foldWord(word: string): string {
  return word.toLowerCase().replaceAll('ß', 'ss').normalize('NFD').replace(/\p{M}+/gu, '');
}

function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

export interface SearchTerm {
  /** The word as typed, for messages. */
  word: string;
  /** Folded prefixes, any of which matches. */
  prefixes: string[];
}

export function searchTerms(query: string): SearchTerm[] {
  const words = query.normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2).slice(0, MAX_TERMS);
  return words.map((word) => {
    const folded = foldWord(word);
    const variants = new Set([stem(folded)]);
    if (/ae|oe|ue/.test(folded)) variants.add(stem(folded.replaceAll('ae', 'a').replaceAll('oe', 'o').replaceAll('ue', 'u')));
    return { word, prefixes: [...variants].filter((p) => p.length > 0) };
  });
}

/** The FTS5 MATCH expression: every word must match (AND), each by any of its prefixes. Words are letters and digits only. */
export function matchExpression(terms: SearchTerm[]): string {
  return terms.map((t) => `(${t.prefixes.map((p) => `"${p}"*`).join(' OR ')})`).join(' AND ');
}
