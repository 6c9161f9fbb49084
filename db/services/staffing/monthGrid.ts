import type { Context } from '../../core/context';
import type { FundingModule, PostKind, PostStatus } from '../../domain/enums';

/**
 * The pro-rata rule shared by the funding plan and the staffing report, so both always show the same months:
 * a post counts in a month with the staffing period that applies on the 15th of that month, for the whole month.
 * A change on or before the 15th therefore takes effect in its own month, a later change from the next month.
 * Months without any staffing period (before a post existed, after it was given up) do not count at all.
 */
export const REFERENCE_DAY = 15;

export const PRO_RATA_RULE = 'Stellen werden monatsweise berücksichtigt: Für jeden Monat gilt der Besetzungsstand und '
  + 'Stellenanteil, der am 15. des Monats erfasst ist, für den ganzen Monat. Eine Änderung bis zum 15. wirkt also ab ihrem '
  + 'Monat, eine spätere Änderung ab dem Folgemonat. Geförderte VZÄ umfassen besetzte, unbesetzte und ausgeschriebene '
  + 'Zeiträume; Monate ohne Besetzungszeitraum zählen nicht.';

export interface GridPeriod {
  id: string;
  status: PostStatus;
  /** Full-time equivalents in hundredths (0.5 → 50), so sums stay exact. */
  fteHundredths: number;
  holderPersonId: string | null;
  holderName: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface GridPost {
  id: string;
  label: string;
  fundingModule: FundingModule;
  kind: PostKind;
  hostOrganisationName: string | null;
  /** Every period of the post, oldest first (also those outside the year, for vacancies and holder changes). */
  periods: GridPeriod[];
  /** Twelve entries, January to December: the period that applies in the month, or null. */
  months: Array<GridPeriod | null>;
}

export const monthKeys = (year: number): string[] =>
  Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

/** The period in force on a day; when periods overlap (inconsistent history) the one that began last wins. */
export function periodOn(periods: readonly GridPeriod[], isoDate: string): GridPeriod | null {
  let found: GridPeriod | null = null;
  for (const p of periods) {
    if (p.validFrom <= isoDate && (p.validTo == null || p.validTo >= isoDate)) found = p;
  }
  return found;
}

interface PeriodRow extends Omit<GridPeriod, 'fteHundredths'> {
  postId: string;
  fte: number;
}

/** Posts with at least one staffing period touching the year, with their month grid. */
export function loadPostGrid(ctx: Context, year: number): GridPost[] {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const posts = ctx.sqlite.prepare(`SELECT p.id, p.label, p.funding_module AS fundingModule, p.kind,
      coalesce(o.short_name, o.name) AS hostOrganisationName
    FROM posts p LEFT JOIN organisations o ON o.id = p.host_organisation_id
    WHERE EXISTS (SELECT 1 FROM post_periods pp WHERE pp.post_id = p.id AND pp.valid_from <= ? AND (pp.valid_to IS NULL OR pp.valid_to >= ?))
    ORDER BY p.funding_module, p.label, p.id`).all(last, first) as Array<Omit<GridPost, 'periods' | 'months'>>;
  if (posts.length === 0) return [];
  const rows = ctx.sqlite.prepare(`SELECT pp.id, pp.post_id AS postId, pp.status, pp.fte, pp.holder_person_id AS holderPersonId,
      pe.name AS holderName, pp.valid_from AS validFrom, pp.valid_to AS validTo
    FROM post_periods pp LEFT JOIN persons pe ON pe.id = pp.holder_person_id
    WHERE pp.post_id IN (SELECT value FROM json_each(?))
    ORDER BY pp.valid_from, pp.created_at, pp.id`).all(JSON.stringify(posts.map((p) => p.id))) as PeriodRow[];
  const byPost = new Map<string, GridPeriod[]>();
  for (const { postId, fte, ...rest } of rows) {
    const list = byPost.get(postId) ?? [];
    list.push({ ...rest, fteHundredths: Math.round(fte * 100) });
    byPost.set(postId, list);
  }
  const referenceDays = monthKeys(year).map((m) => `${m}-${REFERENCE_DAY}`);
  return posts.map((post) => {
    const periods = byPost.get(post.id) ?? [];
    return { ...post, periods, months: referenceDays.map((day) => periodOn(periods, day)) };
  });
}

/** Hundredths of an FTE back to the number people read (150 → 1.5). */
export const fteOf = (hundredths: number): number => hundredths / 100;
