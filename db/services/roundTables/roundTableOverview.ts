import type { Context } from '../../core/context';
import { berlinToday } from '../../domain/clock';
import { daysBetween } from '../../domain/dates';
import { TASK_STATUSES, type MunicipalityStatus, type TaskStatus } from '../../domain/enums';
import { needsContact, officeLimits } from '../municipalityProfile/contact';

export type AgreementCounts = Record<TaskStatus, number> & { total: number };

export interface AgreementFigures {
  agreements: AgreementCounts;
  /** Completed ÷ (all − discarded); null while nothing is owed or done. */
  completionRate: number | null;
  overdue: number;
  /** Median of days from the round table to completion; null without completed agreements. */
  medianDaysToComplete: number | null;
}

export interface OverviewRow extends AgreementFigures {
  municipalityId: string;
  name: string;
  status: MunicipalityStatus;
  /** Held round tables (all formats) per calendar year, e.g. { '2024': 2 }; the year filter does not narrow it. */
  roundTablesByYear: Record<string, number>;
  /** Held round tables in the chosen year (or all years). */
  roundTableCount: number;
  lastContactOn: string | null;
  nextPlannedOn: string | null;
  daysSinceContact: number | null;
  contactWarning: boolean;
}

export interface RoundTableOverview {
  today: string;
  year: number | null;
  contactWarningMonths: number;
  /** Every year with a held round table, for the chart axis and the year filter. */
  years: number[];
  /** Active municipalities, the one that needs the office next first: warnings, then most overdue, then longest without contact. */
  rows: OverviewRow[];
  /** Over all municipalities; an agreement of a round table held with several municipalities is counted once. */
  totals: AgreementFigures & { municipalities: number; roundTables: number; contactWarnings: number };
}

const emptyCounts = (): AgreementCounts => ({ ...Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])), total: 0 }) as AgreementCounts;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function figures(counts: AgreementCounts, overdue: number, durations: readonly number[]): AgreementFigures {
  const owedOrDone = counts.total - counts.DISCARDED;
  return {
    agreements: counts, overdue, completionRate: owedOrDone > 0 ? counts.DONE / owedOrDone : null, medianDaysToComplete: median(durations),
  };
}

interface Tally {
  counts: AgreementCounts;
  overdue: number;
  durations: number[];
  byYear: Record<string, number>;
  lastContactOn: string | null;
  nextPlannedOn: string | null;
}

const emptyTally = (): Tally => ({ counts: emptyCounts(), overdue: 0, durations: [], byYear: {}, lastContactOn: null, nextPlannedOn: null });

/**
 * Round tables and their agreements per municipality: how often the office was there, how much of what was
 * agreed got done and how fast (days from the round table to completion), what is overdue, and where contact
 * is overdue by the office's setting. An agreement counts in the year of its round table: it was made there.
 *
 * One pass over links, round tables and agreements in JavaScript: grouping per municipality in SQL joins every
 * agreement once per municipality and was several times slower on a large office.
 */
export function roundTableOverview(ctx: Context, input: { year?: number | null } = {}): RoundTableOverview {
  const today = berlinToday(ctx.clock);
  const { contactWarningMonths } = officeLimits(ctx);
  const year = input.year ?? null;
  const yearKey = year == null ? null : String(year);
  const municipalities = ctx.sqlite.prepare('SELECT id, name, status FROM municipalities WHERE active = 1 ORDER BY name')
    .all() as Array<{ id: string; name: string; status: MunicipalityStatus }>;
  const tallies = new Map(municipalities.map((m) => [m.id, emptyTally()]));

  const linked = new Map<string, Tally[]>();
  for (const [roundTableId, municipalityId] of ctx.sqlite.prepare('SELECT round_table_id, municipality_id FROM round_table_municipalities')
    .raw().all() as Array<[string, string]>) {
    const tally = tallies.get(municipalityId);
    if (!tally) continue;
    const list = linked.get(roundTableId);
    if (list) list.push(tally);
    else linked.set(roundTableId, [tally]);
  }

  const heldOn = new Map<string, string>();
  const years = new Set<number>();
  let roundTables = 0;
  for (const [id, day] of ctx.sqlite.prepare('SELECT id, held_on FROM round_tables').raw().all() as Array<[string, string]>) {
    const towns = linked.get(id);
    if (!towns) continue;
    heldOn.set(id, day);
    if (day > today) {
      for (const t of towns) if (t.nextPlannedOn == null || day < t.nextPlannedOn) t.nextPlannedOn = day;
      continue;
    }
    const dayYear = day.slice(0, 4);
    years.add(Number(dayYear));
    if (yearKey == null || dayYear === yearKey) roundTables += 1;
    for (const t of towns) {
      t.byYear[dayYear] = (t.byYear[dayYear] ?? 0) + 1;
      if (t.lastContactOn == null || day > t.lastContactOn) t.lastContactOn = day;
    }
  }

  const total = emptyTally();
  for (const [roundTableId, status, dueDate, completedOn] of ctx.sqlite.prepare(`SELECT round_table_id, status, due_date, completed_on
    FROM action_items WHERE round_table_id IS NOT NULL`).raw().all() as Array<[string, TaskStatus, string | null, string | null]>) {
    const day = heldOn.get(roundTableId);
    if (day == null || (yearKey != null && day.slice(0, 4) !== yearKey)) continue;
    const overdue = (status === 'OPEN' || status === 'IN_PROGRESS') && dueDate != null && dueDate < today;
    const days = status === 'DONE' && completedOn ? daysBetween(day, completedOn) : null;
    for (const t of [total, ...linked.get(roundTableId)!]) {
      t.counts[status] += 1;
      t.counts.total += 1;
      if (overdue) t.overdue += 1;
      if (days != null) t.durations.push(days);
    }
  }

  const rows = municipalities.map((m): OverviewRow => {
    const t = tallies.get(m.id)!;
    return {
      municipalityId: m.id, name: m.name, status: m.status,
      roundTablesByYear: t.byYear,
      roundTableCount: yearKey == null ? Object.values(t.byYear).reduce((a, b) => a + b, 0) : t.byYear[yearKey] ?? 0,
      ...figures(t.counts, t.overdue, t.durations),
      lastContactOn: t.lastContactOn,
      nextPlannedOn: t.nextPlannedOn,
      daysSinceContact: t.lastContactOn ? daysBetween(t.lastContactOn, today) : null,
      contactWarning: needsContact(t.lastContactOn, today, contactWarningMonths),
    };
  });
  rows.sort((a, b) => Number(b.contactWarning) - Number(a.contactWarning) || b.overdue - a.overdue
    || (a.lastContactOn ?? '').localeCompare(b.lastContactOn ?? '') || a.name.localeCompare(b.name, 'de'));

  return {
    today, year, contactWarningMonths,
    years: [...years].sort((a, b) => a - b),
    rows,
    totals: {
      ...figures(total.counts, total.overdue, total.durations),
      municipalities: rows.length, roundTables, contactWarnings: rows.filter((r) => r.contactWarning).length,
    },
  };
}
