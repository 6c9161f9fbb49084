import {
  AlignmentType, ExternalHyperlink, HeadingLevel, ImageRun, Paragraph, Tab, TabStopType, TextRun,
  type ParagraphChild,
} from 'docx';
import { STYLE } from './styles';

export type HeadingDepth = 1 | 2 | 3;
/** Text, or runs when a line mixes plain and bold text or links. */
export type Inline = string | ParagraphChild | ReadonlyArray<string | ParagraphChild>;

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function runs(content: Inline): ParagraphChild[] {
  const list = typeof content === 'string' || !Array.isArray(content) ? [content as string | ParagraphChild] : content;
  return list.map((part) => (typeof part === 'string' ? new TextRun(part) : part));
}

/** A real Word heading (Heading1–3): navigation, table of contents and screen readers rely on it. */
export function heading(text: string, depth: HeadingDepth, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({ heading: LEVELS[depth], children: [new TextRun(text)], pageBreakBefore: options.pageBreakBefore });
}

/**
 * A cover title in Word's "Title" style (no heading, so it stays out of the table of contents) with an optional
 * subtitle line below it.
 */
export function documentTitle(title: string, subtitle?: string): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 1200 }, children: [new TextRun(title)] }),
    ...(subtitle ? [new Paragraph({ spacing: { after: 360 }, children: [new TextRun({ text: subtitle, size: 30 })] })] : []),
  ];
}

/** Level of a heading nested `offset` levels below `base`, never deeper than Heading3. */
export function deeper(base: HeadingDepth, offset: number): HeadingDepth {
  return Math.min(3, base + offset) as HeadingDepth;
}

export interface ParagraphOptions {
  align?: 'left' | 'right' | 'center';
  small?: boolean;
  keepNext?: boolean;
  spaceBefore?: number;
  spaceAfter?: number;
}

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

export function paragraph(content: Inline, options: ParagraphOptions = {}): Paragraph {
  return new Paragraph({
    children: runs(content),
    style: options.small ? STYLE.small : undefined,
    alignment: options.align ? ALIGN[options.align] : undefined,
    keepNext: options.keepNext,
    spacing: options.spaceBefore != null || options.spaceAfter != null
      ? { before: options.spaceBefore, after: options.spaceAfter } : undefined,
  });
}

export const bold = (text: string) => new TextRun({ text, bold: true });
export const italic = (text: string) => new TextRun({ text, italics: true });

/** A link whose text is shown as written (write the address itself when the page may be printed). */
export function link(text: string, url: string): ExternalHyperlink {
  return new ExternalHyperlink({ link: url, children: [new TextRun({ text, style: 'Hyperlink' })] });
}

/**
 * Free text as typed in the app: blank lines separate paragraphs, single line breaks stay line breaks.
 * Empty text gives no paragraph at all.
 */
export function textBlock(text: string | null | undefined, options: ParagraphOptions & { style?: string } = {}): Paragraph[] {
  if (!text || !text.trim()) return [];
  return text.trim().split(/\n\s*\n/).map((block, i) => new Paragraph({
    style: options.style ?? (options.small ? STYLE.small : undefined),
    alignment: options.align ? ALIGN[options.align] : undefined,
    spacing: i === 0 && options.spaceBefore != null ? { before: options.spaceBefore } : undefined,
    children: block.split('\n').map((line, j) => new TextRun({ text: line.trimEnd(), break: j > 0 ? 1 : undefined })),
  }));
}

/** A highlighted paragraph with a bar on the left, for decisions and other results a reader must not miss. */
export function box(content: Inline): Paragraph {
  return new Paragraph({ style: STYLE.box, children: runs(content) });
}

/**
 * "Label: value" lines aligned on a tab stop, for meeting facts (Datum, Uhrzeit, Ort). Plain paragraphs rather
 * than a borderless table, so screen readers read them as text; rows without a value are left out.
 */
export function facts(rows: ReadonlyArray<readonly [label: string, value: Inline | null | undefined]>, tabTwips = 1900): Paragraph[] {
  return rows
    .filter(([, value]) => value != null && value !== '')
    .map(([label, value]) => new Paragraph({
      tabStops: [{ type: TabStopType.LEFT, position: tabTwips }],
      indent: { left: tabTwips, hanging: tabTwips },
      spacing: { after: 40 },
      children: [new TextRun({ text: `${label}:`, bold: true }), new TextRun({ children: [new Tab()] }), ...runs(value as Inline)],
    }));
}

/** Bulleted list (docx's built-in bullet numbering). */
export function bullets(items: readonly Inline[]): Paragraph[] {
  return items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item), spacing: { after: 40 } }));
}

/** Vertical space without content, e.g. room for a signature. */
export function gap(lines = 1, options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ keepNext: options.keepNext, children: [new TextRun({ text: '', break: lines > 1 ? lines - 1 : undefined })] });
}

/**
 * A picture (a chart rendered to PNG) with alternative text for screen readers and a caption below it.
 * Size in centimetres; keep it within the text width (16,5 cm).
 */
export function figure(png: Buffer, options: { widthCm: number; heightCm: number; altText: string; caption?: string }): Paragraph[] {
  const px = (cm: number) => Math.round((cm / 2.54) * 96);
  return [
    new Paragraph({
      keepNext: !!options.caption,
      children: [new ImageRun({
        type: 'png', data: png, transformation: { width: px(options.widthCm), height: px(options.heightCm) },
        altText: { name: options.caption ?? options.altText, title: options.caption ?? options.altText, description: options.altText },
      })],
    }),
    ...(options.caption ? [new Paragraph({ style: STYLE.small, children: [new TextRun(options.caption)] })] : []),
  ];
}
