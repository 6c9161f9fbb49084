import { describe, expect, it } from 'vitest';
import { narrativeBlocks } from '../../../../db/services/reports/blocks';

describe('the office text of a chapter', () => {
  it('turns blank lines into paragraphs and "- " lines into bullet points', () => {
    expect(narrativeBlocks('Erster Absatz\nzweite Zeile.\n\nZweiter Absatz:\n- eins\n- zwei\nDanach weiter.')).toEqual([
      { kind: 'paragraph', text: 'Erster Absatz\nzweite Zeile.' },
      { kind: 'paragraph', text: 'Zweiter Absatz:' },
      { kind: 'bullets', items: ['eins', 'zwei'] },
      { kind: 'paragraph', text: 'Danach weiter.' },
    ]);
  });

  it('gives nothing for empty or blank text', () => {
    expect(narrativeBlocks('')).toEqual([]);
    expect(narrativeBlocks('  \n \n')).toEqual([]);
    expect(narrativeBlocks(null)).toEqual([]);
  });
});
