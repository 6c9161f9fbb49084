import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One scratch folder per test run. Every temp folder a test makes (data folders, migration fixtures, export files,
 * LibreOffice's own scratch files) lands below it, because os.tmpdir() follows TMPDIR and the test workers inherit
 * this process's environment; the teardown removes it whole. A test that fails before its own clean-up, or never
 * had one, therefore leaves nothing behind in /tmp.
 */
export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'kim-test-run-'));
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
