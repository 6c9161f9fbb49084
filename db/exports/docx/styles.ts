import type { IParagraphStyleOptions, IStylesOptions } from 'docx';

/**
 * Arial: on every office PC, and LibreOffice draws it with the metric-compatible Liberation Sans, so page breaks
 * match. Sizes are half-points.
 */
export const FONT = 'Arial';
export const LANGUAGE = 'de-DE';
export const COLOR = { heading: '1F3864', muted: '595959', rule: 'A6A6A6', headerFill: 'E8ECF4', boxFill: 'F3F5F9' } as const;
const SIZE = { body: 22, small: 18, h1: 32, h2: 26, h3: 23, title: 44 } as const;

/** Style ids beside Word's built-in ones (Heading1–3, Title, Hyperlink), for paragraphs the toolkit writes. */
export const STYLE = {
  small: 'KimSmall',
  tableText: 'KimTableText',
  tableHeader: 'KimTableHeader',
  letterhead: 'KimLetterhead',
  box: 'KimBox',
} as const;

const heading = (size: number, before: number, after: number, level: number) => ({
  run: { font: FONT, size, bold: true, color: COLOR.heading },
  paragraph: { spacing: { before, after }, keepNext: true, keepLines: true, outlineLevel: level },
});

const paragraphStyles: IParagraphStyleOptions[] = [
  {
    id: STYLE.small, name: 'KIM Klein', basedOn: 'Normal', quickFormat: true,
    run: { size: SIZE.small, color: COLOR.muted },
    paragraph: { spacing: { after: 60 } },
  },
  {
    id: STYLE.tableText, name: 'KIM Tabellentext', basedOn: 'Normal', quickFormat: true,
    run: { size: 20 },
    paragraph: { spacing: { before: 30, after: 30, line: 250, lineRule: 'auto' } },
  },
  {
    id: STYLE.tableHeader, name: 'KIM Tabellenkopf', basedOn: STYLE.tableText, quickFormat: true,
    run: { bold: true },
    paragraph: { keepNext: true },
  },
  {
    id: STYLE.letterhead, name: 'KIM Briefkopf', basedOn: 'Normal',
    run: { size: SIZE.small, color: COLOR.muted },
    paragraph: { spacing: { after: 0, line: 240, lineRule: 'auto' } },
  },
  {
    id: STYLE.box, name: 'KIM Kasten', basedOn: 'Normal', quickFormat: true,
    paragraph: {
      spacing: { before: 60, after: 60 },
      indent: { left: 113, right: 113 },
      shading: { type: 'clear', color: 'auto', fill: COLOR.boxFill },
      border: { left: { style: 'single', size: 18, color: COLOR.heading, space: 4 } },
    },
  },
];

/**
 * Document defaults carry the language (de-DE) so spelling, hyphenation and screen readers treat every run as
 * German; headings are Word's own Heading1–3 (with outline levels), so navigation pane, table of contents and
 * PDF bookmarks work.
 */
export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZE.body, language: { value: LANGUAGE } },
        // lineRule spelled out: LibreOffice reads a bare w:line as an exact height and clips pictures to one line.
        paragraph: { spacing: { after: 120, line: 264, lineRule: 'auto' } },
      },
      title: { run: { font: FONT, size: SIZE.title, bold: true, color: COLOR.heading }, paragraph: { spacing: { after: 240 } } },
      heading1: heading(SIZE.h1, 240, 160, 0),
      heading2: heading(SIZE.h2, 240, 100, 1),
      heading3: heading(SIZE.h3, 180, 80, 2),
      hyperlink: { run: { color: '0B4F9C', underline: { type: 'single' } } },
    },
    paragraphStyles,
  };
}
