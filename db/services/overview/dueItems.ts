import type { Context } from '../../core/context';
import { berlinToday } from '../../domain/clock';
import { addDays, daysBetween } from '../../domain/dates';
import { dueTaskItems } from './dueTasks';
import { gapAlerts } from '../chain/gapAlerts';
import { retentionDue } from '../retention/due';
import { currentRules } from '../committees/rules';
import { formatDate } from '../../domain/format';

export type DueSeverity = 'overdue' | 'due' | 'info';
export type DueKind = 'DECISION_TASK' | 'AGREEMENT' | 'GROUP_REPORT' | 'MEASURE' | 'GAP' | 'RETENTION' | 'REPORT_DEADLINE' | 'INVITATION';

export interface DueLink { page: 'followUp' | 'roundTable' | 'group' | 'theme' | 'measure' | 'reconstructions' | 'reports' | 'meeting'; id?: string; parentId?: string }

export interface DueItem {
  kind: DueKind;
  severity: DueSeverity;
  title: string;
  detail: string;
  dueDate: string | null;
  link: DueLink;
}

export interface NextMeeting {
  id: string;
  committeeName: string;
  startsAt: string;
  status: string;
  agendaItemCount: number;
  invitationSentOn: string | null;
  /** Last day to send the invitation under the committee's rules of procedure. */
  inviteBy: string;
  daysUntil: number;
}

export interface DueOverview {
  today: string;
  /** Tasks and reports due within this many days count as "due". */
  horizonDays: number;
  items: DueItem[];
  nextMeeting: NextMeeting | null;
  reportDeadline: { year: number; deadline: string; daysLeft: number; draftStatus: string | null } | null;
}

const HORIZON_DAYS = 14;
const SEVERITY_ORDER: Record<DueSeverity, number> = { overdue: 0, due: 1, info: 2 };
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})?$/;

/**
 * Most severe first, then by due date as localeCompare orders them. When every date is an ISO day (or missing), the
 * characters order them the same way, far cheaper than the collator on the tens of thousands of overdue tasks of
 * a large office.
 */
function sortItems(items: DueItem[]): void {
  const plain = items.every((i) => ISO_DAY.test(i.dueDate ?? ''));
  const byDate = plain ? (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0) : (a: string, b: string) => a.localeCompare(b);
  items.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || byDate(a.dueDate ?? '', b.dueDate ?? ''));
}

/**
 * Everything the office owes, across areas, for the start page: tasks and agreements due or overdue, gaps in the
 * theme chain, reports owed by groups, retention purges, the next steering meeting and the Sachbericht deadline.
 */
