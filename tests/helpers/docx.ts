import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';

/**
 * The parts of a .docx (a zip file), read with a few lines of zip parsing instead of another dependency:
 * end-of-central-directory → central directory → each entry's local header → stored or deflated data.
 */
export function zipEntries(zip: Buffer): Map<string, Buffer> {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('Not a zip file: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('Broken central directory');
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    entries.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export interface DocxParts {
  document: string;
  styles: string;
  /** Header and footer parts by file name (header1.xml, footer1.xml …). */
  headers: string[];
  footers: string[];
  core: string;
  all: Map<string, Buffer>;
}

export function docxParts(docx: Buffer): DocxParts {
  const all = zipEntries(docx);
  const text = (name: string) => all.get(name)?.toString('utf8') ?? '';
  const named = (re: RegExp) => [...all.keys()].filter((n) => re.test(n)).sort().map(text);
  return {
    document: text('word/document.xml'),
    styles: text('word/styles.xml'),
    headers: named(/^word\/header\d+\.xml$/),
    footers: named(/^word\/footer\d+\.xml$/),
    core: text('docProps/core.xml'),
    all,
  };
}

/** The document's text as mammoth reads it (what Word shows, one paragraph per line). */
export async function docxText(docx: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: docx })).value;
}

const decode = (xml: string) => xml.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const PARAGRAPH = /<w:p[ >][\s\S]*?<\/w:p>/g;
const paragraphText = (p: string) => decode((p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''));

/** Text of each paragraph (w:p) styled `styleId`, e.g. the Heading1 texts in order. */
export function paragraphsWithStyle(documentXml: string, styleId: string): string[] {
  return (documentXml.match(PARAGRAPH) ?? []).filter((p) => p.includes(`<w:pStyle w:val="${styleId}"/>`)).map(paragraphText);
}

/** Each table (w:tbl) as rows of cell texts, the first row being the one Word repeats when marked w:tblHeader. */
export function tables(documentXml: string): Array<{ headerRows: number; rows: string[][] }> {
  return (documentXml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((tbl) => {
    const rows = tbl.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
    return {
      headerRows: rows.filter((r) => /<w:tblHeader(?: w:val="(?:true|1|on)")?\/>/.test(r)).length,
      rows: rows.map((r) => (r.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [])
        .map((c) => (c.match(PARAGRAPH) ?? []).map(paragraphText).filter(Boolean).join('\n'))),
    };
  });
}
