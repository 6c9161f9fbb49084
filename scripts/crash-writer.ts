/**
 * Child process of tests/db/crash/crashSafety.test.ts: `tsx scripts/crash-writer.ts <dataDir>`.
 *
 * Opens the core on <dataDir> and writes a numbered stream of records through the API until it is killed:
 * "Kommune <n>" (one row and its audit row), and every third number "Stelle <n>" (a post, its first staffing
 * period and an audit row for each, all in one transaction). It prints "ready <first number>" once the database
 * is open, then each number on its own line as soon as that write has committed. stdout is written with
 * writeSync, so a number the parent has read was committed before it was printed.
 *
 * Optional second argument: the migrations folder (the test runs this file bundled, from another folder).
 */
import { writeSync } from 'node:fs';
import { createCore } from '../db/core/createCore';

const dataDir = process.argv[2];
if (!dataDir) {
  process.stderr.write('Aufruf: tsx scripts/crash-writer.ts <Datenordner>\n');
  process.exit(2);
}

const say = (line: string) => writeSync(1, `${line}\n`);
const HOST = 'Träger der Absturztests';

const numberIn = (name: string) => Number(/(\d+)$/.exec(name)?.[1] ?? 0);

// With KIM_CRASH_WRITER_WAIT=1 the modules are loaded first and the database is opened only on the line
// "go <first number> <host organisation id>" from stdin, so the test can start the next writer while it still
// checks what the last one left behind, and no writer spends its short life reading lists.
let given: { next: number; hostId: string } | undefined;
if (process.env.KIM_CRASH_WRITER_WAIT === '1') {
  say('loaded');
  const line = await new Promise<string>((resolve) => process.stdin.setEncoding('utf8').once('data', (chunk: string) => {
    process.stdin.pause();
    resolve(chunk.trim());
  }));
  const [, next, hostId] = line.split(' ');
  given = { next: Number(next), hostId };
}

const core = await createCore({ dataDir, user: 'crash-writer', ...(process.argv[3] ? { migrationsFolder: process.argv[3] } : {}) });

async function startingPoint(): Promise<{ next: number; hostId: string }> {
  const towns = await core.call('municipalities.list', {}) as Array<{ name: string }>;
  const posts = await core.call('posts.list', {}) as Array<{ label: string }>;
  const organisations = await core.call('organisations.list', {}) as Array<{ id: string; name: string }>;
  const host = organisations.find((o) => o.name === HOST)
    ?? await core.call('organisations.create', { name: HOST, kind: 'WELFARE_PROVIDER' }) as { id: string };
  // Earlier writers may have committed a number they never got to print; continue after the highest one stored.
  return { next: Math.max(0, ...towns.map((t) => numberIn(t.name)), ...posts.map((p) => numberIn(p.label))) + 1, hostId: host.id };
}

const start = given ?? await startingPoint();
const { hostId } = start;
let { next } = start;
say(`ready ${next}`);
for (;;) {
  if (next % 3 === 0) {
    await core.call('posts.create', {
      label: `Stelle ${next}`, fundingModule: 'B2_CASE_MANAGEMENT', kind: 'CASE_MANAGEMENT', fte: 0.5, hostOrganisationId: hostId, status: 'VACANT',
    });
  } else {
    await core.call('municipalities.create', { name: `Kommune ${next}`, status: 'GEMEINDE' });
  }
  say(String(next));
  next += 1;
}
