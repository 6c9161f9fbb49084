import { join } from 'node:path';
import { createCore, DATABASE_FILE } from '../../db/core/createCore';
import { closeSqlite, openSqlite } from '../../db/sqlite/open';
import { Random } from '../../db/demo/random';
import {
  AGE_BANDS, BUDGET_LINES, CASE_SOURCES, COMMITTEE_KINDS, DECISION_TYPES, FINDING_KINDS, MEMBERSHIP_CATEGORIES, MEMBERSHIP_ROLES,
  ORGANISATION_KINDS, PARTICIPANT_ROLES, ROUND_TABLE_FORMATS, TARGET_GROUPS, TASK_STATUSES, THEME_STATUSES,
} from '../../db/domain/enums';
import { BUILTIN_FIELDS_OF_ACTION } from '../../db/core/referenceData';
import { Bulk, bulkLoad, idFactory, randomDate, shiftDays } from './bulk';

export interface GenerateOptions {
  dataDir: string;
  /** 1 = ten big Kreise over ten years (≈ 400,000 rows); 0.01 for tests. */
  scale?: number;
  seed?: number;
}

export interface GenerateResult {
  databaseFile: string;
  counts: Record<string, number>;
  milliseconds: number;
}

/** The benchmark office's "today": meetings after it are planned, tasks due before it can be overdue. */
export const BENCH_TODAY = '2026-06-30';
const FIRST_DAY = '2016-01-01';
const LAST_DAY = '2026-12-31';
const FIELDS = BUILTIN_FIELDS_OF_ACTION.map(([code]) => code);

/** Full-scale sizes; each is multiplied by the scale factor (at least one row each). */
export const FULL_SCALE = {
  municipalities: 110, organisations: 2_000, persons: 5_000, posts: 1_500, committees: 50, membershipsPerCommittee: 25,
  meetings: 2_000, agendaItems: 20_000, decisions: 10_000, decisionTasks: 20_000, roundTables: 5_000, agreements: 50_000,
  reconstructions: 10_000, findings: 30_000, themes: 1_000, measures: 3_000, auditRows: 100_000,
  themeAgendaLinks: 3_000, reportDuesPerGroup: 4,
} as const;

/**
 * Generates a large office with raw prepared inserts: createCore migrates a fresh database, which is then filled
 * directly (no services, one transaction per table). Deterministic for a given seed and scale.
 */
