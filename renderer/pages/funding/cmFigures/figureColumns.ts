import type { OutputOf } from '../../../../db/api/contract';
import type { ColumnSpec } from '../../../components/dataTable/columnSpec';
import { formatDate } from '../../../format/date';
import { formatNumber } from '../../../format/number';
import { COUNT_FIELDS, FIGURE_LABELS } from './figureForm';

export type FigureRow = OutputOf<'cmFigures.list'>[number];

export const NO_MUNICIPALITY = 'alle Kommunen';
export const NO_FIELD = 'Gesamt';

export const periodLabel = (r: { periodStart: string; periodEnd: string }) => `${formatDate(r.periodStart)}–${formatDate(r.periodEnd)}`;

/** Names the entry in buttons and dialogs: "01.01.2025–30.06.2025, DRK, Kall, Gesamt". */
export const figureName = (r: FigureRow) =>
  [periodLabel(r), r.providerName, r.municipalityName ?? NO_MUNICIPALITY, r.fieldOfActionLabel ?? NO_FIELD].join(', ');

// Soft hyphens let the long German words break in the narrow number columns; accessible names ignore them.
const SHORT: Record<(typeof COUNT_FIELDS)[number], string> = {
  newCases: 'Neue Fälle',
  activeCases: 'Aktive Fälle',
  closedCases: 'Abge\u00adschlos\u00adsene Fälle',
  contacts: 'Kon\u00adtakte',
  accompaniments: 'Beglei\u00adtungen',
  referrals: 'Verweis\u00adbera\u00adtungen',
};

const WIDTH: Record<(typeof COUNT_FIELDS)[number], string> = {
  newCases: '5rem', activeCases: '5.25rem', closedCases: '5.5rem', contacts: '5rem', accompaniments: '5.5rem', referrals: '5.5rem',
};

const FIELD_COLUMN: ColumnSpec<FigureRow> = {
  id: 'field', header: 'Handlungs\u00adfeld', value: (r) => r.fieldOfActionLabel ?? NO_FIELD, width: '6.5rem',
};

/**
 * The grid's columns. The field of action is shown only when the rows hold a breakdown by field: for plain totals it
 * would say "Gesamt" in every row and take the room the figures need.
 */
export function figureColumns(withField: boolean): ColumnSpec<FigureRow>[] {
  return [
    { id: 'period', header: 'Zeitraum', value: (r) => `${r.periodStart}|${r.periodEnd}`, text: periodLabel, width: '6.5rem' },
    { id: 'provider', header: FIGURE_LABELS.providerOrganisationId, value: (r) => r.providerName, width: '6.5rem' },
    { id: 'municipality', header: FIGURE_LABELS.municipalityId, value: (r) => r.municipalityName ?? NO_MUNICIPALITY, width: '6.25rem' },
    ...(withField ? [FIELD_COLUMN] : []),
    ...COUNT_FIELDS.map((f): ColumnSpec<FigureRow> => ({
      id: f, header: SHORT[f], value: (r) => r[f], text: (r) => formatNumber(r[f], 0), numeric: true, width: WIDTH[f],
    })),
    { id: 'avgDurationDays', header: 'Ø Dauer (Tage)', value: (r) => r.avgDurationDays, text: (r) => formatNumber(r.avgDurationDays, 1), numeric: true, width: '5rem' },
  ];
}
