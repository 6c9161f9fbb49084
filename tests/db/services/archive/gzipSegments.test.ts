import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../../db/services/archive/archiveLines';
import { GzipSegmentWriter, gunzipPieces, gzipSegmentIndex, UnreadableGzip } from '../../../../db/services/archive/gzipSegments';

const pieces = ['{"t":"a","r":{"name":"Köln"}}\n'.repeat(3000), '{"t":"b","r":{"name":"Düren – Süd"}}\n'.repeat(2000), '{"end":1}\n'];
const written = () => {
  const writer = new GzipSegmentWriter();
  for (const piece of pieces) writer.write(Buffer.from(piece, 'utf8'));
  return Buffer.concat(writer.finish());
};

describe('the gzip archive file, written and read segment by segment', () => {
  it('is a single gzip member that any gunzip reads whole', () => {
    const file = written();
    expect(gunzipSync(file).toString('utf8')).toBe(pieces.join(''));
    expect(file.length).toBeLessThan(pieces.join('').length / 10);
    expect(gzipSegmentIndex(file)).toHaveLength(pieces.length + 1);
  });

  it('reads back one written piece at a time', () => {
    expect([...gunzipPieces(written())].map((piece) => piece.toString('utf8'))).toEqual(pieces);
  });

  it('reads other gzip files too (without segments, or several members), at once', () => {
    expect(Buffer.concat([...gunzipPieces(gzipSync(pieces[0]))]).toString('utf8')).toBe(pieces[0]);
    const members = Buffer.concat([gzipSync(pieces[0]), gzipSync(pieces[1])]);
    expect(Buffer.concat([...gunzipPieces(members)]).toString('utf8')).toBe(pieces[0] + pieces[1]);
  });

  it('refuses a file that was cut off, had bytes appended or changed', () => {
    const file = written();
    const damaged = Buffer.from(file);
    damaged[Math.floor(file.length / 2)] ^= 0xff;
    for (const bad of [file.subarray(0, file.length - 1), Buffer.concat([file, Buffer.from([0])]), damaged, gzipSync(pieces[0]).subarray(0, 40)]) {
      expect(() => [...gunzipPieces(bad)]).toThrow(UnreadableGzip);
    }
  });
});

describe('splitLines', () => {
  it('splits into lines across pieces, also inside a multi-byte character, and keeps a last line without newline', () => {
    const text = Buffer.from('erste Zeile\nzweite – mit Umlaut ä\n\nletzte', 'utf8');
    const cuts = [5, 12, 27, 28, 40];
    const parts = [0, ...cuts].map((start, i) => text.subarray(start, cuts[i] ?? text.length));
    expect([...splitLines(parts)].map((line) => line.toString('utf8'))).toEqual(['erste Zeile', 'zweite – mit Umlaut ä', '', 'letzte']);
    expect([...splitLines([Buffer.from('a\n')])].map(String)).toEqual(['a']);
  });
});
