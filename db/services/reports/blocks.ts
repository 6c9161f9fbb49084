/**
 * The content of a report as plain data: the app's preview renders it, the Word export writes it. One model for
 * both, so the preview shows what the file will hold.
 */
export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'note'; text: string }
  | {
    kind: 'table';
    caption: string;
    /** `cm` fixes a column's width, `weight` shares the rest (Word only; the preview may ignore both). */
    columns: Array<{ header: string; align?: 'left' | 'right'; cm?: number; weight?: number }>;
    rows: string[][];
    footer?: string[];
  }
  | {
    kind: 'chart';
    key: string;
    title: string;
    /** The figure in words, for screen readers (Word's alternative text). */
    altText: string;
    categories: string[];
    series: Array<{ name: string; values: number[] }>;
    /** How values are written on the bars, e.g. 'fte' → "1,5". */
    format: 'fte' | 'count';
  };

/**
 * The office's text as typed: blank lines separate paragraphs, lines starting with "- " are bullet points.
 */
export function narrativeBlocks(text: string | null | undefined): ReportBlock[] {
  if (!text || !text.trim()) return [];
  const blocks: ReportBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').trim().split(/\n\s*\n/)) {
    let prose: string[] = [];
    let items: string[] = [];
    const flush = () => {
      if (prose.length) blocks.push({ kind: 'paragraph', text: prose.join('\n') });
      if (items.length) blocks.push({ kind: 'bullets', items });
      prose = [];
      items = [];
    };
    for (const raw of chunk.split('\n')) {
      const line = raw.trimEnd();
      const bullet = /^\s*[-–•]\s+(.*)$/.exec(line);
      if (bullet) {
        if (prose.length) { blocks.push({ kind: 'paragraph', text: prose.join('\n') }); prose = []; }
        items.push(bullet[1]);
      } else {
        if (items.length) { blocks.push({ kind: 'bullets', items }); items = []; }
        if (line.trim()) prose.push(line.trim());
      }
    }
    flush();
  }
  return blocks;
}
