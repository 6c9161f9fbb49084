import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore, tempDir } from '../helpers/core';
import { readRows } from '../helpers/database';
import { docxParts, paragraphsWithStyle } from '../helpers/docx';

const run = promisify(execFile);
let dir: string;
let dataDir: string;

/** `npm run report` as a person types it, against a data folder holding the demo Kreis. */
async function report(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join('node_modules', '.bin', 'tsx'), ['scripts/report.ts', ...args], { timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  dir = tempDir('kim-report-cli-');
  dataDir = join(dir, 'daten');
  const t = await testCore({ dataDir });
  await t.api.send('setup.initialize', { officeName: 'Kommunales Integrationszentrum Kreis Euskirchen', demo: true });
  t.dispose();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run report', () => {
  it('creates the draft and a snapshot when missing and writes the Sachbericht', async () => {
    const out = join(dir, 'Sachbericht 2024.docx');
    const result = await report('sachbericht', '--year', '2024', '--data', dataDir, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Zahlenstand zum Stichtag 31.12.2024 erstellt.');
    expect(result.stdout).toContain(`Sachbericht 2024 geschrieben: ${out}`);
    const { document } = docxParts(readFileSync(out));
    expect(paragraphsWithStyle(document, 'Title')).toEqual(['Sachbericht 2024']);
    expect(readRows(dataDir, "SELECT year FROM report_drafts WHERE kind = 'SACHBERICHT'")).toEqual([{ year: 2024 }]);

    const second = await report('sachbericht', '--year', '2024', '--data', dataDir, '--out', out);
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain('Zahlenstand');
    expect(readRows<{ n: number }>(dataDir, 'SELECT count(*) AS n FROM report_snapshots')[0].n).toBe(1);
  }, 180_000);

  it('writes the newest version of the KIM-Konzept, or names the missing one', async () => {
    const out = join(dir, 'Konzept.docx');
    const none = await report('konzept', '--data', dataDir, '--out', out);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Fehler: Es gibt noch keine Version des KIM-Konzepts.');
    const t = await testCore({ dataDir });
    await t.api.send('reports.createConcept', { versionLabel: 'Fortschreibung Januar 2025' });
    t.dispose();
    const written = await report('konzept', '--data', dataDir, '--out', out);
    expect(written.code).toBe(0);
    expect(written.stdout).toContain(`KIM-Konzept (Fortschreibung Januar 2025) geschrieben: ${out}`);
    expect(paragraphsWithStyle(docxParts(readFileSync(out)).document, 'Heading1')[0]).toBe('1. Grundlagen');
  }, 180_000);

  it('fails with a German message and exit code 1', async () => {
    const noYear = await report('sachbericht', '--data', dataDir, '--out', join(dir, 'x.docx'));
    expect(noYear.code).toBe(1);
    expect(noYear.stderr).toContain('Fehler: --year: Bitte ein Förderjahr angeben, z. B. 2024.');
    const noData = await report('sachbericht', '--year', '2024', '--data', join(dir, 'leer'), '--out', join(dir, 'x.docx'));
    expect(noData.code).toBe(1);
    expect(noData.stderr).toContain('liegt keine KIM-Desk-Datenbank');
    expect(existsSync(join(dir, 'leer'))).toBe(false);
    const unknown = await report('jahresbericht', '--year', '2024');
    expect(unknown.stderr).toContain('Unbekannter Bericht „jahresbericht“.');
  }, 120_000);
});
