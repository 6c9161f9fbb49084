import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../../db/demo';
import { CM_SOURCE } from '../../../db/demo/cmAggregates';
import { testContext, type TestContext } from '../../helpers/context';
import { buildMinutes } from '../../../db/services/minutes/buildMinutes';
import { roundTableOverview } from '../../../db/services/roundTables/roundTableOverview';
import { fixedClock } from '../../../db/domain/clock';

let t: TestContext;
const all = <T = Record<string, unknown>>(sql: string, ...params: unknown[]) => t.ctx.sqlite.prepare(sql).all(...params) as T[];
const column = (sql: string) => t.ctx.sqlite.prepare(sql).pluck().all() as string[];

beforeAll(() => {
  t = testContext();
  loadDemoData(t.ctx);
});
afterAll(() => t.dispose());

// Surnames of real people named in the seed press texts; the demo must not reuse them.
const REAL_SURNAMES = ['Secker', 'Klockenbrink', 'Schulz', 'Weid', 'Eberhardt', 'Henkel', 'Minervino', 'Venn', 'Arslanbenzer', 'Delikoura'];
const BIRTH_DATE = /\b\d{1,2}\.\s?\d{1,2}\.\s?(19|20)?\d{2}\b|\b(19|20)\d{2}-\d{2}-\d{2}\b|\bgeb(\.|oren)|Geburtsdatum|Jahrgang/i;
const ADDRESS = /(stra(ß|ss)e|str\.|weg|gasse|allee|platz|ring|ufer)\s+\d+|\b\d{5}\s+[A-ZÄÖÜ]/i;

describe('demo data privacy', () => {
  it('keeps reconstruction summaries free of anything that looks like a birth date or a street address', () => {
    const texts = column(`SELECT summary FROM case_reconstructions WHERE summary IS NOT NULL
      UNION ALL SELECT description FROM findings UNION ALL SELECT coalesce(privacy_justification, '') FROM case_reconstructions`);
    expect(texts.length).toBeGreaterThan(30);
    for (const text of texts) {
      expect(text, text).not.toMatch(BIRTH_DATE);
      expect(text, text).not.toMatch(ADDRESS);
    }
  });

  it('the patterns used above do catch birth dates and addresses', () => {
    expect('geboren am 03.07.1991 in').toMatch(BIRTH_DATE);
    expect('wohnt Hauptstraße 12 in Kall').toMatch(ADDRESS);
    expect('53879 Euskirchen').toMatch(ADDRESS);
  });

  it('uses provider case codes, and purges code and summary once the retention date has passed', () => {
    const rows = all<{ case_code: string | null; summary: string | null; held_on: string; delete_after: string; purged_at: string | null }>(
      'SELECT case_code, summary, held_on, delete_after, purged_at FROM case_reconstructions');
    expect(new Set(all<{ format: string }>('SELECT format FROM case_reconstructions').map((r) => r.format))).toEqual(new Set(['FULL', 'MINI']));
    for (const r of rows) {
      expect(r.held_on >= '2024-01-01' && r.held_on < '2026-01-01').toBe(true);
      expect(Number(r.delete_after.slice(0, 4)) - Number(r.held_on.slice(0, 4))).toBe(2);
      if (r.purged_at) {
        expect([r.case_code, r.summary]).toEqual([null, null]);
        expect(r.purged_at.slice(0, 10) > r.delete_after).toBe(true);
      } else {
        expect(r.case_code).toMatch(/^[A-Z]{2,3}-(20)?\d{2}-\d{3}$/);
      }
    }
    expect(rows.some((r) => r.purged_at)).toBe(true);
    expect(rows.filter((r) => !r.purged_at).length).toBeGreaterThan(10);
  });

  it('invents its persons: no surname of a real person from the seed texts, mail only at .example domains', () => {
    const names = column('SELECT name FROM persons');
    expect(names.length).toBeGreaterThan(50);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) for (const real of REAL_SURNAMES) expect(name.split(' ')).not.toContain(real);
    for (const mail of column('SELECT email FROM persons WHERE email IS NOT NULL')) expect(mail).toMatch(/@[a-z0-9-]+\.example$/);
  });
});

