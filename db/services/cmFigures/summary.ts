import type { Context } from '../../core/context';
import { countLabel } from '../../domain/format';
import { listCmFigures, type CmFigureRow } from './cmFigures';

export const SUMMARY_GROUPS = ['provider', 'municipality', 'fieldOfAction'] as const;
export type SummaryGroup = (typeof SUMMARY_GROUPS)[number];

export interface CmFigureTotals {
  newCases: number;
  /** Active cases at the end of the year: per provider, municipality and field the figure of its latest period. */
  activeCases: number;
  closedCases: number;
  contacts: number;
  accompaniments: number;
  referrals: number;
  /** Mean of the entries' average durations weighted by their closed cases (unweighted when none were closed). */
  avgDurationDays: number | null;
  entries: number;
}

export interface CmSummaryGroup extends CmFigureTotals {
  key: string | null;
  label: string;
}

export interface CmSummary {
  year: number;
  groupBy: SummaryGroup;
  groups: CmSummaryGroup[];
  total: CmFigureTotals;
  notes: string[];
}

const unitKey = (r: CmFigureRow) => `${r.providerOrganisationId}|${r.municipalityId ?? ''}|${r.fieldOfAction ?? ''}`;

function totals(rows: readonly CmFigureRow[]): CmFigureTotals {
  const latest = new Map<string, CmFigureRow>();
  for (const r of rows) {
    const seen = latest.get(unitKey(r));
    if (!seen || r.periodEnd > seen.periodEnd) latest.set(unitKey(r), r);
  }
  const timed = rows.filter((r) => r.avgDurationDays != null);
  const weight = timed.reduce((s, r) => s + r.closedCases, 0);
  const avg = timed.length === 0 ? null
    : weight > 0 ? timed.reduce((s, r) => s + r.avgDurationDays! * r.closedCases, 0) / weight
      : timed.reduce((s, r) => s + r.avgDurationDays!, 0) / timed.length;
  const sum = (f: (r: CmFigureRow) => number) => rows.reduce((s, r) => s + f(r), 0);
  return {
    newCases: sum((r) => r.newCases),
    activeCases: [...latest.values()].reduce((s, r) => s + r.activeCases, 0),
    closedCases: sum((r) => r.closedCases),
    contacts: sum((r) => r.contacts),
    accompaniments: sum((r) => r.accompaniments),
    referrals: sum((r) => r.referrals),
    avgDurationDays: avg == null ? null : Math.round(avg * 10) / 10,
    entries: rows.length,
  };
}

const COUNTY_WIDE = 'ohne Zuordnung zu einer Kommune';

/**
 * Case-management figures of a year, grouped. Entries without a field of action are the totals of their provider and
 * municipality; entries per field are a breakdown in which one case may appear under several fields. So provider
 * and municipality summaries add up the totals only, and the field summary the breakdown only – adding both would
 * count cases twice.
 */
export function cmSummary(ctx: Context, year: number, groupBy: SummaryGroup): CmSummary {
  // Entries lie within one calendar year (rules.ts); older ones that do not are counted in the year they began.
  const rows = listCmFigures(ctx, { periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` })
    .filter((r) => r.periodStart.startsWith(`${year}-`));
  const byField = groupBy === 'fieldOfAction';
  const used = rows.filter((r) => (r.fieldOfAction != null) === byField);
  const notes: string[] = [];
  if (!byField) {
    const covered = new Set(used.map((r) => `${r.providerOrganisationId}|${r.municipalityId ?? ''}|${r.periodStart}|${r.periodEnd}`));
    const breakdownOnly = rows.filter((r) => r.fieldOfAction != null
      && !covered.has(`${r.providerOrganisationId}|${r.municipalityId ?? ''}|${r.periodStart}|${r.periodEnd}`)).length;
    if (breakdownOnly > 0) {
      notes.push(`${countLabel(breakdownOnly, 'Eintrag liegt', 'Einträge liegen')} nur nach Handlungsfeldern aufgeschlüsselt vor, ohne Gesamtzahlen; `
        + 'sie sind in diesen Summen nicht enthalten (siehe Auswertung nach Handlungsfeldern).');
    }
  } else if (rows.length > 0 && used.length === 0) {
    notes.push('Für dieses Jahr liegen keine nach Handlungsfeldern aufgeschlüsselten Zahlen vor.');
  }
  const keyOf = (r: CmFigureRow): [string | null, string] => {
    if (groupBy === 'provider') return [r.providerOrganisationId, r.providerName];
    if (groupBy === 'municipality') return [r.municipalityId, r.municipalityName ?? COUNTY_WIDE];
    return [r.fieldOfAction, r.fieldOfActionLabel ?? String(r.fieldOfAction)];
  };
  const groups = new Map<string, { key: string | null; label: string; rows: CmFigureRow[] }>();
  for (const r of used) {
    const [key, label] = keyOf(r);
    const group = groups.get(key ?? '') ?? { key, label, rows: [] };
    group.rows.push(r);
    groups.set(key ?? '', group);
  }
  return {
    year,
    groupBy,
    groups: [...groups.values()]
      .map(({ key, label, rows: groupRows }) => ({ key, label, ...totals(groupRows) }))
      .sort((a, b) => (a.key == null ? 1 : 0) - (b.key == null ? 1 : 0) || a.label.localeCompare(b.label, 'de')),
    total: totals(used),
    notes,
  };
}
