import { describe, expect, it } from 'vitest';
import { trackedStructure } from '../../../../db/exports/reports/conceptTracked';
import { wordDiff } from '../../../../db/services/reports/wordDiff';

describe('marked changes in the structure of the new text', () => {
  it('keeps bullet points as bullets, without their marker, with the changed words marked', () => {
    const parts = wordDiff('Für 2025 sind geplant:\n- Fallrekonstruktionen\n- eine Pressereihe',
      'Für 2026 sind geplant:\n- Fallrekonstruktionen\n- eine Pressereihe\n- ein Fachtag Wohnen');
    expect(trackedStructure(parts)).toEqual([
      { bullet: false, lines: [[{ kind: 'same', text: 'Für ' }, { kind: 'removed', text: '2025 ' }, { kind: 'added', text: '2026 ' }, { kind: 'same', text: 'sind geplant:' }]] },
      { bullet: true, lines: [[{ kind: 'same', text: 'Fallrekonstruktionen' }]] },
      { bullet: true, lines: [[{ kind: 'same', text: 'eine Pressereihe' }]] },
      { bullet: true, lines: [[{ kind: 'added', text: 'ein Fachtag Wohnen' }]] },
    ]);
  });

  it('separates paragraphs at the blank lines of the new text; deleted line ends read as spaces', () => {
    const parts = wordDiff('Seit 2021 aufgebaut.\n\nAlter Absatz.\n\nKoBIZ.', 'Seit 2021 verstetigt.\n\nKoBIZ.\nZweite Zeile.');
    const structure = trackedStructure(parts);
    expect(structure.map((p) => p.lines.map((line) => line.map((part) => part.kind === 'same' ? part.text : `[${part.kind}:${part.text}]`).join(''))))
      .toEqual([['Seit 2021 [removed:aufgebaut. Alter Absatz. ][added:verstetigt.]'], ['KoBIZ.', '[added:Zweite Zeile.]']]);
    expect(structure.every((p) => !p.bullet)).toBe(true);
  });
});
