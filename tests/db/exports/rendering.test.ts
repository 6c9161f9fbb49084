import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParts, paragraphsWithStyle } from '../../helpers/docx';
import { seededCore, type MeetingExportSeed } from '../../helpers/seedMeetingExport';
import type { TestCore } from '../../helpers/core';

/**
 * The meeting pack opened by another program: LibreOffice lays it out and writes a PDF, poppler reads it back.
 * Needs soffice (libreoffice-writer), pdfinfo/pdftotext (poppler-utils) and Arial's metric twin Liberation Sans
 * (fonts-liberation) so the pages break as in Word.
 */
let t: TestCore;
let seed: MeetingExportSeed;
let dir: string;

beforeAll(async () => {
  ({ t, seed } = await seededCore());
  dir = mkdtempSync(join(tmpdir(), 'kim-render-'));
});
afterAll(() => {
  t.dispose();
  rmSync(dir, { recursive: true, force: true });
});

function toPdf(docx: Buffer): { pages: string[] } {
  const source = join(dir, 'pack.docx');
  writeFileSync(source, docx);
  // A profile of its own, so a running LibreOffice or a parallel test never blocks the conversion.
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless',
    '--convert-to', 'pdf', '--outdir', dir, source], { stdio: 'pipe', timeout: 90_000 });
  const pdf = join(dir, 'pack.pdf');
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  const pages = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, count);
  return { pages };
}

describe('the meeting pack rendered by LibreOffice', () => {
  it('has "Seite X von Y" on every page, intact umlauts, and contents page numbers that match the rendered pages', async () => {
    const docx = Buffer.from((await t.api.send('exports.meetingPack', { meetingId: seed.meetingId })).dataBase64, 'base64');
    const { pages } = toPdf(docx);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    pages.forEach((page, i) => expect(page, `page ${i + 1}`).toContain(`Seite ${i + 1} von ${pages.length}`));
    const all = pages.join('\n');
    for (const text of ['Begrüßung und Feststellung der Beschlussfähigkeit', 'Önder Yılmaz', 'Jürgen Müller', 'Bahnhofstraße 12', 'Maßnahmenvorschläge']) {
      expect(all).toContain(text);
    }

    // Each part starts on the page the contents name: the first page after the previous part's that has a line
    // beginning with its title (the enclosures list names the parts too, but on an earlier page).
    const { document } = docxParts(docx);
    const titles = paragraphsWithStyle(document, 'Heading1');
    const toc = pages[0].split('\n').map((line) => /^\s*(.+?)\s*\.{3,}\s*(\d+)\s*$/.exec(line)).filter((m) => m !== null);
    expect(toc.map((m) => m[1])).toEqual(titles.map((title) => expect.stringContaining(title.slice(0, 30))));
    let after = 1;
    for (const [index, title] of titles.entries()) {
      const rendered = pages.findIndex((page, i) => i >= after && page.split('\n').some((line) => line.trim().startsWith(title.slice(0, 30)))) + 1;
      expect(rendered, title).toBe(Number(toc[index][2]));
      after = rendered;
    }
  }, 120_000);
});
