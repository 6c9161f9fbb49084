/** One record of a CSV file with the line it starts on, as a text editor numbers lines (header = line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type CsvSeparator = ';' | ',' | '\t';

export interface CsvText {
  separator: CsvSeparator;
  records: CsvRecord[];
  /** Set when the file cannot be split into records (an opened quote that never closes). */
  problem?: { line: number; text: string };
}

const SEPARATORS: readonly CsvSeparator[] = [';', ',', '\t'];

/** The separator of the header line: whichever of ; , tab occurs most outside quotes (German Excel writes ;). */
function detectSeparator(text: string): CsvSeparator {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  return SEPARATORS.reduce((best, s) => (counts.get(s)! > counts.get(best)! ? s : best), SEPARATORS[0]);
}

/**
 * RFC 4180 reading, lenient where spreadsheets are: CRLF, LF or CR line ends, a UTF-8 byte order mark, an Excel
 * "sep=;" line, quoted cells with doubled quotes and line breaks. Blank lines are skipped.
 */
export function readCsv(input: string): CsvText {
  let text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  let line = 1;
  let separator: CsvSeparator;
  const sepLine = /^sep=([;,\t])[ \t]*(\r\n|\n|\r|$)/i.exec(text);
  if (sepLine) {
    separator = sepLine[1] as CsvSeparator;
    text = text.slice(sepLine[0].length);
    line = 2;
  } else {
    separator = detectSeparator(text);
  }

  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let start = line;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && cell.trim() === '') {
      const quoteLine = line;
      let j = i + 1;
      let value = '';
      for (;;) {
        if (j >= text.length) return { separator, records, problem: { line: quoteLine, text: 'Ein Anführungszeichen wird nicht wieder geschlossen' } };
        const q = text[j];
        if (q === '"' && text[j + 1] === '"') { value += '"'; j += 2; continue; }
        if (q === '"') { j += 1; break; }
        if (q === '\n' || (q === '\r' && text[j + 1] !== '\n')) line += 1;
        value += q;
        j += 1;
      }
      cell = value;
      i = j;
      continue;
    }
    if (c === separator) {
      cells.push(cell);
      cell = '';
      i += 1;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      start = line;
    } else {
      cell += c;
      i += 1;
    }
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return { separator, records };
}
