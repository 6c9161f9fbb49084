import { eq } from 'drizzle-orm';
import { agendaItems, minutes } from '../../schema';
import type { Context } from '../../core/context';
import { ApiError, notFound } from '../../api/errors';
import { dateOf } from '../../domain/dates';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';
import { loadMeeting } from '../meetings/meetingRecord';
import { meetingLabel, statusLabel } from '../meetings/wording';
import { loadAgendaItem } from '../decisions/writeDecision';
import { buildMinutes } from './buildMinutes';
import { assertMeetingInSession, assertNotLocked } from './locks';
import type { MinutesModel } from './model';

export const MINUTES_LABELS = {
  meetingId: 'Sitzung',
  author: 'Protokollführung',
  preamble: 'Einleitung',
  closingText: 'Schluss',
  agendaItemId: 'Tagesordnungspunkt',
  text: 'Protokolltext',
  approvedInMeetingId: 'Genehmigt in Sitzung',
  reason: 'Grund der Berichtigung',
};

type MinutesRecord = typeof minutes.$inferSelect;
const WHAT = 'Protokolltexte';

export function loadMinutesRecord(ctx: Context, meetingId: string): MinutesRecord {
  const row = ctx.db.select().from(minutes).where(eq(minutes.meetingId, meetingId)).get();
  if (!row) throw notFound('Protokoll');
  return row;
}

/** Who keeps the minutes by default: the committee's secretariat (Geschäftsführung) seat on the meeting day. */
function secretariatName(ctx: Context, committeeId: string, day: string): string | null {
  const name = ctx.sqlite.prepare(`SELECT coalesce(p.name, o.name) FROM committee_memberships m
    LEFT JOIN persons p ON p.id = m.person_id LEFT JOIN organisations o ON o.id = m.organisation_id
    WHERE m.committee_id = ? AND m.role = 'SECRETARIAT' AND coalesce(m.valid_from, '') <= ? AND (m.valid_to IS NULL OR m.valid_to >= ?)
    ORDER BY m.valid_from DESC LIMIT 1`).pluck().get(committeeId, day, day) as string | undefined;
  return name ?? null;
}

/** Starts the draft minutes of a held meeting; the content is generated from the records, texts are added per item. */
export function createMinutes(ctx: Context, meetingId: string): MinutesModel {
  return ctx.write(() => {
    const meeting = loadMeeting(ctx, meetingId);
    assertNotLocked(ctx, meeting, WHAT);
    if (meeting.status !== 'HELD') {
      throw new ApiError('CONFLICT', `Die ${meetingLabel(meeting)} ist ${statusLabel(meeting.status)}; ein Protokoll gibt es erst für durchgeführte Sitzungen.`);
    }
    if (ctx.db.select({ id: minutes.id }).from(minutes).where(eq(minutes.meetingId, meetingId)).get()) {
      throw new ApiError('CONFLICT', `Für die ${meetingLabel(meeting)} gibt es bereits ein Protokoll.`);
    }
    const now = ctx.nowIso();
    const row: MinutesRecord = {
      id: newId(), meetingId, author: secretariatName(ctx, meeting.committeeId, dateOf(meeting.startsAt)), preamble: null, closingText: null,
      status: 'DRAFT', approvedInMeetingId: null, approvedOn: null, contentHash: null, createdAt: now, updatedAt: now,
    };
    ctx.db.insert(minutes).values(row).run();
    recordAudit(ctx, 'minutes', row.id, 'CREATE', null, row);
    return buildMinutes(ctx, meetingId);
  });
}

export function updateMinutes(ctx: Context, input: { meetingId: string; author: string | null; preamble: string | null; closingText: string | null }):
  MinutesModel {
  return ctx.write(() => {
    const meeting = loadMeeting(ctx, input.meetingId);
    assertNotLocked(ctx, meeting, WHAT);
    const before = loadMinutesRecord(ctx, meeting.id);
    const values = { author: input.author, preamble: input.preamble, closingText: input.closingText, updatedAt: ctx.nowIso() };
    ctx.db.update(minutes).set(values).where(eq(minutes.id, before.id)).run();
    recordAudit(ctx, 'minutes', before.id, 'UPDATE', before, { ...before, ...values });
    return buildMinutes(ctx, meeting.id);
  });
}

/**
 * The minutes text of one agenda item. Can be written live during the meeting (from its day on) and afterwards,
 * until the minutes are approved.
 */
export function setItemText(ctx: Context, input: { agendaItemId: string; text: string | null }): MinutesModel {
  return ctx.write(() => {
    const item = loadAgendaItem(ctx, input.agendaItemId);
    const meeting = loadMeeting(ctx, item.meetingId);
    assertMeetingInSession(ctx, meeting, WHAT);
    if (item.minutesText !== input.text) {
      const updatedAt = ctx.nowIso();
      ctx.db.update(agendaItems).set({ minutesText: input.text, updatedAt }).where(eq(agendaItems.id, item.id)).run();
      recordAudit(ctx, 'agenda_items', item.id, 'UPDATE', item, { ...item, minutesText: input.text, updatedAt });
    }
    return buildMinutes(ctx, meeting.id);
  });
}
