import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import setup from './globalSetup';
import { tempDir } from './helpers/core';

describe('the scratch folder of a test run', () => {
  it('holds every temp folder a test makes', () => {
    expect(basename(tmpdir())).toMatch(/^kim-test-run-/);
    expect(dirname(tempDir())).toBe(tmpdir());
  });

  it('is removed with everything in it when the run ends, and TMPDIR is restored', () => {
    const outer = process.env.TMPDIR;
    const teardown = setup();
    const root = tmpdir();
    try {
      expect(dirname(root)).toBe(outer);
      const leftover = mkdtempSync(join(tmpdir(), 'kim-fixture-migrations-'));
      writeFileSync(join(leftover, 'kim-desk.sqlite'), 'x');
    } finally {
      teardown();
    }
    expect(existsSync(root)).toBe(false);
    expect(process.env.TMPDIR).toBe(outer);
  });
});
