import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';

/**
 * Every Steckbrief of the demo Kreis laid out by LibreOffice (with Liberation Sans for Arial, as in CI): the
 * page is meant for one sheet of paper on the mayor's table, so each must fit on one page.
 */
let t: TestCore;
let dir: string;

beforeAll(async () => {
  t = await testCore({ now: '2026-11-17T09:00:00Z' });
  await t.api.send('setup.initialize', { officeName: 'Kommunales Integrationszentrum Kreis Euskirchen', demo: true });
  dir = mkdtempSync(join(tmpdir(), 'kim-steckbrief-'));
});
afterAll(() => {
  t.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('the Steckbriefe of the demo Kreis rendered by LibreOffice', () => {
  it('fit on one page each, with page number, heading and umlauts intact', async () => {
    const municipalities = await t.api.send('municipalities.list');
    expect(municipalities).toHaveLength(11);
    const sources = await Promise.all(municipalities.map(async (m, i) => {
      const file = await t.api.send('exports.municipalityProfile', { id: m.id });
      const path = join(dir, `steckbrief-${i}.docx`);
      writeFileSync(path, Buffer.from(file.dataBase64, 'base64'));
      return path;
    }));
    // One conversion for all files: LibreOffice starts once. Its own profile keeps a running instance out.
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless',
      '--convert-to', 'pdf', '--outdir', dir, ...sources], { stdio: 'pipe', timeout: 180_000 });
    municipalities.forEach((m, i) => {
      const pdf = join(dir, `steckbrief-${i}.pdf`);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
      expect(pages, m.name).toBe(1);
      const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
      expect(text, m.name).toContain(`Steckbrief ${m.status === 'STADT' ? 'Stadt' : 'Gemeinde'} ${m.name}`);
      expect(text, m.name).toContain('Seite 1 von 1');
      expect(text, m.name).toContain('Zuständige Träger und Case Management');
    });
  }, 240_000);
});
