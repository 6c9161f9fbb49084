import type { Context } from '../../core/context';
import { berlinToday } from '../../domain/clock';
import { addDays, dateOf } from '../../domain/dates';
import type { AgendaItemKind, ThemeStatus } from '../../domain/enums';
import { LABELS } from '../../domain/labels';
import { committeeCrud } from '../committees/committees';
import { loadMeeting } from '../meetings/meetingRecord';
import { germanDate, meetingLabel } from '../meetings/wording';

export const PROPOSAL_SOURCES = ['THEME', 'REPORT_DUE', 'TASK_DUE', 'CARRIED_OVER', 'BACKLOG_TOPIC'] as const;
export type ProposalSource = (typeof PROPOSAL_SOURCES)[number];

export interface BacklogProposal {
  /** Stable across calls: `${source}:${refId}`. */
  key: string;
  source: ProposalSource;
  refId: string;
  title: string;
  detail: string;
  suggestedKind: AgendaItemKind;
  dueDate: string | null;
  /** CARRIED_OVER only: how often the topic has been put off without a decision, counting this time. */
  carryCount: number | null;
  carryReason: string | null;
  /** Already taken onto this meeting's agenda (shown ticked rather than hidden). */
  alreadyOnAgenda: boolean;
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
const shorten = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Items of earlier meetings of the committee that were carried over and not yet taken up again (or taken up here). */
const PENDING_CARRIED = `
  SELECT a.id, a.title, a.kind, a.carry_count AS carryCount, a.carry_reason AS carryReason,
    m.starts_at AS startsAt, m.sequence_no AS sequenceNo, m.title AS meetingTitle,
    (s.id IS NOT NULL) AS onAgenda
  FROM meetings m
  JOIN agenda_items a ON a.meeting_id = m.id AND a.status = 'CARRIED_OVER'
  LEFT JOIN agenda_items s ON s.carried_from_item_id = a.id
  WHERE m.committee_id = @committeeId AND m.starts_at < @startsAt AND (s.id IS NULL OR s.meeting_id = @meetingId)`;

// A record linked from a pending carried-over item is proposed once, as that item: it carries the history.
const onThisAgenda = (type: string, ref: string) => `EXISTS (SELECT 1 FROM agenda_item_links l JOIN agenda_items a ON a.id = l.agenda_item_id
    WHERE l.target_type = '${type}' AND l.target_id = ${ref} AND a.meeting_id = @meetingId)`;
const carriedElsewhere = (type: string, ref: string) => `NOT EXISTS (SELECT 1 FROM agenda_item_links l
    JOIN (${PENDING_CARRIED}) pc ON pc.id = l.agenda_item_id WHERE l.target_type = '${type}' AND l.target_id = ${ref})`;

interface Params {
  meetingId: string;
  committeeId: string;
  startsAt: string;
  meetingDate: string;
  horizon: string;
  isSteering: number;
}

function themeProposals(ctx: Context, p: Params): BacklogProposal[] {
  if (!p.isSteering) return [];
  const rows = ctx.sqlite.prepare(`
    SELECT t.id, t.title, t.status, f.label AS field,
      (SELECT count(*) FROM findings x WHERE x.theme_id = t.id) AS evidence, ${onThisAgenda('THEME', 't.id')} AS onAgenda
    FROM themes t LEFT JOIN fields_of_action f ON f.code = t.field_of_action
    WHERE t.status IN ('CONSOLIDATED', 'PROPOSED') AND t.merged_into_theme_id IS NULL AND ${carriedElsewhere('THEME', 't.id')}
  `).all(p) as Array<{ id: string; title: string; status: ThemeStatus; field: string | null; evidence: number; onAgenda: number }>;
  return rows.map((r) => ({
    key: `THEME:${r.id}`, source: 'THEME', refId: r.id, title: r.title,
    detail: [`Thema ${LABELS.themeStatus[r.status]}`, r.field, plural(r.evidence, 'Erkenntnis', 'Erkenntnisse')].filter(Boolean).join(' · '),
    suggestedKind: 'DECISION', dueDate: null, carryCount: null, carryReason: null, alreadyOnAgenda: r.onAgenda === 1,
  }));
}

/**
 * Reports owed by groups this committee commissioned; a steering group also hears groups with no recorded
 * commissioning decision (set up before KIM Desk was used).
 */
function reportProposals(ctx: Context, p: Params): BacklogProposal[] {
  const rows = ctx.sqlite.prepare(`
    SELECT r.id, r.due_date AS dueDate, r.topic, c.name, ${onThisAgenda('REPORT_DUE', 'r.id')} AS onAgenda
    FROM committee_report_dues r JOIN committees c ON c.id = r.committee_id
    WHERE r.delivered_on IS NULL AND r.due_date <= @meetingDate AND r.committee_id <> @committeeId
      AND (EXISTS (SELECT 1 FROM decisions d JOIN meetings m ON m.id = d.meeting_id
                   WHERE d.id = c.commissioned_by_decision_id AND m.committee_id = @committeeId)
           OR (@isSteering = 1 AND c.commissioned_by_decision_id IS NULL))
      AND ${carriedElsewhere('REPORT_DUE', 'r.id')}
  `).all(p) as Array<{ id: string; dueDate: string; topic: string | null; name: string; onAgenda: number }>;
  return rows.map((r) => ({
    key: `REPORT_DUE:${r.id}`, source: 'REPORT_DUE', refId: r.id,
    title: `Bericht ${r.name}${r.topic ? `: ${r.topic}` : ''}`,
    detail: `fällig am ${germanDate(r.dueDate)}, noch nicht erstattet`,
    suggestedKind: 'REPORT', dueDate: r.dueDate, carryCount: null, carryReason: null, alreadyOnAgenda: r.onAgenda === 1,
  }));
}

/** Decisions of this committee whose follow-up is overdue today or falls due by the meeting day. */
function taskProposals(ctx: Context, p: Params & { today: string }): BacklogProposal[] {
  const rows = ctx.sqlite.prepare(`
    SELECT d.id, d.number, d.text, d.decided_on AS decidedOn, count(*) AS open, min(t.due_date) AS dueDate,
      sum(t.due_date < @today) AS overdue, ${onThisAgenda('DECISION', 'd.id')} AS onAgenda
    FROM meetings m
    JOIN decisions d ON d.meeting_id = m.id
    JOIN action_items t ON t.decision_id = d.id
    WHERE m.committee_id = @committeeId AND m.id <> @meetingId
      AND t.status IN ('OPEN', 'IN_PROGRESS', 'DEFERRED') AND t.due_date IS NOT NULL AND t.due_date <= @horizon
      AND ${carriedElsewhere('DECISION', 'd.id')}
    GROUP BY d.id
  `).all(p) as Array<{ id: string; number: string | null; text: string; decidedOn: string; open: number; dueDate: string; overdue: number; onAgenda: number }>;
  return rows.map((r) => ({
    key: `TASK_DUE:${r.id}`, source: 'TASK_DUE', refId: r.id,
    title: `Beschluss ${r.number ?? `vom ${germanDate(r.decidedOn)}`}: ${shorten(r.text)}`,
    detail: [
      `${plural(r.open, 'offene Aufgabe', 'offene Aufgaben')} bis zur Sitzung fällig`,
      r.overdue > 0 ? `davon ${r.overdue} überfällig` : null,
      `früheste Frist ${germanDate(r.dueDate)}`,
    ].filter(Boolean).join(', '),
    suggestedKind: 'REPORT', dueDate: r.dueDate, carryCount: null, carryReason: null, alreadyOnAgenda: r.onAgenda === 1,
  }));
}

function carriedProposals(ctx: Context, p: Params): Array<BacklogProposal & { since: string }> {
  const rows = ctx.sqlite.prepare(PENDING_CARRIED).all(p) as Array<{
    id: string; title: string; kind: AgendaItemKind; carryCount: number; carryReason: string | null;
    startsAt: string; sequenceNo: number | null; meetingTitle: string | null; onAgenda: number;
  }>;
  return rows.map((r) => {
    const carryCount = r.carryCount + 1;
    const from = meetingLabel({ sequenceNo: r.sequenceNo, title: r.meetingTitle, startsAt: r.startsAt });
    return {
      key: `CARRIED_OVER:${r.id}`, source: 'CARRIED_OVER', refId: r.id, title: r.title,
      detail: [`vertagt in der ${from}`, carryCount > 1 ? `${carryCount}-mal ohne Beschluss vertagt` : null,
        r.carryReason ? `Grund: ${r.carryReason}` : null].filter(Boolean).join(' · '),
      suggestedKind: r.kind, dueDate: null, carryCount, carryReason: r.carryReason, alreadyOnAgenda: r.onAgenda === 1,
      since: r.startsAt,
    };
  });
}

function topicProposals(ctx: Context, p: Params): Array<BacklogProposal & { since: string }> {
  const rows = ctx.sqlite.prepare(`
    SELECT b.id, b.title, b.note, b.proposed_by AS proposedBy, b.created_at AS createdAt, (a.id IS NOT NULL) AS onAgenda
    FROM backlog_topics b LEFT JOIN agenda_items a ON a.id = b.used_in_agenda_item_id
    WHERE b.committee_id = @committeeId AND (b.used_in_agenda_item_id IS NULL OR a.meeting_id = @meetingId)
  `).all(p) as Array<{ id: string; title: string; note: string | null; proposedBy: string | null; createdAt: string; onAgenda: number }>;
  return rows.map((r) => ({
    key: `BACKLOG_TOPIC:${r.id}`, source: 'BACKLOG_TOPIC', refId: r.id, title: r.title,
    detail: [r.note, r.proposedBy ? `vorgemerkt von ${r.proposedBy}` : 'vorgemerkt'].filter(Boolean).join(' · '),
    suggestedKind: 'DISCUSSION', dueDate: null, carryCount: null, carryReason: null, alreadyOnAgenda: r.onAgenda === 1,
    since: r.createdAt,
  }));
}

/**
 * The agenda builder's one merged backlog for a meeting, sorted by source, then due date (oldest first; carried
 * items and noted topics by age), then title.
 */
export function agendaBacklog(ctx: Context, meetingId: string): BacklogProposal[] {
  const meeting = loadMeeting(ctx, meetingId);
  const committee = committeeCrud.get(ctx, meeting.committeeId);
  const today = berlinToday(ctx.clock);
  const meetingDate = dateOf(meeting.startsAt);
  const yesterday = addDays(today, -1);
  const p = {
    meetingId, committeeId: meeting.committeeId, startsAt: meeting.startsAt, meetingDate, today,
    // Follow-up is due if it falls due by the meeting day, or is already overdue (meetings recorded afterwards).
    horizon: meetingDate > yesterday ? meetingDate : yesterday,
    isSteering: committee.kind === 'STEERING_GROUP' ? 1 : 0,
  };
  const all: Array<BacklogProposal & { since?: string }> = [
    ...themeProposals(ctx, p), ...reportProposals(ctx, p), ...taskProposals(ctx, p),
    ...carriedProposals(ctx, p), ...topicProposals(ctx, p),
  ];
  const rank = (s: ProposalSource) => PROPOSAL_SOURCES.indexOf(s);
  const sortKey = (x: { dueDate: string | null; since?: string }) => x.dueDate ?? x.since ?? '\uffff';
  return all
    .sort((a, b) => rank(a.source) - rank(b.source) || sortKey(a).localeCompare(sortKey(b)) || collator.compare(a.title, b.title))
    .map(({ since: _since, ...proposal }) => proposal);
}
