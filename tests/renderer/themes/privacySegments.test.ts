import { describe, expect, it } from 'vitest';
import { hitContext, hitCountText, privacySegments } from '../../../renderer/components/privacy/privacySegments';

describe('marking what the privacy guard found', () => {
  const text = 'Frau Yılmaz, geb. 12.03.1987, kam über das Jobcenter.';

  it('splits the text into plain and marked stretches that add up to the text', () => {
    const segments = privacySegments(text, [{ start: 0, end: 11 }, { start: 13, end: 28 }]);
    expect(segments).toEqual([
      { text: 'Frau Yılmaz', marked: true },
      { text: ', ', marked: false },
      { text: 'geb. 12.03.1987', marked: true },
      { text: ', kam über das Jobcenter.', marked: false },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('merges overlapping findings of different kinds into one marked stretch', () => {
    const t = 'eine syrische Familie Haddad mit vier Kindern';
    expect(privacySegments(t, [{ start: 5, end: 45 }, { start: 14, end: 28 }])).toEqual([
      { text: 'eine ', marked: false },
      { text: 'syrische Familie Haddad mit vier Kindern', marked: true },
    ]);
  });

  it('ignores ranges outside the text, e.g. findings of an older version of it', () => {
    expect(privacySegments('kurz', [{ start: 10, end: 20 }])).toEqual([{ text: 'kurz', marked: false }]);
  });

  it('shows a finding with a few words around it, cut with an ellipsis', () => {
    const long = `${'x'.repeat(50)} Frau Yılmaz ${'y'.repeat(50)}`;
    const c = hitContext(long, { start: 51, end: 62 }, 5);
    expect(c).toEqual({ before: '…xxxx ', match: 'Frau Yılmaz', after: ' yyyy…' });
  });

  it('counts in German', () => {
    expect(hitCountText(1)).toBe('1 mögliche Angabe zu Personen');
    expect(hitCountText(2)).toBe('2 mögliche Angaben zu Personen');
  });
});
