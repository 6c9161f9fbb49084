import type { Context } from '../../core/context';
import { notFound } from '../../api/errors';
import type { FindingKind, ParticipantRole, RoundTableFormat, ThemeStatus } from '../../domain/enums';
import { getTask, type TaskDetail } from '../tasks/listTasks';

export interface RoundTableParticipant {
  id: string;
  organisationId: string | null;
  organisationName: string | null;
  personId: string | null;
  personName: string | null;
  role: ParticipantRole;
  headCount: number | null;
  note: string | null;
}

export interface RoundTableFinding {
  id: string;
  kind: FindingKind;
  description: string;
  themeId: string | null;
  themeTitle: string | null;
  themeStatus: ThemeStatus | null;
}

export interface RoundTableDetail {
  id: string;
  format: RoundTableFormat;
  title: string;
  heldOn: string;
  startTime: string | null;
  location: string | null;
  onlineUrl: string | null;
  countyWide: boolean;
  topics: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  municipalityIds: string[];
  municipalities: Array<{ id: string; name: string }>;
  participants: RoundTableParticipant[];
  /** Sum of the head counts given (rows without a count are not guessed). */
  headCount: number;
  /** The outcomes: tasks of source ROUND_TABLE with their progress notes, earliest due first. */
  agreements: TaskDetail[];
  findings: RoundTableFinding[];
}

type RawRoundTable = Omit<RoundTableDetail, 'countyWide' | 'municipalityIds' | 'municipalities' | 'participants' | 'headCount'
  | 'agreements' | 'findings'> & { countyWide: number };

export function getRoundTable(ctx: Context, id: string): RoundTableDetail {
  const row = ctx.sqlite.prepare(`SELECT id, format, title, held_on AS heldOn, start_time AS startTime, location, online_url AS onlineUrl,
    county_wide AS countyWide, topics, notes, created_at AS createdAt, updated_at AS updatedAt FROM round_tables WHERE id = ?`)
    .get(id) as RawRoundTable | undefined;
  if (!row) throw notFound('Runder Tisch');
  const municipalities = ctx.sqlite.prepare(`SELECT mu.id, mu.name FROM round_table_municipalities rm
    JOIN municipalities mu ON mu.id = rm.municipality_id WHERE rm.round_table_id = ? ORDER BY mu.name`).all(id) as RoundTableDetail['municipalities'];
  const participants = ctx.sqlite.prepare(`SELECT p.id, p.organisation_id AS organisationId, o.name AS organisationName,
      p.person_id AS personId, pe.name AS personName, p.role, p.head_count AS headCount, p.note
    FROM round_table_participants p LEFT JOIN organisations o ON o.id = p.organisation_id LEFT JOIN persons pe ON pe.id = p.person_id
    WHERE p.round_table_id = ? ORDER BY p.created_at, p.rowid`).all(id) as RoundTableParticipant[];
  const agreementIds = ctx.sqlite.prepare(`SELECT id FROM action_items WHERE round_table_id = ?
    ORDER BY due_date IS NULL, due_date, title, id`).pluck().all(id) as string[];
  const findings = ctx.sqlite.prepare(`SELECT f.id, f.kind, f.description, f.theme_id AS themeId, th.title AS themeTitle, th.status AS themeStatus
    FROM findings f LEFT JOIN themes th ON th.id = f.theme_id WHERE f.round_table_id = ? ORDER BY f.created_at, f.id`).all(id) as RoundTableFinding[];
  return {
    ...row,
    countyWide: row.countyWide === 1,
    municipalityIds: municipalities.map((m) => m.id),
    municipalities,
    participants,
    headCount: participants.reduce((sum, p) => sum + (p.headCount ?? 0), 0),
    agreements: agreementIds.map((agreementId) => getTask(ctx, agreementId)),
    findings,
  };
}