describe('demo data content', () => {
  it('is the same on every load', () => {
    const other = testContext();
    try {
      loadDemoData(other.ctx);
      const snapshot = (db: TestContext) => db.ctx.sqlite.prepare(`SELECT
        (SELECT group_concat(name, '|') FROM (SELECT name FROM persons ORDER BY name)),
        (SELECT group_concat(status || ':' || n, '|') FROM (SELECT status, count(*) AS n FROM meeting_attendance GROUP BY status ORDER BY status)),
        (SELECT sum(new_cases) || '/' || sum(contacts) FROM cm_aggregates)`).raw().get();
      expect(snapshot(other)).toEqual(snapshot(t));
    } finally {
      other.dispose();
    }
  });

  it('walks every theme through its lifecycle without gaps, linked to the deciding decisions', () => {
    const themes = all<{ id: string; status: string }>('SELECT id, status FROM themes');
    const statuses = new Set(themes.map((x) => x.status));
    for (const s of ['IDENTIFIED', 'CONSOLIDATED', 'ASSIGNED', 'PARKED', 'REJECTED', 'EVALUATED']) expect(statuses).toContain(s);
    for (const theme of themes) {
      const history = all<{ from_status: string | null; to_status: string; changed_at: string }>(
        'SELECT from_status, to_status, changed_at FROM theme_status_history WHERE theme_id = ? ORDER BY changed_at, rowid', theme.id);
      expect(history[0].from_status).toBeNull();
      history.slice(1).forEach((h, i) => expect(h.from_status).toBe(history[i].to_status));
      expect(history[history.length - 1].to_status).toBe(theme.status);
    }
    expect(all(`SELECT 1 FROM theme_status_history h JOIN decisions d ON d.id = h.decision_id
      WHERE substr(h.changed_at, 1, 10) <> d.decided_on`)).toEqual([]);
    expect(new Set(column('SELECT kind FROM findings')).size).toBe(6);
  });

  it('keeps measure budgets per year within the guideline caps', () => {
    const totals = all<{ year: number; line: string; cents: number }>(`SELECT b.year, m.budget_line AS line, sum(b.amount_cents) AS cents
      FROM measure_budgets b JOIN measures m ON m.id = b.measure_id GROUP BY b.year, m.budget_line`);
    for (const total of totals) {
      expect(total.cents).toBeLessThanOrEqual(total.line === 'B1_EVENTS' ? 500_000 : 1_000_000);
    }
    const events = all<{ year: string; cents: number }>(`SELECT substr(spent_on, 1, 4) AS year, sum(amount_cents) AS cents FROM expenses
      WHERE budget_line = 'B1_EVENTS' GROUP BY 1`);
    for (const year of events) expect(year.cents, year.year).toBeLessThanOrEqual(500_000);
  });

  it('labels the CM aggregates as synthetic and keeps them plausible (about 50 clients per CM post overall)', () => {
    expect(column('SELECT DISTINCT source FROM cm_aggregates')).toEqual([CM_SOURCE]);
    const clients = all<{ n: number }>('SELECT sum(new_cases) AS n FROM cm_aggregates')[0].n;
    expect(clients / 11).toBeGreaterThan(30);
    expect(clients / 11).toBeLessThan(70);
    expect(all('SELECT 1 FROM cm_aggregates WHERE closed_cases > active_cases OR new_cases > active_cases')).toEqual([]);
  });

  it('has most municipalities visited within the last twelve months on the demo day, and a few due for a visit', () => {
    const overview = roundTableOverview({ ...t.ctx, clock: fixedClock('2026-11-16T09:00:00Z') });
    expect(overview.rows).toHaveLength(11);
    expect(overview.rows.filter((r) => r.contactWarning).map((r) => r.name).sort()).toEqual(['Blankenheim', 'Dahlem', 'Nettersheim', 'Zülpich']);
  });
});

describe('demo minutes', () => {
  it('are sealed with the hash of their content when approved, so they read as intact', () => {
    const meetings = column("SELECT meeting_id FROM minutes WHERE status = 'APPROVED'");
    expect(meetings.length).toBeGreaterThan(3);
    for (const meetingId of meetings) {
      const model = buildMinutes(t.ctx, meetingId);
      expect(model.intact, meetingId).toBe(true);
    }
  });
});
