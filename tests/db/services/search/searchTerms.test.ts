import { describe, expect, it } from 'vitest';
import { matchExpression, searchTerms } from '../../../../db/services/search/searchTerms';
import { highlightParts, snippet } from '../../../../db/services/search/highlight';

describe('search terms', () => {
  it('fold umlauts and ß and cut common German endings to a prefix', () => {
    expect(searchTerms('Beschlüssen')[0].prefixes).toEqual(['beschluss']);
    expect(searchTerms('Straße')[0].prefixes).toEqual(['strass']);
    expect(searchTerms('Wohnungen')[0].prefixes).toEqual(['wohn']);
  });

  it('also try the umlaut when ae, oe or ue is typed', () => {
    expect(searchTerms('Muenstereifel')[0].prefixes).toEqual(['muenstereifel', 'munstereifel']);
  });

  it('ignore punctuation, one-letter words and FTS syntax', () => {
    const terms = searchTerms('"AG" Wohnen* OR -x NEAR(');
    expect(terms.map((t) => t.word)).toEqual(['AG', 'Wohnen', 'OR', 'NEAR']);
    expect(matchExpression(terms)).toBe('("ag"*) AND ("wohn"*) AND ("or"*) AND ("near"*)');
  });

  it('find nothing to search in blanks', () => {
    expect(searchTerms('  - ')).toEqual([]);
  });
});

describe('highlighting', () => {
  it('marks whole words that start with a prefix, whatever their umlauts', () => {
    expect(highlightParts('Die Lenkungsgruppe beschließt Beschlüsse.', ['beschl'])).toEqual([
      { text: 'Die Lenkungsgruppe ', match: false },
      { text: 'beschließt', match: true },
      { text: ' ', match: false },
      { text: 'Beschlüsse', match: true },
      { text: '.', match: false },
    ]);
  });

  it('cuts a long text around the first match', () => {
    const long = `${'Vorlauf '.repeat(60)}Traumatherapie in Herkunftssprachen ${'Nachlauf '.repeat(60)}`;
    const parts = snippet(long, ['trauma'], 120);
    const text = parts.map((p) => p.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text.length).toBeLessThan(140);
    expect(parts.find((p) => p.match)?.text).toBe('Traumatherapie');
  });
});
