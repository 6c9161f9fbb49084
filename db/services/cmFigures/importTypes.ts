import type { CM_LABELS } from './rules';

/** The columns an import delivers, named like the entry's fields. */
export type CmColumn = Exclude<keyof typeof CM_LABELS, 'source'>;

/** One data row as an adapter read it: raw cell texts by column, and where it stood in the file. */
export interface RawCmRecord {
  row: number;
  values: Partial<Record<CmColumn, string>>;
}

/** A problem in the file. `message` is the complete German sentence ("Zeile 7, Spalte ‚Kontakte‘: keine ganze Zahl …"). */
export interface ImportIssue {
  row: number | null;
  column: string | null;
  message: string;
}

export interface AdapterResult {
  records: RawCmRecord[];
  issues: ImportIssue[];
  warnings: string[];
  separator: string | null;
}

/**
 * Turns an exported file into raw records. The German CSV adapter is the first; an adapter for the state's
 * KIM database export only has to map its columns to the same CmColumn names.
 */
export interface CmImportAdapter {
  readonly name: string;
  read(text: string): AdapterResult;
}

export function issueAt(row: number | null, column: string | null, text: string): ImportIssue {
  const where = row == null ? '' : column ? `Zeile ${row}, Spalte ‚${column}‘: ` : `Zeile ${row}: `;
  const sentence = where ? text : text.charAt(0).toLocaleUpperCase('de-DE') + text.slice(1);
  return { row, column, message: `${where}${sentence}${/[.!?]$/.test(text) ? '' : '.'}` };
}
