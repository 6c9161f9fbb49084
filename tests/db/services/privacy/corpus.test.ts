import { describe, expect, it } from 'vitest';
import { scanPersonalData } from '../../../../db/services/privacy/scan';
import { PRIVACY_KINDS, type PrivacyFinding, type PrivacyKind } from '../../../../db/services/privacy/types';
import { CORPUS, type LabelledSentence } from './corpus';

interface Annotation { kind: PrivacyKind; start: number; end: number; text: string }

function annotations(s: LabelledSentence): Annotation[] {
  return s.expect.map(([kind, passage]) => {
    const start = s.text.indexOf(passage);
    return { kind, start, end: start + passage.length, text: passage };
  });
}

const hits = (a: Annotation, f: PrivacyFinding) => a.kind === f.kind && f.start < a.end && a.start < f.end;

/**
 * Span-level scoring: an expected passage is found when a finding of the same kind overlaps it; a finding is
 * correct when it overlaps an expected passage of its kind. Wrong kinds count against both measures.
 */
function evaluate(corpus: readonly LabelledSentence[]) {
  let expected = 0;
  let found = 0;
  let reported = 0;
  let correct = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  const perKind = new Map<PrivacyKind, { expected: number; found: number }>(PRIVACY_KINDS.map((k) => [k, { expected: 0, found: 0 }]));
  for (const sentence of corpus) {
    const wanted = annotations(sentence);
    const got = scanPersonalData(sentence.text);
    expected += wanted.length;
    reported += got.length;
    for (const a of wanted) {
      const k = perKind.get(a.kind)!;
      k.expected += 1;
      if (got.some((f) => hits(a, f))) {
        found += 1;
        k.found += 1;
      } else {
        misses.push(`${a.kind} „${a.text}“ in: ${sentence.text}`);
      }
    }
    for (const f of got) {
      if (wanted.some((a) => hits(a, f))) correct += 1;
      else falseAlarms.push(`${f.kind} „${f.excerpt}“ in: ${sentence.text}`);
    }
  }
  return { recall: found / expected, precision: correct / reported, misses, falseAlarms, perKind };
}

describe('the labelled privacy corpus', () => {
  it('has at least 200 sentences with both personal data and ordinary text, every kind and hard negatives', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(200);
    const positives = CORPUS.filter((s) => s.expect.length > 0);
    const negatives = CORPUS.filter((s) => s.expect.length === 0);
    expect(positives.length).toBeGreaterThanOrEqual(100);
    expect(negatives.length).toBeGreaterThanOrEqual(100);
    expect(negatives.filter((s) => s.hard).length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(positives.flatMap((s) => s.expect.map(([k]) => k)));
    expect([...kinds].sort()).toEqual([...PRIVACY_KINDS].sort());
  });

  it('labels passages that occur in their sentence, each sentence once', () => {
    for (const s of CORPUS) for (const [, passage] of s.expect) expect(s.text, passage).toContain(passage);
    expect(new Set(CORPUS.map((s) => s.text)).size).toBe(CORPUS.length);
  });
});

describe('the privacy guard on the corpus', () => {
  it('finds at least 95 % of the personal data with at least 85 % precision', () => {
    const result = evaluate(CORPUS);
    console.log(`privacy guard: precision ${result.precision.toFixed(2)}, recall ${result.recall.toFixed(2)} on ${CORPUS.length} sentences`);
    const perKind = [...result.perKind].map(([k, v]) => `${k} ${v.found}/${v.expected}`).join(', ');
    console.log(`privacy guard per kind: ${perKind}`);
    expect(result.recall, `missed:\n${result.misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    expect(result.precision, `false alarms:\n${result.falseAlarms.join('\n')}`).toBeGreaterThanOrEqual(0.85);
  });

  it('raises no alarm on the hard negatives that trap naive patterns', () => {
    const alarms = CORPUS.filter((s) => s.hard).flatMap((s) =>
      scanPersonalData(s.text).map((f) => `${f.kind} „${f.excerpt}“ (${s.hard}) in: ${s.text}`));
    expect(alarms).toEqual([]);
  });
});
