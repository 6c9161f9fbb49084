import type { Sqlite } from '../../db/sqlite/open';

/** What a case may use to build its input and SQL parameters. */
export interface BenchEnv {
  /** The office's "today" (the core runs with a fixed clock at this date). */
  today: string;
  /** First column of the first row of a query on the benchmark database. */
  one(sql: string): unknown;
}

export interface BenchCase {
  /** Shown in the results table; defaults to the method name. */
  label?: string;
  method: string;
  input?: (env: BenchEnv) => Record<string, unknown>;
  /** SQL that yields the same rows as the API method, run in order; rows are summed over the statements. */
  sql: string | string[];
  params?: (env: BenchEnv, input: Record<string, unknown>) => Record<string, unknown>;
  /** Rows of the API result; defaults to the array length, or 1 for a single object. */
  apiRows?: (result: unknown) => number;
}

const middle = (table: string, where = '') =>
  `SELECT id FROM ${table} ${where} ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM ${table} ${where})`;
const byId = (table: string) => (env: BenchEnv) => ({ id: env.one(middle(table)) });
const today = (env: BenchEnv) => ({ today: env.today });

/** agenda.backlog: earlier items of the committee carried over and not yet taken up elsewhere. */
const PENDING_CARRIED = `SELECT a.id, a.title, a.kind, a.carry_count, a.carry_reason, m.starts_at, m.sequence_no, m.title, (s.id IS NOT NULL)
  FROM meetings m JOIN agenda_items a ON a.meeting_id = m.id AND a.status = 'CARRIED_OVER'
  LEFT JOIN agenda_items s ON s.carried_from_item_id = a.id
  WHERE m.committee_id = @committeeId AND m.starts_at < @startsAt AND (s.id IS NULL OR s.meeting_id = @meetingId)`;
const ON_AGENDA = (type: string, ref: string) => `EXISTS (SELECT 1 FROM agenda_item_links l JOIN agenda_items a ON a.id = l.agenda_item_id
  WHERE l.target_type = '${type}' AND l.target_id = ${ref} AND a.meeting_id = @meetingId)`;
const NOT_PENDING = (type: string, ref: string) => `NOT EXISTS (SELECT 1 FROM agenda_item_links l JOIN pending p ON p.id = l.agenda_item_id
  WHERE l.target_type = '${type}' AND l.target_id = ${ref})`;

/** The theme with the most findings: its timeline is the longest. */
const BUSIEST_THEME = `SELECT theme_id FROM findings WHERE theme_id IS NOT NULL GROUP BY theme_id ORDER BY count(*) DESC, theme_id LIMIT 1`;

/** chain.*: a theme with the themes merged into it, its measures, groups, agenda items and decisions. */
const CHAIN = `WITH RECURSIVE scope(id) AS (SELECT @themeId UNION SELECT t.id FROM themes t JOIN scope s ON t.merged_into_theme_id = s.id),
  tm AS (SELECT id, committee_id FROM measures WHERE theme_id IN (SELECT id FROM scope)),
  grp AS (SELECT assigned_committee_id AS id FROM themes WHERE id IN (SELECT id FROM scope) AND assigned_committee_id IS NOT NULL
    UNION SELECT committee_id FROM tm WHERE committee_id IS NOT NULL),
  items AS (SELECT agenda_item_id AS id FROM agenda_item_links
    WHERE (target_type = 'THEME' AND target_id IN (SELECT id FROM scope)) OR (target_type = 'MEASURE' AND target_id IN (SELECT id FROM tm))),
  decs AS (SELECT decision_id AS id FROM theme_status_history WHERE theme_id IN (SELECT id FROM scope) AND decision_id IS NOT NULL
    UNION SELECT decision_id FROM decision_effects
      WHERE (target_type = 'THEME' AND target_id IN (SELECT id FROM scope)) OR (target_type = 'MEASURE' AND target_id IN (SELECT id FROM tm))
    UNION SELECT approved_by_decision_id FROM measures WHERE id IN (SELECT id FROM tm) AND approved_by_decision_id IS NOT NULL
    UNION SELECT id FROM decisions WHERE agenda_item_id IN (SELECT id FROM items)
    UNION SELECT commissioned_by_decision_id FROM committees WHERE id IN (SELECT id FROM grp) AND commissioned_by_decision_id IS NOT NULL)`;

