import { and, asc, eq, isNull } from 'drizzle-orm';
import { persons, postPeriods } from '../../schema';
import type { Context } from '../../core/context';
import { berlinToday } from '../../domain/clock';
import type { PostStatus } from '../../domain/enums';
import { recordAudit } from '../audit';
import { crud } from '../crud';

export type PostPeriod = typeof postPeriods.$inferSelect;

/** What a staffing period records about its post; a change in any of these starts a new period. */
export interface Staffing {
  status: PostStatus;
  fte: number;
  holderPersonId: string | null;
}

// The generic CRUD gives periods the same reference checks and audit rows as every other record.
const periodCrud = crud<PostPeriod>({
  table: postPeriods,
  displayName: (row) => `${row.validFrom} – ${row.validTo ?? 'offen'}`,
});

const staffingOf = (s: Staffing): Staffing => ({ status: s.status, fte: s.fte, holderPersonId: s.holderPersonId });

export function staffingChanged(before: Staffing, after: Staffing): boolean {
  return before.status !== after.status || before.fte !== after.fte || before.holderPersonId !== after.holderPersonId;
}

export function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function currentPeriod(ctx: Context, postId: string): PostPeriod | undefined {
  return ctx.db.select().from(postPeriods)
    .where(and(eq(postPeriods.postId, postId), isNull(postPeriods.validTo)))
    .orderBy(asc(postPeriods.validFrom)).get();
}

/** Opens the first period of a new post. Call inside the transaction that created the post. */
export function openFirstPeriod(ctx: Context, postId: string, staffing: Staffing, validFrom: string): PostPeriod {
  return periodCrud.create(ctx, { postId, ...staffingOf(staffing), validFrom, validTo: null, note: null });
}

/**
 * Closes the current period the day before today and opens one from today. A change on or before the current
 * period's first day (a same-day correction, or a filling that has not begun yet) corrects that period instead,
 * so no period ever ends before it begins. Call inside the transaction that updated the post.
 */
export function recordStaffingChange(ctx: Context, postId: string, staffing: Staffing): void {
  const today = berlinToday(ctx.clock);
  const current = currentPeriod(ctx, postId);
  if (current && current.validFrom >= today) {
    periodCrud.update(ctx, current.id, { ...staffingOf(staffing) });
    return;
  }
  if (current) periodCrud.update(ctx, current.id, { validTo: dayBefore(today) });
  periodCrud.create(ctx, { postId, ...staffingOf(staffing), validFrom: today, validTo: null, note: null });
}

export function periodsOfPost(ctx: Context, postId: string): PostPeriod[] {
  return ctx.db.select().from(postPeriods).where(eq(postPeriods.postId, postId)).all();
}

/** The cascade removes a deleted post's periods silently; this keeps their disappearance in the audit log. */
export function auditCascadedPeriods(ctx: Context, periods: readonly PostPeriod[]): void {
  for (const p of periods) recordAudit(ctx, 'post_periods', p.id, 'DELETE', p, null);
}

export interface PostPeriodRow {
  id: string;
  status: PostStatus;
  fte: number;
  holderPersonId: string | null;
  holderName: string | null;
  validFrom: string;
  validTo: string | null;
  note: string | null;
}

export function listPostPeriods(ctx: Context, postId: string): PostPeriodRow[] {
  return ctx.db.select({
    id: postPeriods.id,
    status: postPeriods.status,
    fte: postPeriods.fte,
    holderPersonId: postPeriods.holderPersonId,
    holderName: persons.name,
    validFrom: postPeriods.validFrom,
    validTo: postPeriods.validTo,
    note: postPeriods.note,
  }).from(postPeriods)
    .leftJoin(persons, eq(persons.id, postPeriods.holderPersonId))
    .where(eq(postPeriods.postId, postId))
    .orderBy(asc(postPeriods.validFrom), asc(postPeriods.createdAt))
    .all();
}
