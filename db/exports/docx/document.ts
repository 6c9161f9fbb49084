import { Document, Footer, Header, Packer, Paragraph, TableOfContents, TextRun, type FileChild, type ISectionOptions, type PageNumberEstimator } from 'docx';
import { documentStyles, COLOR } from './styles';
import { PAGE } from './page';
import { letterheadHeader, pageNumberFooter, slimHeader, type Letterhead } from './headerFooter';
import { tocPageNumbers } from './tocPageNumbers';

/**
 * A part starts on a new page (it is a Word section). `header`: 'letterhead' puts the full sender block on the
 * part's first page and the slim line on the following ones (a letter); 'slim' the line on every page; 'none'
 * nothing (a cover page). Every part but a 'none' footer gets "Seite X von Y".
 */
export interface WordPart {
  children: readonly FileChild[];
  header?: 'letterhead' | 'slim' | 'none';
  footer?: 'pageNumbers' | 'none';
}

export interface WordDocumentSpec {
  /** Core property "Titel" (shown by Word and screen readers) and the label in header and footer. */
  title: string;
  subject?: string;
  description?: string;
  letterhead: Letterhead | null;
  parts: readonly WordPart[];
}

/**
 * A table of contents over Heading1–`depth`, with entries and page numbers written by a layout estimate
 * (tocPageNumbers.ts), so Word opens it filled in without asking to update fields. The title is no heading, so
 * it lists not itself.
 */
export function tableOfContents(title = 'Inhalt', depth: 1 | 2 | 3 = 2): FileChild[] {
  return [
    new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: title, bold: true, size: 28, color: COLOR.heading })] }),
    new TableOfContents(title, { hyperlink: true, headingStyleRange: `1-${depth}` }),
  ];
}

function section(spec: WordDocumentSpec, part: WordPart): ISectionOptions {
  const mode = part.header ?? 'letterhead';
  const slim = slimHeader(spec.letterhead, spec.title);
  const full = spec.letterhead ? letterheadHeader(spec.letterhead) : slim;
  // Word hands a section without its own header or footer the previous section's, so 'none' must be explicit.
  // Each holds an empty paragraph: Word wants one, and docx's page layout cannot read a header without any.
  const footer = part.footer === 'none' ? new Footer({ children: [new Paragraph({})] }) : pageNumberFooter(spec.title);
  const empty = new Header({ children: [new Paragraph({})] });
  const headers = mode === 'none' ? { default: empty, first: empty }
    : mode === 'slim' ? { default: slim, first: slim } : { default: slim, first: full };
  return {
    properties: {
      titlePage: true,
      page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin },
    },
    headers,
    footers: { default: footer, first: footer },
    children: [...part.children],
  };
}

/**
 * The one way KIM Desk makes a Word document: styles, language, page geometry, header and footer per part.
 * `pageNumbers` replaces how the contents' page numbers are worked out (tests compare the two ways).
 */
export function createWordDocument(spec: WordDocumentSpec, options: { pageNumbers?: PageNumberEstimator } = {}): Document {
  const styles = documentStyles();
  const hasContents = spec.parts.some((p) => p.children.some((c) => c instanceof TableOfContents));
  return new Document({
    title: spec.title,
    subject: spec.subject,
    description: spec.description,
    creator: spec.letterhead?.officeName ?? 'KIM Desk',
    lastModifiedBy: 'KIM Desk',
    styles,
    // Laying out the pages costs time; only a table of contents needs it (Word and LibreOffice compute
    // "Seite X von Y" in the footer themselves).
    pageNumbers: hasContents ? options.pageNumbers ?? tocPageNumbers(styles) : undefined,
    sections: spec.parts.map((part) => section(spec, part)),
  });
}

export async function renderDocx(spec: WordDocumentSpec): Promise<Buffer> {
  return Packer.toBuffer(createWordDocument(spec));
}
