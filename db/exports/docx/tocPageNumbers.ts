import type { IStylesOptions, PageNumberEstimator } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { fastPageNumbers } from './tocPaginate';
import { attributesOf, childNamed, childrenOf, countElements, type XmlElement } from './tocXml';

/**
 * Paragraphs and table rows from which a document counts as large. docx's layout reads and lays out about a
 * thousand of them a second on an office laptop, and reads the document twice, so this keeps it under a few seconds.
 */
export const LARGE_DOCUMENT_BLOCKS = 1500;

const BLOCK_TAGS = new Set(['w:p', 'w:tr']);

export function isLargeDocument(body: unknown, largeAt = LARGE_DOCUMENT_BLOCKS): boolean {
  return countElements(body as XmlElement, BLOCK_TAGS, largeAt) >= largeAt;
}

/** Whether a heading of the body is list-numbered, so its contents entry starts with the number. */
function hasNumberedHeadings(body: unknown): boolean {
  return childrenOf(body as XmlElement).some((block) => {
    const pPr = childNamed(block, 'w:pPr');
    const style = attributesOf(childNamed(pPr, 'w:pStyle'))['w:val'];
    return typeof style === 'string' && /^Heading\d$/.test(style) && childNamed(pPr, 'w:numPr') !== undefined;
  });
}

/**
 * The page numbers of a document's tables of contents: docx's layout of the pages as Word lays them out for
 * ordinary documents, and {@link fastPageNumbers}' simple model for large ones (a Sachbericht of a busy year has
 * thousands of table rows, which docx's layout takes over a minute for). Headings' list numbers are only worked
 * out when a heading is numbered: docx reads the whole document for them.
 */
export function tocPageNumbers(styles: IStylesOptions, largeAt = LARGE_DOCUMENT_BLOCKS): PageNumberEstimator {
  const fast = fastPageNumbers(styles);
  const estimator = (body: Parameters<PageNumberEstimator>[0], context: Parameters<PageNumberEstimator>[1]) =>
    (isLargeDocument(body, largeAt) ? fast(body) : estimatePageNumbers(body, context));
  return Object.assign(estimator, {
    listNumbers: (body: Parameters<PageNumberEstimator>[0], context: Parameters<PageNumberEstimator>[1]) =>
      (!isLargeDocument(body, largeAt) && hasNumberedHeadings(body) && estimatePageNumbers.listNumbers
        ? estimatePageNumbers.listNumbers(body, context)
        : new Map()),
  });
}