export function dueOverview(ctx: Context): DueOverview {
  const today = berlinToday(ctx.clock);
  const horizon = addDays(today, HORIZON_DAYS);
  const items: DueItem[] = dueTaskItems(ctx, today, horizon);

  const reports = ctx.sqlite.prepare(`
    SELECT d.id, d.due_date AS dueDate, d.topic, c.id AS committeeId, c.name FROM committee_report_dues d
    JOIN committees c ON c.id = d.committee_id
    WHERE d.delivered_on IS NULL AND c.status <> 'CLOSED' AND d.due_date <= ? ORDER BY d.due_date
  `).all(horizon) as Array<{ id: string; dueDate: string; topic: string | null; committeeId: string; name: string }>;
  for (const r of reports) {
    items.push({
      kind: 'GROUP_REPORT', severity: r.dueDate < today ? 'overdue' : 'due',
      title: `Bericht ${r.name}`, detail: r.topic ?? 'Bericht an die Lenkungsgruppe', dueDate: r.dueDate,
      link: { page: 'group', id: r.committeeId },
    });
  }

  // Overdue reports are listed above already; the chain adds what only it can see.
  for (const alert of gapAlerts(ctx).filter((a) => a.kind !== 'GROUP_REPORT_OVERDUE')) {
    const link: DueLink = alert.ref.type === 'MEASURE' ? { page: 'measure', id: alert.ref.id, parentId: alert.themeId ?? undefined }
      : alert.themeId ? { page: 'theme', id: alert.themeId } : { page: 'followUp' };
    items.push({ kind: alert.kind === 'MEASURE_NO_RESULT' ? 'MEASURE' : 'GAP', severity: alert.severity === 'CRITICAL' ? 'overdue' : 'due',
      title: alert.title, detail: alert.message, dueDate: alert.since, link });
  }

  const retention = retentionDue(ctx);
  if (retention.reconstructions.length > 0) {
    const n = retention.reconstructions.length;
    items.push({
      kind: 'RETENTION', severity: 'overdue', title: 'Löschfristen erreicht',
      detail: `${n} ${n === 1 ? 'Fallrekonstruktion ist' : 'Fallrekonstruktionen sind'} zu bereinigen.`,
      dueDate: retention.reconstructions.map((r) => r.deleteAfter).sort()[0], link: { page: 'reconstructions' },
    });
  }

  const nextMeeting = findNextMeeting(ctx, today);
  if (nextMeeting && !nextMeeting.invitationSentOn && nextMeeting.inviteBy <= horizon) {
    items.push({
      kind: 'INVITATION', severity: nextMeeting.inviteBy < today ? 'overdue' : 'due',
      title: `Einladung ${nextMeeting.committeeName}`, detail: `Die Ladungsfrist verlangt die Einladung bis ${formatDate(nextMeeting.inviteBy)}.`,
      dueDate: nextMeeting.inviteBy, link: { page: 'meeting', id: nextMeeting.id },
    });
  }
  const reportDeadline = findReportDeadline(ctx, today);
  if (reportDeadline && reportDeadline.daysLeft <= 60 && reportDeadline.draftStatus !== 'PUBLISHED') {
    items.push({
      kind: 'REPORT_DEADLINE', severity: reportDeadline.daysLeft < 0 ? 'overdue' : reportDeadline.daysLeft <= HORIZON_DAYS ? 'due' : 'info',
      title: `Sachbericht ${reportDeadline.year}`, detail: `Abgabe bis ${formatDate(reportDeadline.deadline)}`, dueDate: reportDeadline.deadline,
      link: { page: 'reports' },
    });
  }

  sortItems(items);
  return { today, horizonDays: HORIZON_DAYS, items, nextMeeting, reportDeadline };
}

function findNextMeeting(ctx: Context, today: string): NextMeeting | null {
  const row = ctx.sqlite.prepare(`
    SELECT m.id, m.committee_id AS committeeId, c.name AS committeeName, m.starts_at AS startsAt, m.status,
      m.invitation_sent_on AS invitationSentOn, (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id) AS agendaItemCount
    FROM meetings m JOIN committees c ON c.id = m.committee_id
    WHERE c.kind = 'STEERING_GROUP' AND substr(m.starts_at, 1, 10) >= ? AND m.status IN ('PLANNED', 'INVITED')
    ORDER BY m.starts_at LIMIT 1
  `).get(today) as (Omit<NextMeeting, 'inviteBy' | 'daysUntil'> & { committeeId: string }) | undefined;
  if (!row) return null;
  const day = row.startsAt.slice(0, 10);
  const rules = currentRules(ctx, row.committeeId, day);
  const { committeeId: _ignored, ...meeting } = row;
  return { ...meeting, inviteBy: addDays(day, -rules.noticePeriodDays), daysUntil: daysBetween(today, day) };
}

function findReportDeadline(ctx: Context, today: string): DueOverview['reportDeadline'] {
  const row = ctx.sqlite.prepare(`
    SELECT f.year, f.report_deadline AS deadline,
      (SELECT r.status FROM report_drafts r WHERE r.kind = 'SACHBERICHT' AND r.year = f.year ORDER BY r.updated_at DESC LIMIT 1) AS draftStatus
    FROM funding_years f WHERE f.report_deadline IS NOT NULL AND f.report_deadline >= ? ORDER BY f.report_deadline LIMIT 1
  `).get(addDays(today, -30)) as { year: number; deadline: string; draftStatus: string | null } | undefined;
  return row ? { ...row, daysLeft: daysBetween(today, row.deadline) } : null;
}
