import { formatDate, formatNumber } from '../../domain/format';

/** Field labels; the CSV import uses the same words as column headers, so a message reads alike in both places. */
export const CM_LABELS = {
  periodStart: 'Zeitraum von',
  periodEnd: 'Zeitraum bis',
  providerOrganisationId: 'Träger',
  municipalityId: 'Kommune',
  fieldOfAction: 'Handlungsfeld',
  newCases: 'Neue Fälle',
  activeCases: 'Aktive Fälle',
  closedCases: 'Abgeschlossene Fälle',
  contacts: 'Kontakte',
  accompaniments: 'Begleitungen',
  referrals: 'Verweisberatungen',
  avgDurationDays: 'Durchschnittliche Dauer (Tage)',
  source: 'Quelle',
} as const;

export const COUNT_FIELDS = ['newCases', 'activeCases', 'closedCases', 'contacts', 'accompaniments', 'referrals'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

/** Far above any office's half-year; catches a pasted sum or a shifted column. */
export const MAX_COUNT = 1_000_000;
/** Ten years: longer average case durations are typing errors. */
export const MAX_DURATION_DAYS = 3_650;

export interface CmFigureValues {
  periodStart: string;
  periodEnd: string;
  providerOrganisationId: string;
  municipalityId: string | null;
  fieldOfAction: string | null;
  newCases: number;
  activeCases: number;
  closedCases: number;
  contacts: number;
  accompaniments: number;
  referrals: number;
  avgDurationDays: number | null;
}

/** A rule violation without the field's name, so the API ("Label: …") and the CSV report ("Zeile 7, Spalte ‚…‘: …") can both word it. */
export interface RuleIssue {
  field: keyof typeof CM_LABELS;
  text: string;
}

/**
 * Plausibility rules of one entry (besides non-negative whole counts, which the input schema and the CSV parser check):
 * 1. the period ends on or after its start, 2. within the same calendar year (year summaries stay exact),
 * 3. and does not begin in the future; 4. closed cases ≤ active + new cases (a case can only be closed once it was
 * taken on); 5. an average duration needs cases. Overlapping periods of the same provider, municipality and field
 * are checked against the database (cmFigures.ts) and within an import file.
 */
export function plausibilityIssues(v: CmFigureValues, today: string): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (v.periodEnd < v.periodStart) {
    issues.push({ field: 'periodEnd', text: `liegt vor dem Beginn des Zeitraums (${formatDate(v.periodStart)})` });
  } else if (v.periodEnd.slice(0, 4) !== v.periodStart.slice(0, 4)) {
    issues.push({ field: 'periodEnd', text: `muss im selben Kalenderjahr wie der Beginn liegen; Zeiträume über den Jahreswechsel bitte je Jahr erfassen` });
  }
  if (v.periodStart > today) {
    issues.push({ field: 'periodStart', text: `liegt in der Zukunft (heute ist der ${formatDate(today)})` });
  }
  if (v.closedCases > v.activeCases + v.newCases) {
    issues.push({
      field: 'closedCases',
      text: `mehr abgeschlossene Fälle (${formatNumber(v.closedCases)}) als aktive und neue Fälle zusammen (${formatNumber(v.activeCases + v.newCases)})`,
    });
  }
  if (v.avgDurationDays != null && v.newCases + v.activeCases + v.closedCases === 0) {
    issues.push({ field: 'avgDurationDays', text: 'ohne Fälle kann es keine durchschnittliche Dauer geben' });
  }
  return issues;
}

export const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('de-DE') + text.slice(1);

/** "Kontakte: Keine ganze Zahl." */
export const apiMessage = (issue: RuleIssue) => `${CM_LABELS[issue.field]}: ${capitalised(issue.text)}.`;
