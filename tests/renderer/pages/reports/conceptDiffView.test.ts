import { describe, expect, it } from 'vitest';
import type { OutputOf } from '../../../../db/api/contract';
import { diffParagraphs, diffView } from '../../../../renderer/pages/reports/conceptDiffView';
import { berlinDay, defaultComparison, versionStatusText } from '../../../../renderer/pages/reports/conceptVersions';

type Diff = OutputOf<'reports.diff'>;
const section = (key: string, change: Diff['sections'][number]['change'], extra: Partial<Diff['sections'][number]> = {}) =>
  ({ key, title: key, change, titleBefore: null, generated: false, parts: [], generatedChanges: [], ...extra });

describe('the comparison of two Konzept versions', () => {
  it('splits marked text into the paragraphs of the new version; a blank line in deleted text reads as a space', () => {
    expect(diffParagraphs([
      { kind: 'same', text: 'Das KIM wurde ' },
      { kind: 'removed', text: 'aufgebaut.\n\nAlt ' },
      { kind: 'added', text: 'verstetigt.\n\n' },
      { kind: 'same', text: 'Ende.\n\nNoch ein Absatz.' },
    ])).toEqual([
      [{ kind: 'same', text: 'Das KIM wurde ' }, { kind: 'removed', text: 'aufgebaut. Alt ' }, { kind: 'added', text: 'verstetigt.' }],
      [{ kind: 'same', text: 'Ende.' }],
      [{ kind: 'same', text: 'Noch ein Absatz.' }],
    ]);
    expect(diffParagraphs([])).toEqual([]);
  });

  it('counts the sections by change and labels each in German', () => {
    const diff = { sections: [section('a', 'changed'), section('b', 'changed'), section('c', 'added'), section('d', 'unchanged')] } as unknown as Diff;
    const view = diffView(diff);
    expect(view.summary).toBe('2 Abschnitte geändert, 1 neu, 1 unverändert');
    expect(view.sections.map((s) => s.changeLabel)).toEqual(['geändert', 'geändert', 'neu', 'unverändert']);
    expect(diffView({ sections: [section('a', 'unchanged')] } as unknown as Diff).summary).toBe('Keine Änderungen; 1 Abschnitt verglichen.');
    expect(diffView({ sections: [section('a', 'changed'), section('b', 'removed')] } as unknown as Diff).summary)
      .toBe('1 Abschnitt geändert, 1 entfallen');
  });

  it('compares a version with the one it is based on, and the first version with the newest other one', () => {
    const versions = [
      { id: 'v3', basedOnDraftId: 'v2' }, { id: 'v2', basedOnDraftId: 'v1' }, { id: 'v1', basedOnDraftId: null },
    ];
    expect(defaultComparison(versions, 'v3')).toEqual({ fromId: 'v2', toId: 'v3' });
    expect(defaultComparison(versions, 'v1')).toEqual({ fromId: 'v1', toId: 'v3' });
    expect(defaultComparison([{ id: 'v1', basedOnDraftId: null }], 'v1')).toBeNull();
  });

  it('names the status with the Berlin calendar day of publication', () => {
    expect(berlinDay('2025-01-19T23:30:00Z')).toBe('20.01.2025');
    expect(versionStatusText({ status: 'PUBLISHED', publishedAt: '2025-01-20T09:00:00.000Z' })).toBe('veröffentlicht am 20.01.2025');
    expect(versionStatusText({ status: 'DRAFT', publishedAt: null })).toBe('Entwurf');
  });
});
