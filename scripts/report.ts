/**
 * Reports from the command line, with the same core as the app:
 *   npm run report -- sachbericht --year 2024 --data <Datenordner> --out <Datei.docx> [--stichtag JJJJ-MM-TT] [--neuer-stand]
 *   npm run report -- konzept --data <Datenordner> --out <Datei.docx> [--version "Fortschreibung Januar 2026"] [--aenderungen]
 *
 * Creates the year's Sachbericht if there is none, takes a snapshot of the figures if none exists yet (or when
 * --neuer-stand asks for one) and writes the Word file. Exits with 1 and a German message on any error.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore, DATABASE_FILE, type Core } from '../db/core/createCore';
import { ApiError } from '../db/api/errors';
import type { ExportFile } from '../db/exports/exportFile';

const USAGE = 'Aufruf: npm run report -- sachbericht --year 2024 --data <Datenordner> --out <Datei.docx> [--stichtag JJJJ-MM-TT] [--neuer-stand]\n'
  + '       npm run report -- konzept --data <Datenordner> --out <Datei.docx> [--version <Bezeichnung>] [--aenderungen]';

class UsageError extends Error {}

interface Draft { id: string; kind: string; year: number | null; reportingDate: string | null; versionLabel: string | null }

/** The named version of the Konzept, else the newest one (reports.list lists newest first). */
async function konzept(core: Core, version: string | undefined, markChanges: boolean): Promise<{ file: ExportFile; title: string }> {
  const drafts = await core.call('reports.list', { kind: 'CONCEPT_UPDATE' }) as Draft[];
  const draft = version ? drafts.find((d) => d.versionLabel === version)
    : drafts[0];
  if (!draft) throw new Error(version ? `Eine Version „${version}“ des KIM-Konzepts gibt es nicht.` : 'Es gibt noch keine Version des KIM-Konzepts.');
  const file = await core.call('exports.konzept', { draftId: draft.id, markChanges }) as ExportFile;
  return { file, title: `KIM-Konzept (${draft.versionLabel})` };
}

async function sachbericht(core: Core, year: number, stichtag: string | undefined, newSnapshot: boolean): Promise<ExportFile> {
  const drafts = await core.call('reports.list', { kind: 'SACHBERICHT' }) as Draft[];
  const draft = drafts.find((d) => d.year === year)
    ?? await core.call('reports.createSachbericht', { year, reportingDate: stichtag ?? null }) as Draft;
  const { latestSnapshot } = await core.call('reports.get', { id: draft.id }) as { latestSnapshot: { reportingDate: string } | null };
  if (!latestSnapshot || newSnapshot) {
    const reportingDate = stichtag ?? draft.reportingDate ?? `${year}-12-31`;
    await core.call('reports.takeSnapshot', { draftId: draft.id, reportingDate });
    console.log(`Zahlenstand zum Stichtag ${reportingDate.split('-').reverse().join('.')} erstellt.`);
  }
  return await core.call('exports.sachbericht', { draftId: draft.id }) as ExportFile;
}

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true,
      options: {
        year: { type: 'string' }, data: { type: 'string' }, out: { type: 'string' },
        stichtag: { type: 'string' }, 'neuer-stand': { type: 'boolean', default: false },
        version: { type: 'string' }, aenderungen: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`Unbekannte oder unvollständige Angabe (${(error as Error).message}).`);
  }
  const { values, positionals } = parsed;
  const [command] = positionals;
  if (command !== 'sachbericht' && command !== 'konzept') throw new UsageError(command ? `Unbekannter Bericht „${command}“.` : 'Bitte den Bericht angeben.');
  const year = Number(values.year);
  if (command === 'sachbericht' && (!values.year || !Number.isInteger(year) || year < 2000 || year > 2100)) {
    throw new UsageError('--year: Bitte ein Förderjahr angeben, z. B. 2024.');
  }
  if (!values.data) throw new UsageError('--data: Bitte den Datenordner angeben.');
  if (!values.out) throw new UsageError('--out: Bitte die Zieldatei angeben.');
  if (values.stichtag && !/^\d{4}-\d{2}-\d{2}$/.test(values.stichtag)) throw new UsageError('--stichtag: Datum im Format JJJJ-MM-TT erwartet.');
  const dataDir = resolve(values.data);
  // Opening a folder without a database would silently create an empty one and report nothing.
  if (!existsSync(join(dataDir, DATABASE_FILE))) throw new Error(`Im Ordner ${dataDir} liegt keine KIM-Desk-Datenbank (${DATABASE_FILE}).`);

  const core = await createCore({ dataDir, user: `${userInfo().username} (Kommandozeile)` });
  try {
    const { file, title } = command === 'konzept'
      ? await konzept(core, values.version, values.aenderungen ?? false)
      : { file: await sachbericht(core, year, values.stichtag, values['neuer-stand'] ?? false), title: `Sachbericht ${year}` };
    const out = resolve(values.out);
    writeFileSync(out, Buffer.from(file.dataBase64, 'base64'));
    console.log(`${title} geschrieben: ${out}`);
  } finally {
    core.close();
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
  console.error(`Fehler: ${message}`);
  if (error instanceof UsageError) console.error(USAGE);
  process.exitCode = 1;
}
