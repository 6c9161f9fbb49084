import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData, type DemoSummary } from '../../../db/demo';
import { ApiError } from '../../../db/api/errors';
import { municipalities } from '../../../db/schema';
import { integrityCheck } from '../../../db/sqlite/open';
import { testContext, type TestContext } from '../../helpers/context';
import { fingerprint } from '../../helpers/database';

let t: TestContext;
let summary: DemoSummary;
const all = <T = Record<string, unknown>>(sql: string, ...params: unknown[]) => t.ctx.sqlite.prepare(sql).all(...params) as T[];
const one = <T = unknown>(sql: string, ...params: unknown[]) => t.ctx.sqlite.prepare(sql).pluck().get(...params) as T;

beforeAll(() => {
  t = testContext({ now: '2026-11-21T09:00:00Z' });
  summary = loadDemoData(t.ctx);
});
afterAll(() => t.dispose());

describe('loadDemoData: the demo Kreis', () => {
  it('has the eleven towns of Kreis Euskirchen with their status and official keys', () => {
    const rows = all<{ name: string; status: string; official_key: string }>('SELECT name, status, official_key FROM municipalities ORDER BY official_key');
    expect(rows.map((r) => `${r.official_key} ${r.name} ${r.status}`)).toEqual([
      '05366004 Bad Münstereifel STADT', '05366008 Blankenheim GEMEINDE', '05366012 Dahlem GEMEINDE', '05366016 Euskirchen STADT',
      '05366020 Hellenthal GEMEINDE', '05366024 Kall GEMEINDE', '05366028 Mechernich STADT', '05366032 Nettersheim GEMEINDE',
      '05366036 Schleiden STADT', '05366040 Weilerswist GEMEINDE', '05366044 Zülpich STADT',
    ]);
    expect(one("SELECT count(*) FROM organisations WHERE kind = 'MUNICIPALITY_ADMIN' AND municipality_id IS NOT NULL")).toBe(11);
  });

  it('assigns the four CM providers as in the Fortschreibung, Zülpich only once', () => {
    const rows = all<{ provider: string; town: string | null; county_wide: number; target_group: string }>(`
      SELECT o.short_name AS provider, m.name AS town, pa.county_wide, pa.target_group FROM provider_assignments pa
      JOIN organisations o ON o.id = pa.provider_organisation_id LEFT JOIN municipalities m ON m.id = pa.municipality_id`);
    const towns = (provider: string) => rows.filter((r) => r.provider === provider).map((r) => r.town).sort();
    expect(towns('Caritas Eifel')).toEqual(['Blankenheim', 'Dahlem', 'Hellenthal', 'Mechernich', 'Schleiden']);
    expect(towns('Caritas Euskirchen')).toEqual(['Bad Münstereifel', 'Euskirchen']);
    expect(towns('DRK KV Euskirchen')).toEqual(['Kall', 'Nettersheim', 'Weilerswist', 'Zülpich']);
    expect(rows.filter((r) => r.provider === 'KJA Bonn')).toEqual([{ provider: 'KJA Bonn', town: null, county_wide: 1, target_group: 'YOUNG_6_27' }]);
    expect(rows.filter((r) => r.target_group === 'ADULTS_18_PLUS').map((r) => r.town).sort())
      .toEqual(all<{ name: string }>('SELECT name FROM municipalities ORDER BY name').map((m) => m.name));
    expect(one("SELECT count(*) FROM organisations WHERE kind = 'WELFARE_PROVIDER'")).toBe(4);
  });

  it('funds 3.5 coordination FTE, a 0.5 assistant, 11 CM posts and 2.0 ABH/EBH FTE with 1.5 filled', () => {
    const fte = (where: string) => one<number>(`SELECT round(sum(fte), 2) FROM posts WHERE ${where}`);
    expect(fte("kind = 'COORDINATION'")).toBe(3.5);
    expect(fte("kind = 'ADMIN_ASSISTANT'")).toBe(0.5);
    expect(fte("funding_module = 'B3_IMMIGRATION_AUTHORITY'")).toBe(2);
    expect(fte("funding_module = 'B3_IMMIGRATION_AUTHORITY' AND status = 'FILLED'")).toBe(1.5);
    expect(one("SELECT status FROM posts WHERE funding_module = 'B3_IMMIGRATION_AUTHORITY' AND status <> 'FILLED'")).toBe('ADVERTISED');
    const cm = all<{ kind: string; fte: number; cents: number }>(`SELECT o.kind, p.fte, p.funding_per_fte_cents AS cents FROM posts p
      JOIN organisations o ON o.id = p.host_organisation_id WHERE p.kind = 'CASE_MANAGEMENT'`);
    expect(cm).toHaveLength(11);
    expect(cm.filter((p) => p.kind === 'WELFARE_PROVIDER')).toHaveLength(8);
    expect(new Set(cm.map((p) => p.cents))).toEqual(new Set([5_700_000]));
    expect(one("SELECT count(*) FROM posts WHERE is_overall_coordination = 1")).toBe(1);
    expect(one("SELECT filled_since FROM posts WHERE label LIKE 'CM Schwerpunkt Ausländeramt'")).toBe('2024-04-01');
  });

  it('keeps each post history gap-free, ending in the post’s current status and holder', () => {
    const posts = all<{ id: string; status: string; holder: string | null }>('SELECT id, status, holder_person_id AS holder FROM posts');
    for (const post of posts) {
      const periods = all<{ status: string; holder: string | null; valid_from: string; valid_to: string | null }>(
        'SELECT status, holder_person_id AS holder, valid_from, valid_to FROM post_periods WHERE post_id = ? ORDER BY valid_from', post.id);
      periods.slice(1).forEach((p, i) => {
        const previousEnd = new Date(`${periods[i].valid_to}T00:00:00Z`);
        previousEnd.setUTCDate(previousEnd.getUTCDate() + 1);
        expect(p.valid_from).toBe(previousEnd.toISOString().slice(0, 10));
      });
      const last = periods[periods.length - 1];
      expect(last.valid_to).toBeNull();
      expect([last.status, last.holder]).toEqual([post.status, post.holder]);
    }
  });

  it('has the Lenkungsgruppe KI/KIM with its seats by category and its rules of procedure', () => {
    const seats = all<{ category: string; org: string; role: string; occasional: number; deputy: string | null }>(`
      SELECT cm.category, o.short_name AS org, cm.role, cm.occasional, cm.deputy_person_id AS deputy FROM committee_memberships cm
      JOIN committees c ON c.id = cm.committee_id JOIN organisations o ON o.id = cm.organisation_id
      WHERE c.kind = 'STEERING_GROUP' AND cm.valid_to IS NULL`);
    const orgs = (category: string) => seats.filter((s) => s.category === category).map((s) => s.org).sort();
    expect(orgs('EXTERNAL')).toEqual(['Agentur für Arbeit', 'Jobcenter', 'Schulaufsicht']);
    expect(orgs('WELFARE')).toEqual(['Caritas Eifel', 'Caritas Euskirchen', 'DRK KV Euskirchen', 'KJA Bonn']);
    expect(orgs('MUNICIPALITY')).toEqual(['Gemeinde Hellenthal', 'Stadt Euskirchen', 'Stadt Mechernich']);
    expect(new Set(orgs('INTERNAL'))).toEqual(new Set(['GB II', 'GB IV', 'KoBIZ', 'KI', 'Bildungszentrum', 'Jugendamt', 'ABH/EBH', 'Zentrale Dienste']));
    expect(seats.filter((s) => s.occasional).map((s) => s.org).sort()).toEqual(['Bildungszentrum', 'KI', 'KI', 'Schulaufsicht']);
    expect(seats.filter((s) => s.role === 'CHAIR').map((s) => s.org)).toEqual(['GB II']);
    expect(new Set(seats.filter((s) => s.org === 'KI' && s.role !== 'VOTING').map((s) => s.role))).toEqual(new Set(['SECRETARIAT', 'ADVISORY']));
    const voting = seats.filter((s) => s.role === 'VOTING' || s.role === 'CHAIR');
    expect(voting.filter((s) => s.deputy).length).toBeGreaterThan(voting.length / 2);
    expect(one('SELECT count(*) FROM committee_memberships WHERE valid_to IS NOT NULL')).toBeGreaterThan(0);
    expect(all('SELECT adopted_on, quorum_rule, notice_period_days, decision_mode, meetings_per_year FROM rules_of_procedure')).toEqual([
      { adopted_on: '2022-11-29', quorum_rule: 'MORE_THAN_HALF', notice_period_days: 14, decision_mode: 'CONSENSUS', meetings_per_year: 2 },
    ]);
  });

  it('records steering meetings 2022–2025 with quorum and minutes, and one planned meeting in December 2026', () => {
    const meetings = all<{ id: string; starts_at: string; status: string; quorum: number | null; minutes: string | null }>(`
      SELECT m.id, m.starts_at, m.status, m.quorum_reached AS quorum, mi.status AS minutes FROM meetings m
      JOIN committees c ON c.id = m.committee_id LEFT JOIN minutes mi ON mi.meeting_id = m.id
      WHERE c.kind = 'STEERING_GROUP' ORDER BY m.starts_at`);
    const held = meetings.filter((m) => m.status !== 'PLANNED');
    expect(held.length).toBeGreaterThanOrEqual(7);
    expect(held.every((m) => m.starts_at < '2026-01-01' && m.quorum === 1 && m.minutes !== null)).toBe(true);
    expect(held.slice(0, -1).every((m) => m.status === 'MINUTES_APPROVED' && m.minutes === 'APPROVED')).toBe(true);
    expect(held[held.length - 1]).toMatchObject({ status: 'HELD', minutes: 'DRAFT' });
    expect(meetings.filter((m) => m.status === 'PLANNED').map((m) => m.starts_at.slice(0, 7))).toEqual(['2026-12']);
    for (const m of held) expect(one('SELECT count(*) FROM meeting_attendance WHERE meeting_id = ?', m.id)).toBeGreaterThan(10);
  });

  it('holds the key decisions: rules of procedure, CM-Handlungskonzept unanimously, AG Wohnen commissioned in 2024', () => {
    expect(one("SELECT decided_on FROM decisions WHERE type = 'ADOPT_DOCUMENT' AND text LIKE '%Geschäftsordnung%'")).toBe('2022-11-29');
    const concept = all<Record<string, unknown>>("SELECT decided_on, result, votes_yes, votes_no, votes_abstain, voting_members_present FROM decisions WHERE text LIKE '%CM-Handlungskonzept%einstimmig%'");
    expect(concept).toHaveLength(1);
    expect(concept[0]).toMatchObject({ decided_on: '2024-11-18', result: 'UNANIMOUS', votes_no: 0, votes_abstain: 0 });
    expect(concept[0].votes_yes).toBe(concept[0].voting_members_present);
    const ag = all<{ type: string; decided_on: string; status: string; closing_result: string }>(`SELECT d.type, d.decided_on, c.status, c.closing_result
      FROM committees c JOIN decisions d ON d.id = c.commissioned_by_decision_id WHERE c.name = 'AG Wohnen'`);
    expect(ag).toHaveLength(1);
    expect(ag[0]).toMatchObject({ type: 'COMMISSION_GROUP', status: 'CLOSED' });
    expect(ag[0].decided_on.slice(0, 4)).toBe('2024');
    expect(ag[0].closing_result).toContain('Integreat');
    expect(one("SELECT status FROM measures WHERE title LIKE 'Integreat-Kachel%'")).toBe('COMPLETED');
  });

  it('tracks tasks from decisions and round tables: some done, some open, some overdue', () => {
    const today = '2026-11-21';
    const bySource = (source: string) => all<{ status: string; due_date: string }>('SELECT status, due_date FROM action_items WHERE source = ?', source);
    for (const source of ['DECISION', 'ROUND_TABLE']) {
      const tasks = bySource(source);
      expect(tasks.some((x) => x.status === 'DONE')).toBe(true);
      expect(tasks.some((x) => ['OPEN', 'IN_PROGRESS'].includes(x.status) && x.due_date < today)).toBe(true);
    }
    expect(all("SELECT 1 FROM action_items WHERE status IN ('OPEN', 'IN_PROGRESS') AND due_date >= '2026-11-21'").length).toBeGreaterThan(0);
    expect(one("SELECT count(*) FROM action_items WHERE source = 'ROUND_TABLE' AND round_table_id IS NULL")).toBe(0);
    expect(one("SELECT count(*) FROM action_items WHERE status = 'DONE' AND completed_on IS NULL")).toBe(0);
  });

  it('reports counts per table that match the database, and records exactly one audit row', () => {
    for (const [table, count] of Object.entries(summary)) expect(one(`SELECT count(*) FROM "${table}"`), table).toBe(count);
    expect(summary.municipalities).toBe(11);
    const audit = all<{ entity: string; action: string; after_json: string; actor: string }>('SELECT entity, action, after_json, actor FROM audit_log');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity: 'demo', action: 'CREATE', actor: 'test' });
    expect(JSON.parse(audit[0].after_json)).toEqual(summary);
  });

  it('leaves a consistent database: foreign keys, integrity and polymorphic links all resolve', () => {
    expect(t.ctx.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(integrityCheck(t.ctx.sqlite)).toEqual([]);
    const tables: Record<string, string> = {
      THEME: 'themes', MEASURE: 'measures', DOCUMENT: 'documents', COMMITTEE: 'committees', DECISION: 'decisions', REPORT_DUE: 'committee_report_dues',
    };
    const targets = all<{ type: string; id: string }>(`SELECT target_type AS type, target_id AS id FROM agenda_item_links
      UNION ALL SELECT target_type, target_id FROM decision_effects
      UNION ALL SELECT 'AGENDA_ITEM', delivered_agenda_item_id FROM committee_report_dues WHERE delivered_agenda_item_id IS NOT NULL`);
    expect(targets.length).toBeGreaterThan(40);
    for (const target of targets) {
      const table = tables[target.type] ?? 'agenda_items';
      expect(one(`SELECT count(*) FROM ${table} WHERE id = ?`, target.id), `${target.type} ${target.id}`).toBe(1);
    }
  });
});

describe('loadDemoData: refusal', () => {
  it('refuses a second load with a German conflict message and writes nothing', () => {
    const before = fingerprint(t.ctx.sqlite);
    const error = (() => { try { loadDemoData(t.ctx); } catch (e) { return e; } })() as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/leere Datenbank/);
    expect(fingerprint(t.ctx.sqlite)).toEqual(before);
  });

  it('refuses a database that holds a single real municipality', () => {
    const other = testContext();
    try {
      other.ctx.db.insert(municipalities).values({ id: 'm1', name: 'Kall', status: 'GEMEINDE', createdAt: 'x', updatedAt: 'x' }).run();
      const before = fingerprint(other.ctx.sqlite);
      expect(() => loadDemoData(other.ctx)).toThrow(ApiError);
      expect(fingerprint(other.ctx.sqlite)).toEqual(before);
    } finally {
      other.dispose();
    }
  });
});
