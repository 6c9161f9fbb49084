import { addDays, daysBetween } from '../../domain/dates';
import type { PostStatus } from '../../domain/enums';
import { monthKeys, REFERENCE_DAY, type GridPeriod, type GridPost } from './monthGrid';

export interface Vacancy {
  postId: string;
  postLabel: string;
  /** First day without a holder. */
  from: string;
  /** Last day without a holder; null while the post is still not filled. */
  to: string | null;
  /** Statuses the post went through during the vacancy, in order (unbesetzt, then ausgeschrieben …). */
  statuses: PostStatus[];
  /** Calendar days from `from` to `to`, both included; for an open vacancy up to today. */
  days: number;
  /** Months of the year counted as not filled under the pro-rata rule. */
  monthsInYear: number;
  open: boolean;
}

export type HolderChangeKind = 'DEPARTURE' | 'ARRIVAL' | 'HANDOVER';

export interface HolderChange {
  postId: string;
  postLabel: string;
  /** A departing holder's last day; an arriving holder's first day (also in a handover). */
  on: string;
  kind: HolderChangeKind;
  previousHolderName: string | null;
  nextHolderName: string | null;
}

const contiguous = (a: GridPeriod, b: GridPeriod) => a.validTo != null && addDays(a.validTo, 1) === b.validFrom;

/**
 * Vacancies touching the year: runs of adjoining periods that are not filled (unbesetzt followed by ausgeschrieben
 * is one vacancy). A gap without any period ends a run, because nothing is known about it.
 */
export function vacanciesOf(post: GridPost, year: number, today: string): Vacancy[] {
  const runs: GridPeriod[][] = [];
  for (const p of post.periods) {
    if (p.status === 'FILLED') continue;
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && contiguous(previous, p)) run.push(p);
    else runs.push([p]);
  }
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const months = monthKeys(year).map((m) => `${m}-${REFERENCE_DAY}`);
  return runs
    .filter((run) => run[0].validFrom <= last && (run.at(-1)!.validTo == null || run.at(-1)!.validTo! >= first))
    .map((run) => {
      const from = run[0].validFrom;
      const to = run.at(-1)!.validTo;
      const end = to ?? (today > from ? today : from);
      const statuses = run.map((p) => p.status).filter((s, i, all) => all.indexOf(s) === i);
      const monthsInYear = months.filter((day, i) => day >= from && (to == null || day <= to) && post.months[i] != null
        && post.months[i]!.status !== 'FILLED').length;
      return {
        postId: post.id, postLabel: post.label, from, to, statuses,
        days: daysBetween(from, end) + 1, monthsInYear, open: to == null,
      };
    });
}

// Whoever holds the post: null when not filled, '?' for a filled period whose holder was not recorded.
const occupant = (p: GridPeriod | undefined): string | null =>
  (p && p.status === 'FILLED' ? (p.holderPersonId ?? '?') : null);

/**
 * Changes of holder that take effect within the year. A filled period without a recorded holder next to one with
 * a holder is not counted: whether the person changed is unknown.
 */
export function holderChangesOf(post: GridPost, year: number): HolderChange[] {
  const changes: HolderChange[] = [];
  const push = (before: GridPeriod | undefined, after: GridPeriod | undefined) => {
    const a = occupant(before);
    const b = occupant(after);
    if (a === b || a === '?' || b === '?') return;
    const kind: HolderChangeKind = a && b ? 'HANDOVER' : a ? 'DEPARTURE' : 'ARRIVAL';
    const on = kind === 'DEPARTURE' ? before!.validTo! : after!.validFrom;
    if (!on.startsWith(`${year}-`)) return;
    changes.push({
      postId: post.id, postLabel: post.label, on, kind,
      previousHolderName: a ? before!.holderName : null,
      nextHolderName: b ? after!.holderName : null,
    });
  };
  post.periods.forEach((p, i) => {
    const previous = post.periods[i - 1];
    push(previous && contiguous(previous, p) ? previous : undefined, p);
    const next = post.periods[i + 1];
    if (p.validTo && !(next && contiguous(p, next))) push(p, undefined);
  });
  return changes;
}
