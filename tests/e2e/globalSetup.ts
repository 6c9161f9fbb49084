import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILT = join(ROOT, 'dist/renderer/index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The browser tests run against the built renderer. CI builds it before; locally it is built here when it is
 * missing or older than the sources, so a test never checks yesterday's bundle.
 */
export default function setup(): void {
  const stale = !existsSync(BUILT) || statSync(BUILT).mtimeMs < newestMtime(join(ROOT, 'renderer'));
  if (!stale) return;
  execFileSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'], {
    cwd: ROOT, stdio: 'inherit',
  });
}
