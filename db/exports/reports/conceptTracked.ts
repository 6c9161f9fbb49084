import type { DiffPart } from '../../services/reports/wordDiff';

/** The office's bullet marker, as narrativeBlocks reads it: "- ", "– " or "• " at the start of a line. */
const BULLET = /^\s*[-–•]\s+/;

export interface TrackedParagraph {
  bullet: boolean;
  /** Lines of one paragraph (shown with line breaks), each a run of kept, inserted and deleted text. */
  lines: DiffPart[][];
}

/**
 * The marked text as lines of the new version: line ends of kept and inserted text count; a line end inside deleted
 * text existed only in the old version and reads as a space.
 */
function diffLines(parts: readonly DiffPart[]): DiffPart[][] {
  const lines: DiffPart[][] = [[]];
  for (const part of parts) {
    const pieces = part.kind === 'removed' ? [part.text.replace(/\s*\n\s*/g, ' ')] : part.text.split('\n');
    pieces.forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece) lines.at(-1)!.push({ kind: part.kind, text: piece });
    });
  }
  return lines;
}

const newText = (line: readonly DiffPart[]) => line.filter((p) => p.kind !== 'removed').map((p) => p.text).join('');

/** Drops the bullet marker from the kept or inserted text it is written in. */
function withoutMarker(line: readonly DiffPart[]): DiffPart[] {
  let drop = BULLET.exec(newText(line))?.[0].length ?? 0;
  return line.map((p) => {
    if (p.kind === 'removed' || drop === 0) return p;
    const n = Math.min(drop, p.text.length);
    drop -= n;
    return { ...p, text: p.text.slice(n) };
  }).filter((p) => p.text);
}

/**
 * The word-level changes of a text in the structure the new text has: blank lines separate paragraphs, lines
 * starting with "- " are bullet points, other lines of a paragraph are kept as line breaks (as narrativeBlocks does).
 */
export function trackedStructure(parts: readonly DiffPart[]): TrackedParagraph[] {
  const out: TrackedParagraph[] = [];
  let prose: DiffPart[][] = [];
  const flush = () => {
    if (prose.length) out.push({ bullet: false, lines: prose });
    prose = [];
  };
  for (const line of diffLines(parts)) {
    if (!line.some((p) => p.text.trim())) { flush(); continue; }
    if (BULLET.test(newText(line))) {
      flush();
      out.push({ bullet: true, lines: [withoutMarker(line)] });
    } else prose.push(line);
  }
  flush();
  return out;
}
