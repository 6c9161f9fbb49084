import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { closeSqlite, openSqlite } from '../../../db/sqlite/open';
import { migrateSafely } from '../../../db/sqlite/migrate';
import { SEARCH_SOURCES } from '../../../db/search/sources';
import { tempDir } from '../../helpers/core';
import { migrationsUpTo, SHIPPED_MIGRATIONS } from '../../helpers/migrations';

const NOW = '2025-01-01T00:00:00.000Z';

describe('migration 0001_search_index', () => {
  it('indexes the rows already in the database and keeps every row', () => {
    const db = openSqlite(join(tempDir(), 'kim.sqlite'));
    migrateSafely(db, migrationsUpTo(1));
    db.prepare('INSERT INTO municipalities (id, name, status, active, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)')
      .run('m1', 'Bad Münstereifel', 'STADT', NOW, NOW);
    db.prepare('INSERT INTO committees (id, kind, name, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run('c1', 'STEERING_GROUP', 'Lenkungsgruppe KI/KIM', 'ACTIVE', NOW, NOW);
    db.prepare('INSERT INTO meetings (id, committee_id, starts_at, duration_minutes, status, is_inaugural, created_at, updated_at) VALUES (?, ?, ?, 120, ?, 0, ?, ?)')
      .run('mt1', 'c1', '2024-11-18T14:00', 'HELD', NOW, NOW);
    db.prepare('INSERT INTO decisions (id, meeting_id, text, type, result, decided_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run('d1', 'mt1', 'Das CM-Handlungskonzept wird einstimmig beschlossen.', 'ADOPT_DOCUMENT', 'UNANIMOUS', '2024-11-18', NOW, NOW);

    migrateSafely(db, SHIPPED_MIGRATIONS);
    expect(db.prepare('SELECT count(*) FROM municipalities').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM decisions').pluck().get()).toBe(1);
    const hits = db.prepare("SELECT d.kind, d.ref_id FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid WHERE search_fts MATCH '\"handlungskonzept\"*'").all();
    expect(hits).toEqual([{ kind: 'decision', ref_id: 'd1' }]);
    expect(db.prepare("SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"munstereifel\"*'").pluck().get()).toBe(1);
    closeSqlite(db);
  });

  it('leaves a trigger for insert, update and delete on every indexed table', () => {
    // A later migration that rebuilds a table drops its triggers with it; this keeps that from going unnoticed.
    const db = openSqlite(join(tempDir(), 'kim.sqlite'));
    migrateSafely(db, SHIPPED_MIGRATIONS);
    const triggers = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[]);
    for (const source of SEARCH_SOURCES) {
      for (const suffix of ['ai', 'au', 'ad']) expect(triggers, source.table).toContain(`search_${source.table}_${suffix}`);
    }
    closeSqlite(db);
  });
});
