import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../db/core/createCore';
import { createClient } from '../../db/api/client';
import type { ApiClient } from '../../db/api/contract';
import { fixedClock } from '../../db/domain/clock';

export interface TestCore {
  core: Core;
  api: ApiClient;
  dataDir: string;
  dispose(): void;
}

export function tempDir(prefix = 'kim-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A core on a fresh temp folder with the direct transport. Inputs and results go through JSON,
 * like over IPC and HTTP, so a value that would not survive the wire fails here too.
 */
export async function testCore(options: { now?: string; dataDir?: string } = {}): Promise<TestCore> {
  const dataDir = options.dataDir ?? tempDir();
  const core = await createCore({ dataDir, user: 'test', clock: fixedClock(options.now ?? '2025-06-15T10:00:00Z') });
  const api = createClient(async (method, input) =>
    JSON.parse(JSON.stringify(await core.call(method, input === undefined ? undefined : JSON.parse(JSON.stringify(input))))));
  return {
    core, api, dataDir,
    dispose: () => {
      core.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
