/** A line longer than this is no archive line (a row with long texts has a few hundred kilobytes at most). */
export const MAX_LINE_BYTES = 256 * 1024 * 1024;

export class LineTooLong extends Error {}

/**
 * The lines of a text that arrives in pieces, as bytes without the newline. Splitting bytes at "\n" is safe in
 * UTF-8 (no multi-byte character contains that byte) and JSON writes newlines inside strings as "\n".
 * A last line without a newline is yielded too, so a cut-off file shows as a broken last line.
 */
export function* splitLines(pieces: Iterable<Buffer>): Generator<Buffer> {
  let carry: Buffer[] = [];
  let carried = 0;
  for (const piece of pieces) {
    let start = 0;
    for (let nl = piece.indexOf(10, start); nl >= 0; nl = piece.indexOf(10, start)) {
      const part = piece.subarray(start, nl);
      yield carried > 0 ? Buffer.concat([...carry, part]) : part;
      carry = [];
      carried = 0;
      start = nl + 1;
    }
    if (start < piece.length) {
      carry.push(piece.subarray(start));
      carried += piece.length - start;
      if (carried > MAX_LINE_BYTES) throw new LineTooLong();
    }
  }
  if (carried > 0) yield Buffer.concat(carry);
}
