import type { OutputOf } from '../../../db/api/contract';

type Diff = OutputOf<'reports.diff'>;
type SectionDiff = Diff['sections'][number];
export type DiffPart = SectionDiff['parts'][number];

export const CHANGE_LABELS: Record<SectionDiff['change'], string> = {
  added: 'neu', removed: 'entfallen', changed: 'geändert', unchanged: 'unverändert',
};

export interface SectionView {
  key: string;
  title: string;
  change: SectionDiff['change'];
  changeLabel: string;
  titleBefore: string | null;
  generated: boolean;
  /** The text in paragraphs (blank lines separate them, as in the Word file), each a run of marked parts. */
  paragraphs: DiffPart[][];
  generatedChanges: SectionDiff['generatedChanges'];
}

export interface DiffView {
  /** "3 Abschnitte geändert, 1 neu, 1 entfallen, 8 unverändert" – only the counts that are not zero. */
  summary: string;
  sections: SectionView[];
}

/**
 * Splits the word-level parts into paragraphs at the blank lines of the new text (kept and inserted parts); a blank
 * line inside deleted text only existed in the old version and reads as a space, so the paragraphs follow the new version.
 */
export function diffParagraphs(parts: readonly DiffPart[]): DiffPart[][] {
  const paragraphs: DiffPart[][] = [[]];
  for (const part of parts) {
    const chunks = part.kind === 'removed' ? [part.text.replace(/\n\s*\n/g, ' ')] : part.text.split(/\n\s*\n/);
    chunks.forEach((chunk, i) => {
      if (i > 0) paragraphs.push([]);
      if (chunk) paragraphs.at(-1)!.push({ kind: part.kind, text: chunk });
    });
  }
  return paragraphs.filter((p) => p.some((part) => part.text.trim()));
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function diffView(diff: Diff): DiffView {
  const n = (change: SectionDiff['change']) => diff.sections.filter((s) => s.change === change).length;
  const changed = n('changed');
  const summary = [
    changed ? `${count(changed, 'Abschnitt', 'Abschnitte')} geändert` : '',
    n('added') ? `${n('added')} neu` : '',
    n('removed') ? `${n('removed')} entfallen` : '',
    n('unchanged') ? `${n('unchanged')} unverändert` : '',
  ].filter(Boolean).join(', ');
  return {
    summary: changed + n('added') + n('removed') === 0 ? `Keine Änderungen; ${count(diff.sections.length, 'Abschnitt', 'Abschnitte')} verglichen.` : summary,
    sections: diff.sections.map((s) => ({
      key: s.key, title: s.title, change: s.change, changeLabel: CHANGE_LABELS[s.change], titleBefore: s.titleBefore, generated: s.generated,
      paragraphs: diffParagraphs(s.parts), generatedChanges: s.generatedChanges,
    })),
  };
}
