import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../../..');
const WAIT_MS = 30_000;

/**
 * scripts/crash-writer.ts compiled once into one file. Started through tsx, every writer would spend seconds
 * compiling and loading TypeScript before its first write (7 s measured on a loaded 2-core machine, 2 s bundled);
 * twenty of them would not fit the time a test may take. The bundle runs the same source with plain node.
 */
export async function bundleWriter(): Promise<{ file: string; dispose(): void }> {
  // Inside the repository, so the bundle's imports of packages resolve to node_modules as the script's do.
  const dir = join(ROOT, 'node_modules', '.cache', `kim-crash-writer-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'crash-writer.mjs');
  await build({
    entryPoints: [join(ROOT, 'scripts', 'crash-writer.ts')],
    bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: file, logLevel: 'silent',
  });
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** One writer child: its stdout lines as they come, and a way to wait for the next one. */
export class WriterProcess {
  readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: string[] = [];
  private stderr = '';
  private wake: (() => void) | undefined;
  private closed = false;
  private partial = '';

  constructor(bundle: string, dataDir: string) {
    this.child = spawn(process.execPath, [bundle, dataDir, join(ROOT, 'db', 'migrations')], {
      cwd: ROOT, env: { ...process.env, KIM_CRASH_WRITER_WAIT: '1' }, stdio: 'pipe',
    });
    this.child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (this.partial + chunk).split('\n');
      this.partial = parts.pop()!;
      this.lines.push(...parts);
      this.wake?.();
    });
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => { this.stderr += chunk; });
    this.child.on('close', () => {
      this.closed = true;
      this.wake?.();
    });
  }

  /** The next stdout line; fails with the child's stderr if it ends or stalls instead. */
  async next(): Promise<string> {
    const deadline = Date.now() + WAIT_MS;
    while (this.lines.length === 0) {
      if (this.closed) throw new Error(`crash writer ended unexpectedly (exit ${String(this.child.exitCode)}): ${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`crash writer printed nothing for ${WAIT_MS} ms: ${this.stderr}`);
      await new Promise<void>((wake) => {
        this.wake = wake;
        setTimeout(wake, 500);
      });
    }
    return this.lines.shift()!;
  }

  /** Lets the loaded writer open the database and write from number `next` on, for the given host organisation. */
  start(next: number, hostId: string): void {
    this.child.stdin.write(`go ${next} ${hostId}\n`);
  }

  /** SIGKILL, then every line the child printed before it died (those writes were committed). */
  async kill(): Promise<string[]> {
    this.child.kill('SIGKILL');
    while (!this.closed) await new Promise<void>((wake) => { this.wake = wake; setTimeout(wake, 100); });
    return this.lines.splice(0);
  }
}
