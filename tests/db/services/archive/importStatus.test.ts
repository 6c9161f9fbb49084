import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';

const journal = JSON.parse(readFileSync(new URL('../../../../db/migrations/meta/_journal.json', import.meta.url), 'utf8')) as { entries: unknown[] };

let t: TestCore | undefined;
afterEach(() => {
  t?.dispose();
  t = undefined;
});

describe('archive.importStatus: whether an archive may be read in, asked before the import is offered', () => {
  it('allows it on a new database and names the newest format and schema this version reads', async () => {
    t = await testCore();
    expect(await t.api.send('archive.importStatus', {})).toEqual({
      allowed: true, existing: [], formatVersion: 2, schemaMigrations: journal.entries.length,
    });
  });

  it('refuses it once the office is set up, naming what is already there', async () => {
    t = await testCore();
    await t.api.send('setup.initialize', { officeName: 'Kommunales Integrationszentrum', demo: false });
    await t.api.send('municipalities.create', { name: 'Kall', status: 'GEMEINDE' });
    const status = await t.api.send('archive.importStatus', {});
    expect(status.allowed).toBe(false);
    expect(status.existing).toEqual(['Kommunen (1)', 'Verlauf (2)', 'Einstellungen (1)']);
  });
});

describe('exports.archive', () => {
  it('is the archive export under the name the desktop save dialog runs', async () => {
    t = await testCore({ now: '2026-11-21T09:00:00Z' });
    await t.api.send('setup.initialize', { officeName: 'Kommunales Integrationszentrum', demo: false });
    expect(await t.api.send('exports.archive', {})).toEqual(await t.api.send('archive.export', {}));
  });
});