/**
 * Every API list or lookup worth timing, with hand-written SQL returning the same rows. Issues that add an
 * operation add it here; the runner skips methods the core does not (yet) have.
 */
export const BENCH_CASES: BenchCase[] = [
  {
    method: 'municipalities.list',
    sql: `SELECT m.id, m.name, m.status, m.official_key AS officialKey, m.active, m.created_at AS createdAt, m.updated_at AS updatedAt,
      coalesce((SELECT group_concat(name, ', ') FROM (SELECT DISTINCT coalesce(o.short_name, o.name) AS name FROM provider_assignments pa
        JOIN organisations o ON o.id = pa.provider_organisation_id WHERE pa.municipality_id = m.id ORDER BY 1)), '') AS providerNames,
      (SELECT count(*) FROM round_table_municipalities rtm WHERE rtm.municipality_id = m.id) AS roundTableCount,
      (SELECT max(rt.held_on) FROM round_table_municipalities rtm JOIN round_tables rt ON rt.id = rtm.round_table_id
        WHERE rtm.municipality_id = m.id) AS lastContactOn
      FROM municipalities m ORDER BY m.name`,
  },
  { method: 'municipalities.get', input: byId('municipalities'), sql: 'SELECT * FROM municipalities WHERE id = @id', params: (_, i) => i },
  {
    method: 'organisations.list',
    sql: `SELECT o.id, o.name, o.short_name AS shortName, o.kind, o.unit_code AS unitCode, o.parent_id AS parentId, p.name AS parentName,
      o.municipality_id AS municipalityId, mu.name AS municipalityName, o.created_at AS createdAt, o.updated_at AS updatedAt
      FROM organisations o LEFT JOIN organisations p ON p.id = o.parent_id LEFT JOIN municipalities mu ON mu.id = o.municipality_id
      ORDER BY o.name, o.id`,
  },
  { method: 'organisations.get', input: byId('organisations'), sql: 'SELECT * FROM organisations WHERE id = @id', params: (_, i) => i },
  {
    method: 'persons.list',
    sql: `SELECT p.id, p.name, p.function, p.organisation_id AS organisationId, o.name AS organisationName, p.email, p.phone,
      p.valid_from AS validFrom, p.valid_to AS validTo, p.created_at AS createdAt, p.updated_at AS updatedAt
      FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id ORDER BY p.name, p.id`,
  },
  { method: 'persons.get', input: byId('persons'), sql: 'SELECT * FROM persons WHERE id = @id', params: (_, i) => i },
  {
    method: 'posts.list',
    sql: `SELECT p.*, o.name AS hostOrganisationName, h.name AS holderName FROM posts p
      LEFT JOIN organisations o ON o.id = p.host_organisation_id LEFT JOIN persons h ON h.id = p.holder_person_id ORDER BY p.label, p.id`,
  },
  { method: 'posts.get', input: byId('posts'), sql: 'SELECT * FROM posts WHERE id = @id', params: (_, i) => i },
  {
    method: 'posts.periods',
    input: (env) => ({ postId: env.one(middle('posts')) }),
    sql: `SELECT pp.id, pp.status, pp.fte, pp.holder_person_id AS holderPersonId, h.name AS holderName, pp.valid_from AS validFrom,
      pp.valid_to AS validTo, pp.note FROM post_periods pp LEFT JOIN persons h ON h.id = pp.holder_person_id
      WHERE pp.post_id = @postId ORDER BY pp.valid_from, pp.created_at`,
    params: (_, i) => i,
  },
  {
    method: 'providerAssignments.list',
    sql: `SELECT pa.*, o.name AS providerName, mu.name AS municipalityName FROM provider_assignments pa
      JOIN organisations o ON o.id = pa.provider_organisation_id LEFT JOIN municipalities mu ON mu.id = pa.municipality_id
      ORDER BY o.name, mu.name, pa.id`,
  },
  {
    method: 'overview.summary',
    sql: [
      `SELECT (SELECT count(*) FROM municipalities), (SELECT count(*) FROM organisations), (SELECT count(*) FROM persons),
        (SELECT count(*) FROM posts), (SELECT count(*) FROM committees), (SELECT count(*) FROM meetings WHERE status <> 'CANCELLED'),
        (SELECT count(*) FROM decisions), (SELECT count(*) FROM action_items WHERE status IN ('OPEN', 'IN_PROGRESS')),
        (SELECT count(*) FROM round_tables), (SELECT count(*) FROM case_reconstructions),
        (SELECT count(*) FROM themes WHERE merged_into_theme_id IS NULL), (SELECT count(*) FROM measures)`,
      `SELECT m.id, c.name, m.starts_at, m.title, m.status FROM meetings m JOIN committees c ON c.id = m.committee_id
        WHERE substr(m.starts_at, 1, 10) >= @today AND m.status <> 'CANCELLED' ORDER BY m.starts_at LIMIT 5`,
      `SELECT r.id, r.title, r.held_on, r.format, coalesce((SELECT group_concat(name, ', ') FROM (SELECT mu.name FROM round_table_municipalities rm
        JOIN municipalities mu ON mu.id = rm.municipality_id WHERE rm.round_table_id = r.id ORDER BY mu.name)), '')
        FROM round_tables r WHERE r.held_on <= @today ORDER BY r.held_on DESC LIMIT 5`,
      `SELECT funding_module, sum(round(fte * 100)), sum(CASE WHEN status = 'FILLED' THEN round(fte * 100) ELSE 0 END), count(*)
        FROM posts GROUP BY funding_module ORDER BY funding_module`,
    ],
    params: today,
    apiRows: (result) => {
      const r = result as { upcomingMeetings: unknown[]; recentRoundTables: unknown[]; postsByModule: unknown[] };
      return 1 + r.upcomingMeetings.length + r.recentRoundTables.length + r.postsByModule.length;
    },
  },
  ...[undefined, 'STEERING_GROUP'].map((kind): BenchCase => ({
    label: kind ? `committees.list (${kind})` : undefined,
    method: 'committees.list',
    input: () => (kind ? { kind } : {}),
    sql: `SELECT c.id, c.kind, c.name, c.short_name AS shortName, c.status,
      (SELECT count(*) FROM committee_memberships m WHERE m.committee_id = c.id AND (m.valid_to IS NULL OR m.valid_to >= @today)) AS memberCount,
      (SELECT count(*) FROM meetings mt WHERE mt.committee_id = c.id AND mt.status <> 'CANCELLED') AS meetingCount,
      (SELECT max(substr(mt.starts_at, 1, 10)) FROM meetings mt WHERE mt.committee_id = c.id AND substr(mt.starts_at, 1, 10) < @today
        AND mt.status <> 'CANCELLED') AS lastMeetingOn,
      (SELECT min(substr(mt.starts_at, 1, 10)) FROM meetings mt WHERE mt.committee_id = c.id AND substr(mt.starts_at, 1, 10) >= @today
        AND mt.status <> 'CANCELLED') AS nextMeetingOn
      FROM committees c WHERE (@kind IS NULL OR c.kind = @kind)
      ORDER BY CASE c.kind WHEN 'STEERING_GROUP' THEN 0 ELSE 1 END, c.name`,
    params: (env) => ({ today: env.today, kind: kind ?? null }),
  })),
  ...[false, true].map((one): BenchCase => ({
    label: one ? 'meetings.list (one committee)' : undefined,
    method: 'meetings.list',
    input: (env) => (one ? { committeeId: env.one("SELECT id FROM committees WHERE kind = 'STEERING_GROUP' ORDER BY id LIMIT 1") } : {}),
    sql: `SELECT m.id, m.committee_id AS committeeId, c.name AS committeeName, m.sequence_no AS sequenceNo, m.title, m.starts_at AS startsAt,
      m.status, m.location, (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id) AS agendaItemCount,
      (SELECT count(*) FROM decisions d WHERE d.meeting_id = m.id) AS decisionCount
      FROM meetings m JOIN committees c ON c.id = m.committee_id
      WHERE (@committeeId IS NULL OR m.committee_id = @committeeId) ORDER BY m.starts_at DESC`,
    params: (_, i) => ({ committeeId: i.committeeId ?? null }),
  })),
  {
    method: 'roundTables.list',
    sql: `SELECT r.id, r.title, r.format, r.held_on AS heldOn, r.county_wide AS countyWide,
      coalesce((SELECT group_concat(name, ', ') FROM (SELECT mu.name FROM round_table_municipalities rm
        JOIN municipalities mu ON mu.id = rm.municipality_id WHERE rm.round_table_id = r.id ORDER BY mu.name)), '') AS municipalityNames,
      (SELECT count(*) FROM action_items a WHERE a.round_table_id = r.id) AS agreementCount,
      (SELECT count(*) FROM action_items a WHERE a.round_table_id = r.id AND a.status IN ('OPEN', 'IN_PROGRESS')) AS openAgreementCount
      FROM round_tables r ORDER BY r.held_on DESC, r.title`,
  },
  {
    // "Which Kommune needs us next?": per active municipality its held round tables, agreements by status,
    // overdue, completion days and last contact (the API adds the ordering, medians and totals in JavaScript).
    method: 'roundTables.overview',
    params: today,
    apiRows: (result) => (result as { rows: unknown[] }).rows.length,
    sql: `SELECT mu.id, mu.name,
      (SELECT count(*) FROM round_table_municipalities rm JOIN round_tables r ON r.id = rm.round_table_id
        WHERE rm.municipality_id = mu.id AND r.held_on <= @today) AS roundTables,
      (SELECT max(r.held_on) FROM round_table_municipalities rm JOIN round_tables r ON r.id = rm.round_table_id
        WHERE rm.municipality_id = mu.id AND r.held_on <= @today) AS lastContactOn,
      (SELECT group_concat(a.status) FROM round_table_municipalities rm JOIN action_items a ON a.round_table_id = rm.round_table_id
        WHERE rm.municipality_id = mu.id) AS statuses,
      (SELECT count(*) FROM round_table_municipalities rm JOIN action_items a ON a.round_table_id = rm.round_table_id
        WHERE rm.municipality_id = mu.id AND a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_date < @today) AS overdue,
      (SELECT group_concat(julianday(a.completed_on) - julianday(r.held_on)) FROM round_table_municipalities rm
        JOIN round_tables r ON r.id = rm.round_table_id JOIN action_items a ON a.round_table_id = r.id
        WHERE rm.municipality_id = mu.id AND a.status = 'DONE') AS durations
      FROM municipalities mu WHERE mu.active = 1 ORDER BY mu.name`,
  },
  {
    method: 'themes.list',
    // Evidence per theme: findings, distinct cases, source kinds, distinct municipalities (reconstructions and round tables).
    sql: `WITH ev AS (SELECT f.theme_id AS tid, count(*) AS n, count(DISTINCT f.reconstruction_id) AS cases,
        group_concat(DISTINCT CASE WHEN f.reconstruction_id IS NOT NULL THEN 'R' || r.format ELSE rt.format END) AS kinds
        FROM findings f LEFT JOIN case_reconstructions r ON r.id = f.reconstruction_id LEFT JOIN round_tables rt ON rt.id = f.round_table_id
        WHERE f.theme_id IS NOT NULL GROUP BY f.theme_id),
      pl AS (SELECT tid, count(DISTINCT m) AS n FROM (
        SELECT f.theme_id AS tid, r.municipality_id AS m FROM findings f JOIN case_reconstructions r ON r.id = f.reconstruction_id WHERE r.municipality_id IS NOT NULL
        UNION SELECT f.theme_id, rm.municipality_id FROM findings f JOIN round_table_municipalities rm ON rm.round_table_id = f.round_table_id)
        WHERE tid IS NOT NULL GROUP BY tid),
      mc AS (SELECT theme_id AS tid, count(*) AS n FROM measures WHERE theme_id IS NOT NULL GROUP BY theme_id),
      since AS (SELECT theme_id AS tid, max(changed_at) AS at FROM theme_status_history GROUP BY theme_id)
      SELECT t.id, t.title, t.status, t.field_of_action, fa.label, t.priority, ev.n, ev.cases, pl.n, ev.kinds, mc.n, c.name, since.at
      FROM themes t LEFT JOIN fields_of_action fa ON fa.code = t.field_of_action LEFT JOIN committees c ON c.id = t.assigned_committee_id
      LEFT JOIN ev ON ev.tid = t.id LEFT JOIN pl ON pl.tid = t.id LEFT JOIN mc ON mc.tid = t.id LEFT JOIN since ON since.tid = t.id
      WHERE t.merged_into_theme_id IS NULL ORDER BY t.updated_at DESC, t.id`,
  },
  {
    label: 'chain.timeline (busiest theme)',
    method: 'chain.timeline',
    input: (env) => ({ themeId: env.one(BUSIEST_THEME) }),
    params: (_, input) => input,
    // One statement per entry kind, each over the theme's chain (merged themes, measures, groups, agenda items, decisions).
    sql: [
      `${CHAIN} SELECT r.id, r.held_on, r.format, r.case_source, mu.name, count(*) FROM findings f JOIN case_reconstructions r ON r.id = f.reconstruction_id
        LEFT JOIN municipalities mu ON mu.id = r.municipality_id WHERE f.theme_id IN (SELECT id FROM scope) GROUP BY r.id ORDER BY r.held_on`,
      `${CHAIN} SELECT rt.id, rt.held_on, rt.title, rt.format, count(*), (SELECT group_concat(name, ', ') FROM (SELECT mu.name FROM round_table_municipalities rm
        JOIN municipalities mu ON mu.id = rm.municipality_id WHERE rm.round_table_id = rt.id ORDER BY mu.name))
        FROM findings f JOIN round_tables rt ON rt.id = f.round_table_id WHERE f.theme_id IN (SELECT id FROM scope) GROUP BY rt.id ORDER BY rt.held_on`,
      `${CHAIN} SELECT f.id, coalesce(r.held_on, rt.held_on, substr(f.created_at, 1, 10)) AS day, f.kind, f.description FROM findings f
        LEFT JOIN case_reconstructions r ON r.id = f.reconstruction_id LEFT JOIN round_tables rt ON rt.id = f.round_table_id
        WHERE f.theme_id IN (SELECT id FROM scope) ORDER BY day`,
      `${CHAIN} SELECT h.theme_id, t.title, h.changed_at, h.from_status, h.to_status, h.note, d.number, d.decided_on FROM theme_status_history h
        JOIN themes t ON t.id = h.theme_id LEFT JOIN decisions d ON d.id = h.decision_id WHERE h.theme_id IN (SELECT id FROM scope) ORDER BY h.changed_at`,
      `${CHAIN} SELECT a.id, a.title, a.status, a.carry_reason, m.starts_at, m.sequence_no, m.title, c.name FROM agenda_items a
        JOIN meetings m ON m.id = a.meeting_id JOIN committees c ON c.id = m.committee_id
        WHERE a.id IN (SELECT id FROM items) AND m.status <> 'CANCELLED' ORDER BY m.starts_at, a.position`,
      `${CHAIN} SELECT d.id, d.number, d.text, d.decided_on, c.name FROM decisions d JOIN meetings m ON m.id = d.meeting_id
        JOIN committees c ON c.id = m.committee_id WHERE d.id IN (SELECT id FROM decs) ORDER BY d.decided_on`,
      `${CHAIN} SELECT c.id, c.kind, c.name, c.mandate, c.start_date, d.decided_on FROM committees c LEFT JOIN decisions d ON d.id = c.commissioned_by_decision_id
        WHERE c.id IN (SELECT id FROM grp)
        UNION ALL SELECT c.id, c.kind, c.name, c.closing_result, c.end_date, NULL FROM committees c
        WHERE c.id IN (SELECT id FROM grp) AND c.status = 'CLOSED' AND c.end_date IS NOT NULL`,
      `${CHAIN} SELECT r.id, c.name, r.topic, r.delivered_on, r.due_date FROM committee_report_dues r JOIN committees c ON c.id = r.committee_id
        WHERE r.committee_id IN (SELECT id FROM grp) AND r.delivered_on IS NOT NULL ORDER BY r.delivered_on`,
      `${CHAIN} SELECT m.id, m.starts_at, m.sequence_no, m.title, m.status, c.name FROM meetings m JOIN committees c ON c.id = m.committee_id
        WHERE m.committee_id IN (SELECT id FROM grp) AND m.status <> 'CANCELLED' ORDER BY m.starts_at`,
      `${CHAIN} SELECT id, title, status, start_date, target_agreement FROM measures WHERE id IN (SELECT id FROM tm)
        UNION ALL SELECT id, title, status, end_date, result FROM measures WHERE id IN (SELECT id FROM tm) AND trim(coalesce(result, '')) <> ''`,
    ],
  },
  {
    method: 'chain.gapAlerts',
    params: today,
    // The five gap kinds with the default thresholds (90 days prioritised without a group, carried over twice).
    sql: [
      `SELECT * FROM (SELECT t.id, t.title, (SELECT coalesce(d.decided_on, substr(h.changed_at, 1, 10)) FROM theme_status_history h
          LEFT JOIN decisions d ON d.id = h.decision_id WHERE h.theme_id = t.id AND h.to_status = 'PRIORITISED' ORDER BY h.changed_at DESC LIMIT 1) AS since
        FROM themes t WHERE t.status = 'PRIORITISED' AND t.assigned_committee_id IS NULL AND t.merged_into_theme_id IS NULL)
        WHERE julianday(@today) - julianday(coalesce(since, @today)) > 90`,
      `SELECT c.id, c.name, r.due_date, r.topic FROM committee_report_dues r JOIN committees c ON c.id = r.committee_id
        WHERE r.delivered_on IS NULL AND r.due_date < @today AND c.status <> 'CLOSED'`,
      `SELECT d.id, d.number, d.text, d.decided_on, d.type FROM decisions d
        WHERE d.type IN ('COMMISSION_GROUP', 'APPROVE_MEASURE', 'PRIORITISE_THEMES') AND d.decided_on <= @today
          AND NOT EXISTS (SELECT 1 FROM action_items a WHERE a.decision_id = d.id AND a.status <> 'DISCARDED')
          AND NOT EXISTS (SELECT 1 FROM committees c WHERE c.commissioned_by_decision_id = d.id AND (c.lead_person_id IS NOT NULL OR c.lead_organisation_id IS NOT NULL))
          AND NOT EXISTS (SELECT 1 FROM measures me JOIN measure_organisations mo ON mo.measure_id = me.id WHERE me.approved_by_decision_id = d.id)
          AND NOT EXISTS (SELECT 1 FROM decision_effects e WHERE e.decision_id = d.id AND (
            (e.target_type = 'COMMITTEE' AND EXISTS (SELECT 1 FROM committees c WHERE c.id = e.target_id AND (c.lead_person_id IS NOT NULL OR c.lead_organisation_id IS NOT NULL)))
            OR (e.target_type = 'MEASURE' AND EXISTS (SELECT 1 FROM measure_organisations mo WHERE mo.measure_id = e.target_id))
            OR (e.target_type = 'THEME' AND EXISTS (SELECT 1 FROM themes t JOIN committees c ON c.id = t.assigned_committee_id
              WHERE t.id = e.target_id AND (c.lead_person_id IS NOT NULL OR c.lead_organisation_id IS NOT NULL)))))`,
      `SELECT me.id, me.title, me.end_date, t.id, t.title FROM measures me LEFT JOIN themes t ON t.id = me.theme_id
        WHERE me.end_date < @today AND me.status <> 'CANCELLED' AND (me.result IS NULL OR trim(me.result) = '')`,
      `SELECT t.id, t.title, max(a.carry_count + (a.status = 'CARRIED_OVER')) AS carried,
          (SELECT min(substr(m.starts_at, 1, 10)) FROM agenda_item_links l2 JOIN agenda_items a2 ON a2.id = l2.agenda_item_id
            JOIN meetings m ON m.id = a2.meeting_id WHERE l2.target_type = 'THEME' AND l2.target_id = t.id AND a2.status = 'CARRIED_OVER') AS since
        FROM themes t JOIN agenda_item_links l ON l.target_type = 'THEME' AND l.target_id = t.id JOIN agenda_items a ON a.id = l.agenda_item_id
        WHERE t.status IN ('IDENTIFIED', 'CONSOLIDATED', 'PROPOSED') AND t.merged_into_theme_id IS NULL AND a.status IN ('CARRIED_OVER', 'OPEN')
          AND NOT EXISTS (SELECT 1 FROM agenda_items s WHERE s.carried_from_item_id = a.id) AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.agenda_item_id = a.id)
        GROUP BY t.id HAVING carried >= 2 AND since IS NOT NULL`,
    ],
  },
  {
    method: 'reconstructions.list',
    sql: `SELECT r.id, r.held_on AS heldOn, r.format, r.case_source AS caseSource, mu.name AS municipalityName,
      (SELECT count(*) FROM findings f WHERE f.reconstruction_id = r.id) AS findingCount, r.delete_after AS deleteAfter,
      r.purged_at IS NOT NULL AS purged
      FROM case_reconstructions r LEFT JOIN municipalities mu ON mu.id = r.municipality_id ORDER BY r.held_on DESC`,
  },
  {
    method: 'agenda.backlog',
    // The next planned steering-group meeting of the committee with the most decisions: the widest backlog.
    input: (env) => ({
      meetingId: env.one(`SELECT m.id FROM meetings m JOIN committees c ON c.id = m.committee_id
        WHERE c.kind = 'STEERING_GROUP' AND m.status IN ('PLANNED', 'INVITED')
        ORDER BY (SELECT count(*) FROM decisions d JOIN meetings x ON x.id = d.meeting_id WHERE x.committee_id = c.id) DESC, m.starts_at
        LIMIT 1`),
    }),
    params: (env, input) => {
      const meetingId = String(input.meetingId);
      const startsAt = String(env.one(`SELECT starts_at FROM meetings WHERE id = '${meetingId}'`));
      const yesterday = new Date(Date.parse(`${env.today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      return {
        meetingId, startsAt, meetingDate: startsAt.slice(0, 10), today: env.today,
        committeeId: env.one(`SELECT committee_id FROM meetings WHERE id = '${meetingId}'`),
        isSteering: env.one(`SELECT c.kind = 'STEERING_GROUP' FROM meetings m JOIN committees c ON c.id = m.committee_id WHERE m.id = '${meetingId}'`),
        horizon: startsAt.slice(0, 10) > yesterday ? startsAt.slice(0, 10) : yesterday,
      };
    },
    // One statement per source; a record linked from a pending carried-over item is proposed only as that item.
    sql: [
      `WITH pending AS (${PENDING_CARRIED})
       SELECT t.id, t.title, t.status, f.label, (SELECT count(*) FROM findings x WHERE x.theme_id = t.id), ${ON_AGENDA('THEME', 't.id')}
       FROM themes t LEFT JOIN fields_of_action f ON f.code = t.field_of_action
       WHERE @isSteering = 1 AND t.status IN ('CONSOLIDATED', 'PROPOSED') AND t.merged_into_theme_id IS NULL
         AND ${NOT_PENDING('THEME', 't.id')}`,
      `WITH pending AS (${PENDING_CARRIED})
       SELECT r.id, r.due_date, r.topic, c.name, ${ON_AGENDA('REPORT_DUE', 'r.id')}
       FROM committee_report_dues r JOIN committees c ON c.id = r.committee_id
       WHERE r.delivered_on IS NULL AND r.due_date <= @meetingDate AND r.committee_id <> @committeeId
         AND (EXISTS (SELECT 1 FROM decisions d JOIN meetings m ON m.id = d.meeting_id
                      WHERE d.id = c.commissioned_by_decision_id AND m.committee_id = @committeeId)
              OR (@isSteering = 1 AND c.commissioned_by_decision_id IS NULL))
         AND ${NOT_PENDING('REPORT_DUE', 'r.id')}`,
      `WITH pending AS (${PENDING_CARRIED})
       SELECT d.id, d.number, d.text, d.decided_on, count(*), min(t.due_date), sum(t.due_date < @today), ${ON_AGENDA('DECISION', 'd.id')}
       FROM meetings m JOIN decisions d ON d.meeting_id = m.id JOIN action_items t ON t.decision_id = d.id
       WHERE m.committee_id = @committeeId AND m.id <> @meetingId
         AND t.status IN ('OPEN', 'IN_PROGRESS', 'DEFERRED') AND t.due_date IS NOT NULL AND t.due_date <= @horizon
         AND ${NOT_PENDING('DECISION', 'd.id')}
       GROUP BY d.id`,
      PENDING_CARRIED,
      `SELECT b.id, b.title, b.note, b.proposed_by, b.created_at, (a.id IS NOT NULL)
       FROM backlog_topics b LEFT JOIN agenda_items a ON a.id = b.used_in_agenda_item_id
       WHERE b.committee_id = @committeeId AND (b.used_in_agenda_item_id IS NULL OR a.meeting_id = @meetingId)`,
    ],
  },
  // The open-decisions list (Beschlusskontrolle): every owed task with decision, meeting, committee and owner.
  ...([
    ['tasks.list', {}, `t.status IN ('OPEN', 'IN_PROGRESS', 'DEFERRED')`],
    ['tasks.list (OVERDUE)', { status: 'OVERDUE' }, `t.status IN ('OPEN', 'IN_PROGRESS') AND t.due_date < @today`],
    ['tasks.list (one committee)', { committee: true }, `t.status IN ('OPEN', 'IN_PROGRESS', 'DEFERRED') AND m.committee_id = @committeeId`],
  ] as const).map(([label, options, where]): BenchCase => ({
    label: label === 'tasks.list' ? undefined : label,
    method: 'tasks.list',
    input: (env) => ({
      ...('status' in options ? { status: options.status } : {}),
      ...('committee' in options ? { committeeId: env.one("SELECT id FROM committees WHERE kind = 'STEERING_GROUP' ORDER BY id LIMIT 1") } : {}),
    }),
    params: (env, input) => ({ today: env.today, committeeId: input.committeeId ?? null }),
    sql: `SELECT t.id, t.source, t.title, t.description, t.status, t.due_date, t.review_date, t.delay_reason, t.evidence_text,
        t.evidence_document_id, t.completed_on, t.owner_organisation_id, t.owner_person_id, t.owner_text, po.name,
        coalesce(oo.short_name, oo.name), t.decision_id, d.number, d.text, m.id, m.starts_at, m.sequence_no, c.id, c.name,
        t.round_table_id, rt.title, t.created_at, t.updated_at
      FROM action_items t LEFT JOIN decisions d ON d.id = t.decision_id
      LEFT JOIN meetings m ON m.id = coalesce(t.meeting_id, d.meeting_id) LEFT JOIN committees c ON c.id = m.committee_id
      LEFT JOIN round_tables rt ON rt.id = t.round_table_id LEFT JOIN persons po ON po.id = t.owner_person_id
      LEFT JOIN organisations oo ON oo.id = t.owner_organisation_id
      WHERE ${where} ORDER BY t.due_date IS NULL, t.due_date, t.title, t.id`,
  })),
];

export function caseLabel(c: BenchCase): string {
  return c.label ?? c.method;
}

/** Runs a case's SQL once and returns the number of rows. */
export function runRaw(db: Sqlite, c: BenchCase, params: Record<string, unknown>): number {
  const statements = Array.isArray(c.sql) ? c.sql : [c.sql];
  let rows = 0;
  for (const sql of statements) {
    const statement = db.prepare(sql);
    const used = Object.fromEntries(Object.entries(params).filter(([key]) => sql.includes(`@${key}`)));
    rows += (Object.keys(used).length > 0 ? statement.all(used) : statement.all()).length;
  }
  return rows;
}
