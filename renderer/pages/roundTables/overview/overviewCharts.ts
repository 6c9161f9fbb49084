import type { OutputOf } from '../../../../db/api/contract';

export type OverviewRow = OutputOf<'roundTables.overview'>['rows'][number];

/** Roughly how many days the contact-warning months are, for the reference line of the contact chart. */
export function warningDays(months: number): number {
  return Math.round(months * 30.44);
}

export interface ContactBar {
  name: string;
  days: number;
  warning: boolean;
}

/** Days since the last contact, longest first; municipalities never met are listed apart (they have no length of time). */
export function contactBars(rows: readonly OverviewRow[]): { bars: ContactBar[]; neverMet: string[] } {
  const bars = rows
    .filter((r) => r.daysSinceContact != null)
    .map((r) => ({ name: r.name, days: r.daysSinceContact!, warning: r.contactWarning }))
    .sort((a, b) => b.days - a.days || a.name.localeCompare(b.name, 'de'));
  return { bars, neverMet: rows.filter((r) => r.daysSinceContact == null).map((r) => r.name) };
}

export interface AgreementBar {
  name: string;
  overdue: number;
  /** Still owed but not overdue (open, in progress, deferred). */
  openInTime: number;
  done: number;
}

/** Owed agreements per municipality, most overdue first; municipalities with nothing owed or done are left out. */
export function agreementBars(rows: readonly OverviewRow[]): AgreementBar[] {
  return rows
    .map((r) => {
      const owed = r.agreements.OPEN + r.agreements.IN_PROGRESS + r.agreements.DEFERRED;
      return { name: r.name, overdue: r.overdue, openInTime: owed - r.overdue, done: r.agreements.DONE };
    })
    .filter((b) => b.overdue + b.openInTime + b.done > 0)
    .sort((a, b) => b.overdue - a.overdue || b.openInTime - a.openInTime || a.name.localeCompare(b.name, 'de'));
}

/** Round tables per municipality and year: one row per municipality, one key per year ('2024': 2). */
export function yearBars(rows: readonly OverviewRow[], years: readonly number[]): Array<Record<string, string | number>> {
  return rows.map((r) => {
    const bar: Record<string, string | number> = { name: r.name };
    for (const y of years) bar[String(y)] = r.roundTablesByYear[String(y)] ?? 0;
    return bar;
  });
}

/** "2022: 1 · 2025: 2" for the table cell; empty when the office was never there. */
export function byYearText(byYear: Record<string, number>): string {
  return Object.entries(byYear).sort(([a], [b]) => a.localeCompare(b)).map(([y, n]) => `${y}: ${n}`).join(' · ');
}
