import { countLabel } from '../../../format/text';

export interface FigureCounts {
  providerOrganisationId: string;
  municipalityId: string | null;
  fieldOfAction: string | null;
  periodEnd: string;
  newCases: number;
  activeCases: number;
  closedCases: number;
  contacts: number;
  accompaniments: number;
  referrals: number;
  avgDurationDays: number | null;
}

export interface GridTotals {
  /** Entries added up. */
  entries: number;
  newCases: number;
  /** Active cases at the end: per provider, municipality and field the figure of its latest period. */
  activeCases: number;
  closedCases: number;
  contacts: number;
  accompaniments: number;
  referrals: number;
  /** Average durations weighted by closed cases (unweighted when none were closed). */
  avgDurationDays: number | null;
  notes: string[];
}

const unitKey = (r: FigureCounts) => `${r.providerOrganisationId}|${r.municipalityId ?? ''}|${r.fieldOfAction ?? ''}`;

/**
 * The totals row under the grid, added up as the annual summary does: entries per field of action are a
 * breakdown in which one case may stand under several fields, so when totals exist only they are added up.
 * Active cases are a stock, not a flow – adding them over periods would count the same case several times.
 */
export function gridTotals(rows: readonly FigureCounts[]): GridTotals {
  const totalsOnly = rows.filter((r) => r.fieldOfAction === null);
  const used = totalsOnly.length > 0 ? totalsOnly : rows;
  const notes: string[] = [];
  const breakdowns = rows.length - used.length;
  if (breakdowns > 0) {
    notes.push(`${countLabel(breakdowns, 'nach Handlungsfeld aufgeschlüsselter Eintrag ist', 'nach Handlungsfeldern aufgeschlüsselte Einträge sind')} `
      + 'in den Summen nicht enthalten, weil ein Fall unter mehreren Handlungsfeldern stehen kann. Wählen Sie ein Handlungsfeld, um sie zu summieren.');
  } else if (new Set(used.map((r) => r.fieldOfAction)).size > 1) {
    notes.push('Die Summen addieren mehrere Handlungsfelder; ein Fall kann unter mehreren Handlungsfeldern gezählt sein.');
  }

  const latest = new Map<string, FigureCounts>();
  for (const r of used) {
    const seen = latest.get(unitKey(r));
    if (!seen || r.periodEnd > seen.periodEnd) latest.set(unitKey(r), r);
  }
  const timed = used.filter((r) => r.avgDurationDays != null);
  const weight = timed.reduce((s, r) => s + r.closedCases, 0);
  const avg = timed.length === 0 ? null
    : weight > 0 ? timed.reduce((s, r) => s + r.avgDurationDays! * r.closedCases, 0) / weight
      : timed.reduce((s, r) => s + r.avgDurationDays!, 0) / timed.length;
  const sum = (pick: (r: FigureCounts) => number) => used.reduce((s, r) => s + pick(r), 0);
  return {
    entries: used.length,
    newCases: sum((r) => r.newCases),
    activeCases: [...latest.values()].reduce((s, r) => s + r.activeCases, 0),
    closedCases: sum((r) => r.closedCases),
    contacts: sum((r) => r.contacts),
    accompaniments: sum((r) => r.accompaniments),
    referrals: sum((r) => r.referrals),
    avgDurationDays: avg == null ? null : Math.round(avg * 10) / 10,
    notes,
  };
}
