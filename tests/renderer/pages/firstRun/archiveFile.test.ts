import { describe, expect, it } from 'vitest';
import { archiveSizeProblem, maxArchiveBytes } from '../../../../renderer/pages/firstRun/archiveFile';

const MB = 1024 * 1024;

describe('the size an archive file may have', () => {
  it('in the browser is what fits, as base64 in JSON, into the 25 MB request the local server accepts', () => {
    const max = maxArchiveBytes(false);
    expect(4 * Math.ceil(max / 3) + '{"dataBase64":""}'.length).toBeLessThanOrEqual(25 * MB);
    expect(4 * Math.ceil((max + 1) / 3) + '{"dataBase64":""}'.length).toBeGreaterThan(25 * MB);
    expect(archiveSizeProblem(max, false)).toBeUndefined();
    expect(archiveSizeProblem(31 * MB, false)).toBe('Die Datei ist 31 MB groß; KIM Desk liest Archive bis 18,7 MB, wenn es im Browser läuft. '
      + 'Größere Archive bitte in der Desktop-App einlesen.');
  });

  it('in the desktop app is the core\'s own limit of 400 million base64 characters', () => {
    expect(maxArchiveBytes(true)).toBe(300_000_000);
    expect(archiveSizeProblem(31 * MB, true)).toBeUndefined();
    expect(archiveSizeProblem(300_000_000, true)).toBeUndefined();
    expect(archiveSizeProblem(310_000_000, true)).toBe('Die Datei ist 295,6 MB groß; KIM Desk liest Archive bis 286,1 MB.');
  });

  it('refuses an empty file at once', () => {
    expect(archiveSizeProblem(0, true)).toBe('Die Datei ist leer.');
  });
});