export async function generateOffice(options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const scale = options.scale ?? 1;
  const n = (full: number) => Math.max(1, Math.round(full * scale));
  const core = await createCore({ dataDir: options.dataDir, user: 'bench' });
  const databaseFile = core.databaseFile;
  core.close();

  const db = openSqlite(join(options.dataDir, DATABASE_FILE));
  const rng = new Random(options.seed ?? 20_260_630);
  const newId = idFactory(rng);
  const bulk = new Bulk(db);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rng.next() * items.length)];
  const stamp = (day: string) => ({ created_at: `${day}T08:00:00.000Z`, updated_at: `${day}T08:00:00.000Z` });
  const ids = (count: number) => Array.from({ length: count }, () => newId());

  try {
    // Generated data can be regenerated: durability of each commit does not matter here, speed at 10× does.
    bulkLoad(db, fill);
    db.pragma('optimize');
  } finally {
    closeSqlite(db);
  }
  return { databaseFile, counts: bulk.counts, milliseconds: Math.round(performance.now() - started) };

  function fill(): void {
    const kreise = Math.max(1, Math.round(10 * scale));
    const municipalityIds = ids(n(FULL_SCALE.municipalities));
    bulk.insert('municipalities', municipalityIds.map((id, i) => ({
      id, name: `Gemeinde ${String(i + 1).padStart(3, '0')} (Kreis ${(i % kreise) + 1})`, status: i % 3 === 0 ? 'STADT' : 'GEMEINDE',
      official_key: String(5_300_000 + i * 4).padStart(8, '0'), active: 1, ...stamp(FIRST_DAY),
    })));

    const orgIds = ids(n(FULL_SCALE.organisations));
    const orgKind = (i: number) => (i < municipalityIds.length ? 'MUNICIPALITY_ADMIN' : i < municipalityIds.length + 4 * kreise ? 'WELFARE_PROVIDER' : pick(ORGANISATION_KINDS));
    const kinds = orgIds.map((_, i) => orgKind(i));
    bulk.insert('organisations', orgIds.map((id, i) => ({
      id, name: `${kinds[i] === 'MUNICIPALITY_ADMIN' ? 'Verwaltung' : 'Organisation'} ${String(i + 1).padStart(4, '0')}`,
      short_name: i % 4 === 0 ? `Org ${i + 1}` : null, kind: kinds[i], unit_code: kinds[i] === 'KREIS_UNIT' ? `${10 + (i % 60)}.${i % 4}` : null,
      parent_id: i > 20 && rng.chance(0.3) ? orgIds[rng.int(0, i - 1)] : null,
      municipality_id: i < municipalityIds.length ? municipalityIds[i] : rng.chance(0.2) ? pick(municipalityIds) : null, ...stamp(FIRST_DAY),
    })));
    const providerIds = orgIds.filter((_, i) => kinds[i] === 'WELFARE_PROVIDER');

    const personIds = ids(n(FULL_SCALE.persons));
    bulk.insert('persons', personIds.map((id, i) => ({
      id, name: `Person ${String(i + 1).padStart(5, '0')}`, function: pick(['Leitung', 'Koordination', 'Case Management', 'Sachbearbeitung']),
      organisation_id: pick(orgIds), email: `person${i + 1}@bench.example`, phone: null,
      valid_from: randomDate(rng, FIRST_DAY, '2024-12-31'), valid_to: rng.chance(0.1) ? randomDate(rng, '2025-01-01', LAST_DAY) : null, ...stamp(FIRST_DAY),
    })));

    const postIds = ids(n(FULL_SCALE.posts));
    const postStatus = postIds.map(() => (rng.chance(0.85) ? 'FILLED' : pick(['VACANT', 'ADVERTISED'])));
    const holders = postIds.map((_, i) => (postStatus[i] === 'FILLED' ? pick(personIds) : null));
    const moduleOf = (i: number) => (i % 20 < 5 ? 'B1_COORDINATION' : i % 20 < 17 ? 'B2_CASE_MANAGEMENT' : 'B3_IMMIGRATION_AUTHORITY');
    const kindOf: Record<string, string> = { B1_COORDINATION: 'COORDINATION', B2_CASE_MANAGEMENT: 'CASE_MANAGEMENT', B3_IMMIGRATION_AUTHORITY: 'IMMIGRATION_AUTHORITY' };
    bulk.insert('posts', postIds.map((id, i) => ({
      id, label: `Stelle ${String(i + 1).padStart(4, '0')}`, funding_module: moduleOf(i), kind: kindOf[moduleOf(i)], focus: null,
      fte: pick([0.5, 0.75, 1]), funding_per_fte_cents: 5_700_000, host_organisation_id: pick(orgIds), holder_person_id: holders[i],
      status: postStatus[i], permanent: 1, filled_since: holders[i] ? randomDate(rng, FIRST_DAY, '2025-12-31') : null,
      is_overall_coordination: i % 150 === 0 ? 1 : 0, tasks: 'Koordination\nBerichtswesen', ...stamp(FIRST_DAY),
    })));
    bulk.insert('post_periods', postIds.flatMap((postId, i) => {
      const split = randomDate(rng, '2018-01-01', '2024-12-31');
      return [
        { id: newId(), post_id: postId, status: 'VACANT', fte: 1, holder_person_id: null, valid_from: FIRST_DAY, valid_to: shiftDays(split, -1), ...stamp(FIRST_DAY) },
        { id: newId(), post_id: postId, status: postStatus[i], fte: 1, holder_person_id: holders[i], valid_from: split, valid_to: null, ...stamp(split) },
      ];
    }));
    bulk.insert('provider_assignments', municipalityIds.flatMap((municipalityId) => [0, 1].map((k): Record<string, string | number | null> => ({
      id: newId(), provider_organisation_id: pick(providerIds), municipality_id: municipalityId, county_wide: 0,
      target_group: TARGET_GROUPS[k], valid_from: FIRST_DAY, valid_to: null, ...stamp(FIRST_DAY),
    }))).concat(Array.from({ length: kreise }, () => ({
      id: newId(), provider_organisation_id: pick(providerIds), municipality_id: null, county_wide: 1, target_group: 'YOUNG_6_27',
      valid_from: FIRST_DAY, valid_to: null, ...stamp(FIRST_DAY),
    }))));

    const committeeIds = ids(n(FULL_SCALE.committees));
    bulk.insert('committees', committeeIds.map((id, i) => ({
      id, kind: i < kreise ? 'STEERING_GROUP' : pick(COMMITTEE_KINDS.slice(1)), name: `Gremium ${String(i + 1).padStart(3, '0')}`,
      short_name: null, status: i % 7 === 6 ? 'CLOSED' : 'ACTIVE', lead_person_id: pick(personIds), start_date: FIRST_DAY, ...stamp(FIRST_DAY),
    })));
    const seats = committeeIds.map(() => ids(FULL_SCALE.membershipsPerCommittee));
    bulk.insert('committee_memberships', committeeIds.flatMap((committeeId, c) => seats[c].map((id, k) => ({
      id, committee_id: committeeId, seat_label: `Sitz ${k + 1}`, organisation_id: pick(orgIds), person_id: pick(personIds),
      deputy_person_id: rng.chance(0.6) ? pick(personIds) : null, role: k === 0 ? 'CHAIR' : pick(MEMBERSHIP_ROLES),
      category: pick(MEMBERSHIP_CATEGORIES), occasional: rng.chance(0.1) ? 1 : 0, valid_from: FIRST_DAY,
      valid_to: rng.chance(0.15) ? randomDate(rng, '2018-01-01', '2025-12-31') : null, ...stamp(FIRST_DAY),
    }))));

    const meetingIds = ids(n(FULL_SCALE.meetings));
    const meetingCommittee = meetingIds.map((_, i) => i % committeeIds.length);
    const meetingDay = meetingIds.map(() => randomDate(rng, FIRST_DAY, LAST_DAY));
    const sequence = new Map<number, number>();
    bulk.insert('meetings', meetingIds.map((id, i) => {
      const seq = (sequence.get(meetingCommittee[i]) ?? 0) + 1;
      sequence.set(meetingCommittee[i], seq);
      const past = meetingDay[i] < BENCH_TODAY;
      return {
        id, committee_id: committeeIds[meetingCommittee[i]], sequence_no: seq, title: `${seq}. Sitzung`, starts_at: `${meetingDay[i]}T14:00`,
        duration_minutes: 120, location: 'Kreishaus', status: past ? pick(['HELD', 'MINUTES_APPROVED']) : 'PLANNED', is_inaugural: seq === 1 ? 1 : 0,
        quorum_reached: past ? 1 : null, ...stamp(meetingDay[i]),
      };
    }));
    bulk.insert('meeting_attendance', meetingIds.flatMap((meetingId, i) => (meetingDay[i] < BENCH_TODAY ? seats[meetingCommittee[i]].slice(0, 10) : [])
      .map((membershipId) => ({ id: newId(), meeting_id: meetingId, membership_id: membershipId, status: rng.chance(0.8) ? 'PRESENT' : 'EXCUSED', ...stamp(meetingDay[i]) }))));

    const itemIds = ids(n(FULL_SCALE.agendaItems));
    const itemMeeting = itemIds.map((_, j) => j % meetingIds.length);
    bulk.insert('agenda_items', itemIds.map((id, j) => ({
      id, meeting_id: meetingIds[itemMeeting[j]], position: Math.floor(j / meetingIds.length) + 1, title: `Tagesordnungspunkt ${j + 1}`,
      kind: pick(['INFO', 'DISCUSSION', 'DECISION', 'REPORT']),
      // A few past items were put off, some of them for the second time: input for the carried-over gap scan.
      ...(meetingDay[itemMeeting[j]] < BENCH_TODAY && rng.chance(0.03)
        ? { status: 'CARRIED_OVER', carry_count: rng.int(0, 1) }
        : { status: meetingDay[itemMeeting[j]] < BENCH_TODAY ? 'DEALT_WITH' : 'OPEN', carry_count: 0 }),
      is_public: 1, ...stamp(meetingDay[itemMeeting[j]]),
    })));

    const decisionIds = ids(n(FULL_SCALE.decisions));
    const decisionItem = decisionIds.map((_, d) => d % itemIds.length);
    bulk.insert('decisions', decisionIds.map((id, d) => {
      const meeting = itemMeeting[decisionItem[d]];
      return {
        id, meeting_id: meetingIds[meeting], agenda_item_id: itemIds[decisionItem[d]], number: `${meetingDay[meeting].slice(0, 4)}/${d + 1}`,
        text: `Beschluss ${d + 1}`, type: pick(DECISION_TYPES), result: 'CONSENSUS', quorum_reached: 1, decided_on: meetingDay[meeting], ...stamp(meetingDay[meeting]),
      };
    }));
    const task = (day: string) => {
      const due = shiftDays(day, rng.int(14, 240));
      const status = pick(TASK_STATUSES);
      return { due_date: due, status, completed_on: status === 'DONE' ? due : null };
    };
    bulk.insert('action_items', ids(n(FULL_SCALE.decisionTasks)).map((id, t) => {
      const d = t % decisionIds.length;
      const meeting = itemMeeting[decisionItem[d]];
      return {
        id, source: 'DECISION', decision_id: decisionIds[d], meeting_id: meetingIds[meeting], round_table_id: null, title: `Auftrag ${t + 1}`,
        owner_organisation_id: pick(orgIds), owner_person_id: null, ...task(meetingDay[meeting]), ...stamp(meetingDay[meeting]),
      };
    }));

    const roundTableIds = ids(n(FULL_SCALE.roundTables));
    const roundTableDay = roundTableIds.map(() => randomDate(rng, FIRST_DAY, BENCH_TODAY));
    bulk.insert('round_tables', roundTableIds.map((id, r) => ({
      id, format: pick(ROUND_TABLE_FORMATS), title: `Runder Tisch ${r + 1}`, held_on: roundTableDay[r], start_time: '15:00',
      county_wide: r % 10 === 0 ? 1 : 0, topics: 'Wohnen, Sprache', ...stamp(roundTableDay[r]),
    })));
    bulk.insert('round_table_municipalities', roundTableIds.flatMap((roundTableId, r) => (r % 10 === 0 ? [] : rng.sample(municipalityIds, rng.int(1, 3)))
      .map((municipalityId) => ({ round_table_id: roundTableId, municipality_id: municipalityId }))));
    bulk.insert('round_table_participants', roundTableIds.flatMap((roundTableId, r) => PARTICIPANT_ROLES.slice(0, 3).map((role) => ({
      id: newId(), round_table_id: roundTableId, organisation_id: pick(orgIds), role, head_count: rng.int(1, 6), ...stamp(roundTableDay[r]),
    }))));
    bulk.insert('action_items', ids(n(FULL_SCALE.agreements)).map((id, a) => {
      const r = a % roundTableIds.length;
      return {
        id, source: 'ROUND_TABLE', decision_id: null, meeting_id: null, round_table_id: roundTableIds[r], title: `Vereinbarung ${a + 1}`,
        owner_organisation_id: pick(orgIds), owner_person_id: rng.chance(0.3) ? pick(personIds) : null, ...task(roundTableDay[r]), ...stamp(roundTableDay[r]),
      };
    }));

    const themeIds = ids(n(FULL_SCALE.themes));
    bulk.insert('themes', themeIds.map((id, t) => ({
      id, title: `Thema ${t + 1}`, field_of_action: pick(FIELDS), priority: pick(['HIGH', 'MEDIUM', 'LOW']), status: pick(THEME_STATUSES),
      assigned_committee_id: rng.chance(0.4) ? pick(committeeIds) : null, merged_into_theme_id: t > 10 && rng.chance(0.05) ? themeIds[rng.int(0, t - 1)] : null,
      ...stamp(randomDate(rng, FIRST_DAY, BENCH_TODAY)),
    })));
    bulk.insert('theme_status_history', themeIds.flatMap((themeId) => [0, 1, 2].map((k) => ({
      id: newId(), theme_id: themeId, from_status: k === 0 ? null : THEME_STATUSES[k - 1], to_status: THEME_STATUSES[k],
      changed_at: `${randomDate(rng, FIRST_DAY, BENCH_TODAY)}T12:00:00.000Z`, decision_id: k === 2 ? pick(decisionIds) : null,
    }))));

    const reconstructionIds = ids(n(FULL_SCALE.reconstructions));
    bulk.insert('case_reconstructions', reconstructionIds.map((id, r) => {
      const day = randomDate(rng, '2017-01-01', BENCH_TODAY);
      const deleteAfter = shiftDays(day, 730);
      const purged = deleteAfter < BENCH_TODAY;
      return {
        id, held_on: day, format: r % 3 === 0 ? 'MINI' : 'FULL', facilitator_post_id: pick(postIds), case_code: purged ? null : `CM-${day.slice(0, 4)}-${r + 1}`,
        case_source: pick(CASE_SOURCES), provider_organisation_id: pick(providerIds), municipality_id: rng.chance(0.8) ? pick(municipalityIds) : null,
        age_band: pick(AGE_BANDS), summary: purged ? null : 'Anonymisierte Falldarstellung.', delete_after: deleteAfter,
        purged_at: purged ? `${shiftDays(deleteAfter, 1)}T02:00:00.000Z` : null, ...stamp(day),
      };
    }));
    bulk.insert('reconstruction_fields', reconstructionIds.flatMap((reconstructionId) => rng.sample(FIELDS, 2)
      .map((field) => ({ reconstruction_id: reconstructionId, field_of_action: field }))));
    bulk.insert('findings', ids(n(FULL_SCALE.findings)).map((id, f) => ({
      id, reconstruction_id: f % 5 === 4 ? null : reconstructionIds[f % reconstructionIds.length],
      round_table_id: f % 5 === 4 ? roundTableIds[f % roundTableIds.length] : null, kind: pick(FINDING_KINDS), description: `Erkenntnis ${f + 1}`,
      theme_id: rng.chance(0.5) ? pick(themeIds) : null, ...stamp(BENCH_TODAY),
    })));
    const measureIds = ids(n(FULL_SCALE.measures));
    bulk.insert('measures', measureIds.map((id, m) => {
      const start = randomDate(rng, FIRST_DAY, BENCH_TODAY);
      const status = pick(['PROPOSED', 'APPROVED', 'IN_IMPLEMENTATION', 'COMPLETED']);
      return {
        id, theme_id: pick(themeIds), committee_id: rng.chance(0.5) ? pick(committeeIds) : null, title: `Maßnahme ${m + 1}`,
        approved_by_decision_id: rng.chance(0.5) ? pick(decisionIds) : null, status, budget_line: pick(BUDGET_LINES),
        start_date: start, end_date: shiftDays(start, rng.int(60, 720)), result: status === 'COMPLETED' && rng.chance(0.7) ? 'Ziel erreicht.' : null,
        ...stamp(start),
      };
    }));
    bulk.insert('measure_budgets', measureIds.map((measureId) => ({ measure_id: measureId, year: rng.int(2016, 2026), amount_cents: rng.int(10, 500) * 1000 })));

    bulk.insert('agenda_item_links', ids(n(FULL_SCALE.themeAgendaLinks)).map((id) => ({
      id, agenda_item_id: pick(itemIds), target_type: 'THEME', target_id: pick(themeIds), ...stamp(FIRST_DAY),
    })));
    const groupIds = db.prepare("SELECT id FROM committees WHERE kind <> 'STEERING_GROUP' ORDER BY id").pluck().all() as string[];
    bulk.insert('committee_report_dues', groupIds.flatMap((committeeId) => ids(FULL_SCALE.reportDuesPerGroup).map((id) => {
      const due = randomDate(rng, '2017-01-01', LAST_DAY);
      const delivered = due < BENCH_TODAY && rng.chance(0.8) ? shiftDays(due, rng.int(-10, 30)) : null;
      return { id, committee_id: committeeId, due_date: due, topic: 'Sachstandsbericht', delivered_on: delivered && delivered < BENCH_TODAY ? delivered : null, ...stamp(FIRST_DAY) };
    })));

    const audited: Array<[string, string[]]> = [['persons', personIds], ['posts', postIds], ['meetings', meetingIds], ['decisions', decisionIds], ['round_tables', roundTableIds], ['themes', themeIds]];
    bulk.insert('audit_log', Array.from({ length: n(FULL_SCALE.auditRows) }, () => {
      const [entity, pool] = pick(audited);
      return {
        at: `${randomDate(rng, FIRST_DAY, BENCH_TODAY)}T09:00:00.000Z`, actor: 'bench', entity, entity_id: pick(pool),
        action: pick(['CREATE', 'UPDATE', 'UPDATE', 'DELETE']), before_json: null, after_json: '{"bench":true}',
      };
    }));
  }
}
