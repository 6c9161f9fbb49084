import { rmSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { createCore, type Core } from '../../../../db/core/createCore';
import { createClient } from '../../../../db/api/client';
import type { ApiClient } from '../../../../db/api/contract';
import { tempDir, type TestCore } from '../../../helpers/core';
import { inspectDatabase } from '../../../helpers/database';

export interface HistoryCore extends TestCore {
  /** A read-only second connection for checking what calls left behind. */
  db: Database.Database;
  /** What each API call returned or refused with, so a test can state both in one line. */
  attempt(method: string, input: unknown): Promise<unknown>;
}

/**
 * A core whose clock moves on a minute with every call, as a coordinator’s clicks are apart in time. Audit rows
 * written before the transaction id existed are told apart by time, and the migration test recreates such rows.
 */
export async function historyCore(start = '2025-06-15T08:00:00Z'): Promise<HistoryCore> {
  let now = Date.parse(start);
  const dataDir = tempDir('kim-history-');
  const core: Core = await createCore({ dataDir, user: 'koordination', clock: { now: () => new Date(now) } });
  const call = async (method: string, input: unknown) => {
    try {
      return JSON.parse(JSON.stringify(await core.call(method, input === undefined ? undefined : JSON.parse(JSON.stringify(input))) ?? null));
    } finally {
      now += 60_000;
    }
  };
  const api: ApiClient = createClient(call);
  const t = { core, api, dataDir } as HistoryCore;
  t.db = inspectDatabase(t);
  t.attempt = (method, input) => call(method, input).then((result) => result, (error: unknown) => error);
  t.dispose = () => {
    t.db.close();
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return t;
}
