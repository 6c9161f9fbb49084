/** How the grid narrows the period: everything, a calendar year, a half-year, a quarter or a free range. */
export type PeriodMode = 'all' | 'year' | 'half' | 'quarter' | 'range';

export interface FigureFilter {
  mode: PeriodMode;
  year: string;
  /** 1–2 for a half-year, 1–4 for a quarter. */
  part: string;
  from: string;
  to: string;
  provider: string;
  /** '' all municipalities, NONE entries without a municipality, otherwise a municipality id. */
  municipality: string;
  /** '' all, NONE the totals (no field of action), otherwise a field-of-action code. */
  field: string;
}

export const NONE = '-';

export const NO_FIGURE_FILTER: FigureFilter = { mode: 'all', year: '', part: '1', from: '', to: '', provider: '', municipality: '', field: '' };

export interface DateRange {
  from: string | null;
  to: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The dates the filter stands for; null when it does not narrow the period (or is not filled in yet). */
export function periodRange(filter: FigureFilter): DateRange | null {
  const year = Number(filter.year);
  const hasYear = /^\d{4}$/.test(filter.year);
  if (filter.mode === 'range') {
    return filter.from || filter.to ? { from: filter.from || null, to: filter.to || null } : null;
  }
  if (filter.mode === 'all' || !hasYear) return null;
  if (filter.mode === 'year') return { from: `${year}-01-01`, to: `${year}-12-31` };
  const months = filter.mode === 'half' ? 6 : 3;
  const count = 12 / months;
  const part = Math.min(Math.max(Number(filter.part) || 1, 1), count);
  const firstMonth = (part - 1) * months + 1;
  return { from: `${year}-${pad(firstMonth)}-01`, to: lastDayOfMonth(year, firstMonth + months - 1) };
}

export interface FilterableFigure {
  periodStart: string;
  periodEnd: string;
  providerOrganisationId: string;
  municipalityId: string | null;
  fieldOfAction: string | null;
}

/**
 * Whether an entry belongs in the grid. Periods match when they touch the chosen range (as cmFigures.list
 * filters), so half-year figures stay visible when a quarter of that half-year is chosen.
 */
export function matchesFigureFilter(row: FilterableFigure, filter: FigureFilter): boolean {
  const range = periodRange(filter);
  if (range?.from && row.periodEnd < range.from) return false;
  if (range?.to && row.periodStart > range.to) return false;
  if (filter.provider && row.providerOrganisationId !== filter.provider) return false;
  if (filter.municipality && (filter.municipality === NONE ? row.municipalityId !== null : row.municipalityId !== filter.municipality)) return false;
  if (filter.field && (filter.field === NONE ? row.fieldOfAction !== null : row.fieldOfAction !== filter.field)) return false;
  return true;
}

/** The calendar years the entries begin in, newest first. */
export function figureYears(rows: readonly { periodStart: string }[]): string[] {
  return [...new Set(rows.map((r) => r.periodStart.slice(0, 4)))].sort().reverse();
}
