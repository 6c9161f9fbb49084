import { constants, crc32, deflateRawSync, gunzipSync, inflateRawSync } from 'node:zlib';

/*
 * A gzip file that is written and read piece by piece without Node's asynchronous streams (the archive is read and
 * written inside one SQLite transaction, which cannot wait). It is ONE gzip member, so every gunzip tool and the
 * browser's DecompressionStream read it whole (browsers refuse concatenated members). Inside, each written piece is
 * an independent deflate segment ending in a sync flush; their compressed lengths are listed in the header's extra
 * field (subfield "KD"), so our reader inflates one segment at a time and never holds the whole content.
 */

const SUBFIELD = [0x4b, 0x44]; // "KD"
const MAX_SUBFIELD_BYTES = 65_531;
/** A segment never inflates to more than this; a file claiming otherwise is damaged or hostile. */
export const MAX_SEGMENT_OUTPUT = 64 * 1024 * 1024;

export class UnreadableGzip extends Error {}

export class GzipSegmentWriter {
  private readonly parts: Buffer[] = [];
  private readonly lengths: number[] = [];
  private crc = 0;
  private size = 0;

  /** Compresses `data` as a segment of its own; keep pieces around a megabyte, so a reader needs little memory. */
  write(data: Buffer): void {
    if (data.length === 0) return;
    const segment = deflateRawSync(data, { finishFlush: constants.Z_SYNC_FLUSH });
    this.crc = crc32(data, this.crc);
    this.size += data.length;
    this.parts.push(segment);
    this.lengths.push(segment.length);
  }

  /** The complete file, as pieces to concatenate. */
  finish(): Buffer[] {
    const last = deflateRawSync(Buffer.alloc(0));
    const lengths = [...this.lengths, last.length];
    // Beyond 16,382 segments (about 16 GB) the index does not fit; the file stays valid, only reading takes memory.
    const index = lengths.length * 4 <= MAX_SUBFIELD_BYTES ? lengths : undefined;
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(this.crc >>> 0, 0);
    trailer.writeUInt32LE(this.size % 2 ** 32, 4);
    return [gzipHeader(index), ...this.parts, last, trailer];
  }
}

function gzipHeader(index: number[] | undefined): Buffer {
  // Magic, deflate, flags (FEXTRA when indexed), no mtime (two exports of the same data are identical), OS unknown.
  const fixed = Buffer.from([0x1f, 0x8b, 8, index ? 4 : 0, 0, 0, 0, 0, 0, 255]);
  if (!index) return fixed;
  const extra = Buffer.alloc(2 + 4 + index.length * 4);
  extra.writeUInt16LE(4 + index.length * 4, 0);
  extra[2] = SUBFIELD[0];
  extra[3] = SUBFIELD[1];
  extra.writeUInt16LE(index.length * 4, 4);
  index.forEach((length, i) => extra.writeUInt32LE(length, 6 + i * 4));
  return Buffer.concat([fixed, extra]);
}

export const isGzip = (bytes: Buffer) => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

interface ParsedHeader {
  /** Where the deflate data starts. */
  start: number;
  index?: number[];
}

function parseHeader(bytes: Buffer): ParsedHeader {
  if (bytes.length < 18 || !isGzip(bytes) || bytes[2] !== 8) throw new UnreadableGzip('not gzip');
  const flags = bytes[3];
  let at = 10;
  let index: number[] | undefined;
  if (flags & 4) {
    const xlen = bytes.readUInt16LE(at);
    const end = at + 2 + xlen;
    if (end > bytes.length) throw new UnreadableGzip('extra field');
    for (let p = at + 2; p + 4 <= end;) {
      const len = bytes.readUInt16LE(p + 2);
      if (bytes[p] === SUBFIELD[0] && bytes[p + 1] === SUBFIELD[1] && len % 4 === 0 && p + 4 + len <= end) {
        index = Array.from({ length: len / 4 }, (_, i) => bytes.readUInt32LE(p + 4 + i * 4));
      }
      p += 4 + len;
    }
    at = end;
  }
  const skipZeroTerminated = () => {
    const zero = bytes.indexOf(0, at);
    if (zero < 0) throw new UnreadableGzip('header');
    at = zero + 1;
  };
  if (flags & 8) skipZeroTerminated();
  if (flags & 16) skipZeroTerminated();
  if (flags & 2) at += 2;
  return { start: at, index };
}

/**
 * The content of a gzip file in pieces. Our own files come segment by segment (each at most MAX_SEGMENT_OUTPUT);
 * any other gzip (recompressed by hand, several members) is inflated at once, which works but takes memory.
 * Throws UnreadableGzip for a file that is cut off, damaged or no gzip at all.
 */
export function* gunzipPieces(bytes: Buffer): Generator<Buffer> {
  const { start, index } = parseHeader(bytes);
  if (!index) {
    try {
      yield gunzipSync(bytes);
    } catch (error) {
      throw new UnreadableGzip((error as Error).message);
    }
    return;
  }
  const total = index.reduce((sum, n) => sum + n, 0);
  // Our own file with a different length was cut off (or had something appended): refused before reading it.
  if (start + total + 8 !== bytes.length) throw new UnreadableGzip('length');
  let crc = 0;
  let size = 0;
  let at = start;
  for (const length of index) {
    let piece: Buffer;
    try {
      piece = inflateRawSync(bytes.subarray(at, at + length), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: MAX_SEGMENT_OUTPUT });
    } catch (error) {
      throw new UnreadableGzip((error as Error).message);
    }
    at += length;
    crc = crc32(piece, crc);
    size += piece.length;
    if (piece.length > 0) yield piece;
  }
  if (bytes.readUInt32LE(at) !== crc >>> 0 || bytes.readUInt32LE(at + 4) !== size % 2 ** 32) throw new UnreadableGzip('crc');
}

/** The lengths of the segments of one of our files (for tests and the bench); undefined for any other gzip. */
export function gzipSegmentIndex(bytes: Buffer): number[] | undefined {
  return parseHeader(bytes).index;
}
