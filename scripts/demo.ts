/**
 * Creates a KIM Desk data folder with the demo Kreis: `npm run demo -- <folder>`.
 *
 * The folder is created if needed. The demo is loaded through the API method `setup.initialize`
 * ({ officeName, demo: true }), exactly as the first-run dialog does, so the office is named and the demo
 * written in one transaction. A folder that is already set up is refused by that method and left untouched.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCore } from '../db/core/createCore';
import { ApiError } from '../db/api/errors';
import type { DemoSummary } from '../db/demo';

const OFFICE_NAME = 'Kreis Euskirchen – Kommunales Integrationszentrum';

async function main(): Promise<number> {
  const folder = process.argv[2];
  if (!folder) {
    console.error('Aufruf: npm run demo -- <Ordner>');
    return 2;
  }
  const dataDir = resolve(folder);
  mkdirSync(dataDir, { recursive: true });
  const core = await createCore({ dataDir, user: 'demo' });
  try {
    const result = await core.call('setup.initialize', { officeName: OFFICE_NAME, demo: true }) as { officeName: string; demo: DemoSummary };
    const rows = Object.entries(result.demo);
    const width = Math.max(...rows.map(([table]) => table.length));
    console.log(`Demodaten für „${result.officeName}“ geschrieben:`);
    for (const [table, count] of rows) console.log(`  ${table.padEnd(width)}  ${String(count).padStart(5)}`);
    console.log(`  ${'gesamt'.padEnd(width)}  ${String(rows.reduce((sum, [, n]) => sum + n, 0)).padStart(5)}`);
    console.log(`Datenbank: ${core.databaseFile}`);
    return 0;
  } catch (error) {
    console.error(error instanceof ApiError ? `Abgebrochen: ${error.message}` : error);
    return 1;
  } finally {
    core.close();
  }
}

process.exitCode = await main();
