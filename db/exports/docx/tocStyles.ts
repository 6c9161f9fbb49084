import type { IParagraphStylePropertiesOptions, IRunStylePropertiesOptions, IStylesOptions } from 'docx';

/** What the page layout needs of a paragraph style, resolved along its basedOn chain. Lengths in twips, sizes in half-points. */
export interface ParagraphFormat {
  size: number;
  bold: boolean;
  before: number;
  after: number;
  /** Line spacing: 240 is single, for `lineRule` auto; else a height in twips. */
  line: number;
  lineRule: 'auto' | 'exact' | 'atLeast';
  keepNext: boolean;
  keepLines: boolean;
  pageBreakBefore: boolean;
  indentLeft: number;
  indentRight: number;
}

interface StyleSource {
  basedOn?: string;
  run?: IRunStylePropertiesOptions;
  paragraph?: IParagraphStylePropertiesOptions;
}

/** Word's own defaults for a document that sets none. */
const WORD_DEFAULTS: ParagraphFormat = {
  size: 22, bold: false, before: 0, after: 0, line: 240, lineRule: 'auto',
  keepNext: false, keepLines: false, pageBreakBefore: false, indentLeft: 0, indentRight: 0,
};

function apply(base: ParagraphFormat, source: StyleSource | undefined): ParagraphFormat {
  if (!source) return base;
  const { run = {}, paragraph = {} } = source;
  const spacing = paragraph.spacing ?? {};
  const indent = (paragraph.indent ?? {}) as { left?: number | string; right?: number | string; start?: number | string; end?: number | string };
  const twips = (v: number | string | undefined, fallback: number) => (typeof v === 'number' ? v : fallback);
  return {
    size: typeof run.size === 'number' ? run.size : base.size,
    bold: run.bold ?? base.bold,
    before: spacing.before ?? base.before,
    after: spacing.after ?? base.after,
    line: spacing.line ?? base.line,
    lineRule: (spacing.lineRule as ParagraphFormat['lineRule'] | undefined) ?? (spacing.line != null ? 'auto' : base.lineRule),
    keepNext: paragraph.keepNext ?? base.keepNext,
    keepLines: paragraph.keepLines ?? base.keepLines,
    pageBreakBefore: (paragraph as { pageBreakBefore?: boolean }).pageBreakBefore ?? base.pageBreakBefore,
    indentLeft: twips(indent.left ?? indent.start, base.indentLeft),
    indentRight: twips(indent.right ?? indent.end, base.indentRight),
  };
}

/**
 * The paragraph styles of a document's style options by style id: Normal, Title, Heading1–6, the custom paragraph
 * styles, and docx's TOC1–TOC9 (5 pt after, each level indented by the Normal font size), which Word adds itself.
 */
export function resolveParagraphStyles(options: IStylesOptions): Map<string, ParagraphFormat> {
  const normal = apply(WORD_DEFAULTS, { run: options.default?.document?.run, paragraph: options.default?.document?.paragraph });
  const sources = new Map<string, StyleSource>();
  const builtIn: Array<[string, StyleSource | undefined]> = [
    ['Title', options.default?.title], ['Heading1', options.default?.heading1], ['Heading2', options.default?.heading2],
    ['Heading3', options.default?.heading3], ['Heading4', options.default?.heading4], ['Heading5', options.default?.heading5],
    ['Heading6', options.default?.heading6],
  ];
  for (const [id, source] of builtIn) if (source) sources.set(id, { basedOn: 'Normal', ...source });
  for (const style of options.paragraphStyles ?? []) sources.set(style.id, style);
  for (let level = 1; level <= 9; level++) {
    if (!sources.has(`TOC${level}`)) {
      sources.set(`TOC${level}`, { basedOn: 'Normal', paragraph: { spacing: { after: 100 }, indent: { left: (level - 1) * normal.size * 10 } } });
    }
  }
  const resolved = new Map<string, ParagraphFormat>([['Normal', normal]]);
  const resolve = (id: string, seen: Set<string>): ParagraphFormat => {
    const known = resolved.get(id);
    if (known) return known;
    const source = sources.get(id);
    if (!source || seen.has(id)) return normal;
    seen.add(id);
    const format = apply(source.basedOn ? resolve(source.basedOn, seen) : normal, source);
    resolved.set(id, format);
    return format;
  };
  for (const id of sources.keys()) resolve(id, new Set());
  return resolved;
}
