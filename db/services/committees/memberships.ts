import { eq } from 'drizzle-orm';
import { committeeMemberships } from '../../schema';
import type { Context } from '../../core/context';
import { ApiError, validationError } from '../../api/errors';
import { assertDateRange } from '../../api/fields';
import { berlinToday } from '../../domain/clock';
import { addDays } from '../../domain/dates';
import { MEMBERSHIP_CATEGORIES, type MembershipCategory, type MembershipRole } from '../../domain/enums';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';
import { crud } from '../crud';
import { assertReferencesExist } from '../references';
import { germanDate } from '../meetings/wording';

export type Membership = typeof committeeMemberships.$inferSelect;

export const MEMBERSHIP_LABELS = {
  committeeId: 'Gremium',
  seatLabel: 'Sitz',
  organisationId: 'Organisation',
  personId: 'Mitglied',
  deputyPersonId: 'Vertretung',
  role: 'Rolle',
  category: 'Gruppe',
  occasional: 'Anlassbezogen',
  validFrom: 'Gültig ab',
  validTo: 'Gültig bis',
  note: 'Bemerkung',
};

const L = MEMBERSHIP_LABELS;

function checkSeat(next: Partial<Membership>): void {
  if (!next.organisationId && !next.personId) {
    throw validationError('organisationId', `${L.organisationId}: Bitte eine Organisation oder ein Mitglied angeben.`);
  }
  if (next.personId && next.deputyPersonId === next.personId) {
    throw validationError('deputyPersonId', `${L.deputyPersonId}: Ein Mitglied kann sich nicht selbst vertreten.`);
  }
  assertDateRange(next, 'validFrom', 'validTo', L);
}

export const membershipCrud = crud<Membership>({
  table: committeeMemberships,
  displayName: (row) => String(row.seatLabel ?? 'Sitz'),
  labels: L,
  check: (_ctx, next) => checkSeat(next as Partial<Membership>),
});

export interface MembershipRow {
  id: string;
  committeeId: string;
  seatLabel: string | null;
  organisationId: string | null;
  organisationName: string | null;
  personId: string | null;
  personName: string | null;
  deputyPersonId: string | null;
  deputyName: string | null;
  role: MembershipRole;
  category: MembershipCategory | null;
  occasional: boolean;
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
  /** Valid on the day asked for (today unless `on` was given). */
  current: boolean;
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
const categoryRank = (c: MembershipCategory | null) => (c === null ? MEMBERSHIP_CATEGORIES.length : MEMBERSHIP_CATEGORIES.indexOf(c));

/**
 * The roster as the Geschäftsordnung lists it: by category, then seat. Sorting happens here rather than in SQL
 * because SQLite's binary collation would put "Ärztekammer" after "Zentrale Dienste".
 */
export function listMemberships(ctx: Context, filter: { committeeId: string; on?: string | null; includeHistory?: boolean }): MembershipRow[] {
  const on = filter.on ?? berlinToday(ctx.clock);
  const rows = ctx.sqlite.prepare(`
    SELECT m.id, m.committee_id AS committeeId, m.seat_label AS seatLabel, m.organisation_id AS organisationId,
      o.name AS organisationName, m.person_id AS personId, p.name AS personName, m.deputy_person_id AS deputyPersonId,
      d.name AS deputyName, m.role, m.category, m.occasional, m.valid_from AS validFrom, m.valid_to AS validTo, m.note,
      (coalesce(m.valid_from, '') <= @on AND (m.valid_to IS NULL OR m.valid_to >= @on)) AS current
    FROM committee_memberships m
    LEFT JOIN organisations o ON o.id = m.organisation_id
    LEFT JOIN persons p ON p.id = m.person_id
    LEFT JOIN persons d ON d.id = m.deputy_person_id
    WHERE m.committee_id = @committeeId
  `).all({ committeeId: filter.committeeId, on }) as Array<Omit<MembershipRow, 'occasional' | 'current'> & { occasional: number; current: number }>;
  return rows
    .map((r) => ({ ...r, occasional: r.occasional === 1, current: r.current === 1 }))
    .filter((r) => filter.includeHistory || r.current)
    .sort((a, b) => categoryRank(a.category) - categoryRank(b.category)
      || collator.compare(a.seatLabel ?? a.organisationName ?? '', b.seatLabel ?? b.organisationName ?? '')
      || (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
}

/** Closes a seat on `validTo` (the last day it is held); the row stays as history. */
export function endMembership(ctx: Context, id: string, validTo: string): Membership {
  return ctx.write(() => {
    const seat = membershipCrud.get(ctx, id);
    if (seat.validTo && seat.validTo < validTo) {
      throw new ApiError('CONFLICT', `Dieser Sitz ist bereits zum ${germanDate(seat.validTo)} beendet.`);
    }
    return membershipCrud.update(ctx, id, { validTo });
  });
}

export interface ReplaceHolderInput {
  id: string;
  from: string;
  personId: string;
  /** The new holder's deputy; omitted keeps the current deputy, null means none. */
  deputyPersonId?: string | null;
}

/**
 * A new person takes over a seat from `from`: the old row ends the day before, a new row with the same seat,
 * organisation, role and category starts on `from`, so "who held the seat when" stays answerable.
 */
export function replaceHolder(ctx: Context, input: ReplaceHolderInput): { ended: Membership; started: Membership } {
  return ctx.write(() => {
    const seat = membershipCrud.get(ctx, input.id);
    if (seat.validFrom && input.from <= seat.validFrom) {
      throw validationError('from', `Wechsel zum: Muss nach dem Beginn des Sitzes (${germanDate(seat.validFrom)}) liegen.`);
    }
    if (seat.validTo && input.from > seat.validTo) {
      throw new ApiError('CONFLICT', `Dieser Sitz ist bereits zum ${germanDate(seat.validTo)} beendet; bitte einen neuen Sitz anlegen.`);
    }
    const deputyPersonId = input.deputyPersonId === undefined ? seat.deputyPersonId : input.deputyPersonId;
    const now = ctx.nowIso();
    const started: Membership = {
      ...seat, id: newId(), personId: input.personId, deputyPersonId, validFrom: input.from, validTo: seat.validTo,
      createdAt: now, updatedAt: now,
    };
    assertReferencesExist(ctx, 'committee_memberships', { personId: started.personId, deputyPersonId }, L);
    checkSeat(started);
    const ended = membershipCrud.update(ctx, seat.id, { validTo: addDays(input.from, -1) });
    ctx.db.insert(committeeMemberships).values(started).run();
    const saved = ctx.db.select().from(committeeMemberships).where(eq(committeeMemberships.id, started.id)).get() as Membership;
    recordAudit(ctx, 'committee_memberships', saved.id, 'CREATE', null, saved);
    return { ended, started: saved };
  });
}
