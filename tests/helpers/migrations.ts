import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultMigrationsFolder } from '../../db/core/createCore';
import { tempDir } from './core';

export const SHIPPED_MIGRATIONS = defaultMigrationsFolder();

interface Journal { entries: Array<{ idx: number; tag: string; when: number; breakpoints: boolean }> }

export function shippedJournal(): Journal {
  return JSON.parse(readFileSync(join(SHIPPED_MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as Journal;
}

/** A copy of the shipped migrations cut after the first `count`, to set a database up at an older version. */
export function migrationsUpTo(count: number): string {
  const folder = tempDir('kim-migrations-');
  cpSync(SHIPPED_MIGRATIONS, folder, { recursive: true });
  const journal = shippedJournal();
  journal.entries = journal.entries.slice(0, count);
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
  return folder;
}

/** Writes a migrations folder in drizzle's layout from plain SQL texts (statements split by breakpoints). */
export function fixtureMigrations(sqls: string[]): string {
  const folder = tempDir('kim-fixture-migrations-');
  mkdirSync(join(folder, 'meta'), { recursive: true });
  const entries = sqls.map((sql, idx) => {
    const tag = `${String(idx).padStart(4, '0')}_fixture`;
    writeFileSync(join(folder, `${tag}.sql`), sql);
    return { idx, version: '6', when: 1_700_000_000_000 + idx * 1000, tag, breakpoints: true };
  });
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ version: '7', dialect: 'sqlite', entries }));
  return folder;
}
