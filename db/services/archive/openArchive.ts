import { LineTooLong, splitLines } from './archiveLines';
import {
  checkArchiveV1, checkHeader, checkVersions, isObject, NOT_AN_ARCHIVE, NOT_JSON, refuse, type ArchiveHeader, type ArchiveV1,
} from './archiveFormat';
import type { SchemaVersion } from './archiveTables';
import { gunzipPieces, isGzip, UnreadableGzip } from './gzipSegments';

export type OpenedArchive =
  | { kind: 'document'; archive: ArchiveV1 }
  | { kind: 'lines'; header: ArchiveHeader; headerLine: Buffer; lines: Iterator<Buffer> };

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const NOT_GZIP = 'Die Archivdatei ist unvollständig oder beschädigt: Sie lässt sich nicht entpacken.';

/** The archive's lines; a damaged gzip or an endless line turns into a German refusal wherever it is met. */
function* archiveLines(bytes: Buffer): Generator<Buffer> {
  try {
    yield* splitLines(isGzip(bytes) ? gunzipPieces(bytes) : [bytes]);
  } catch (error) {
    if (error instanceof UnreadableGzip) throw refuse(NOT_GZIP);
    if (error instanceof LineTooLong) throw refuse(NOT_AN_ARCHIVE);
    throw error;
  }
}

/**
 * Decodes an archive file far enough to know its format and to check its header: format 2 (gzip JSON Lines, also
 * accepted unpacked) yields the remaining lines to read while importing; format 1 (one JSON document) is read whole.
 */
export function openArchive(dataBase64: string, schema: SchemaVersion): OpenedArchive {
  const compact = dataBase64.replace(/\s+/g, '');
  if (!BASE64.test(compact) || compact.length % 4 !== 0) throw refuse('Archivdatei: Die Daten sind nicht Base64-kodiert.');
  const bytes = Buffer.from(compact, 'base64');
  const compressed = isGzip(bytes);
  const lines = archiveLines(bytes);
  const first = lines.next();
  const headerLine = first.done ? Buffer.alloc(0) : first.value;
  let parsed: unknown;
  try {
    parsed = JSON.parse(headerLine.toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const jsonLines = isObject(parsed) && typeof parsed.formatVersion === 'number' && parsed.formatVersion >= 2;
  if (jsonLines) {
    checkVersions(parsed, schema);
    return { kind: 'lines', header: checkHeader(parsed), headerLine, lines };
  }
  if (compressed) {
    // A format 1 document that someone packed with gzip is a single line.
    if (parsed === undefined) throw refuse(NOT_JSON);
    checkVersions(parsed, schema);
    return { kind: 'document', archive: checkArchiveV1(parsed, schema) };
  }
  // Format 1 may span several lines (written by hand or pretty-printed): read as one document.
  let whole: unknown;
  try {
    whole = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw refuse(NOT_JSON);
  }
  checkVersions(whole, schema);
  return { kind: 'document', archive: checkArchiveV1(whole, schema) };
}
