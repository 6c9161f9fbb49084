import { createHash } from 'node:crypto';
import { ApiError } from '../../api/errors';
import { tableInfo } from '../history/tables';
import {
  ARCHIVE_FORMAT, CHANGED, countMessage, isObject, missingTable, missingTableMessage, refuse, rowProblem, unknownTableMessage, type ArchiveHeader, type StoredRow,
} from './archiveFormat';
import type { SchemaVersion } from './archiveTables';

export type RowSink = (table: string, row: StoredRow, index: number) => void;

const NEWLINE = Buffer.from('\n');
const CUT_OFF = 'Das Archiv ist unvollständig: Das Ende der Datei fehlt.';

/**
 * Reads the lines after the header of a format 2 archive and hands each row to `sink` as soon as it is read, so
 * the archive never needs to be in memory at once. The caller runs this inside the import transaction: whatever is
 * wrong, the error thrown at the end undoes every row written.
 *
 * The file's integrity is judged first (cut off, changed after the export), then what the archive says about itself
 * (unknown tables, counts), then the first row that did not fit: a row is refused as damaged rather than as "not
 * allowed" when the checksum shows the file was altered. Once anything is wrong no further row reaches `sink`.
 */
export function readArchiveRows(headerLine: Buffer, header: ArchiveHeader, lines: Iterator<Buffer>, schema: SchemaVersion, sink: RowSink): void {
  const hash = createHash('sha256').update(headerLine).update(NEWLINE);
  let problem: ApiError | undefined;
  const fail = (error: ApiError) => { problem ??= error; };
  for (const table of Object.keys(header.tables)) if (!tableInfo(table)) fail(refuse(unknownTableMessage(table)));
  const missing = missingTable(header.tables, header.schemaVersion, schema);
  if (missing) fail(refuse(missingTableMessage(missing)));

  const counts = new Map<string, number>();
  let trailer: Record<string, unknown> | undefined;
  let total = 0;
  let lineNumber = 1;
  for (let next = lines.next(); !next.done; next = lines.next()) {
    const bytes = next.value;
    lineNumber++;
    if (trailer) {
      // Only an empty line may follow the trailer (the file ends with a newline).
      if (bytes.length > 0) fail(refuse(CHANGED));
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(bytes.toString('utf8'));
    } catch {
      // A cut-off file ends in half a line; otherwise the line was damaged.
      fail(refuse(lines.next().done ? CUT_OFF : `${CHANGED} (Zeile ${lineNumber} lässt sich nicht als JSON lesen.)`));
      break;
    }
    if (isObject(parsed) && parsed.end === ARCHIVE_FORMAT) {
      trailer = parsed;
      continue;
    }
    hash.update(bytes).update(NEWLINE);
    total++;
    if (!isObject(parsed) || typeof parsed.t !== 'string') {
      fail(refuse(`${CHANGED} (Zeile ${lineNumber} ist kein Datensatz.)`));
      continue;
    }
    const table = parsed.t;
    const index = counts.get(table) ?? 0;
    counts.set(table, index + 1);
    if (problem) continue;
    if (!tableInfo(table)) {
      fail(refuse(unknownTableMessage(table)));
      continue;
    }
    if (!Object.hasOwn(header.tables, table)) {
      fail(refuse(countMessage(table, index + 1, 0)));
      continue;
    }
    const rowIssue = rowProblem(table, parsed.r, index);
    if (rowIssue) {
      fail(refuse(rowIssue));
      continue;
    }
    try {
      sink(table, parsed.r as StoredRow, index);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      fail(error);
    }
  }

  if (!trailer) throw refuse(CUT_OFF);
  const checksum = isObject(trailer.checksum) ? trailer.checksum.lines : undefined;
  if (checksum !== hash.digest('hex') || trailer.rows !== total) throw refuse(CHANGED);
  for (const [table, expected] of Object.entries(header.tables)) {
    const found = counts.get(table) ?? 0;
    if (found !== expected && tableInfo(table)) fail(refuse(countMessage(table, found, expected)));
  }
  if (problem) throw problem;
}
