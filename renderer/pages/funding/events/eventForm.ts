import type { InputOf, OutputOf } from '../../../../db/api/contract';
import type { Enums } from '../../../api/enums';
import type { ColumnSpec } from '../../../components/dataTable/columnSpec';
import type { FieldsOf, Option } from '../../../components/form/fieldSpec';
import { formatDate } from '../../../format/date';
import { formatCents } from '../../../format/money';
import { formatNumber } from '../../../format/number';

export type EventRow = OutputOf<'events.list'>[number];
type EventInput = InputOf<'events.create'>;

const options = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));

/**
 * The event form. Cost is a money field: the form reads German notation ('1.250,50') into cents with the shared
 * parser (renderer/format/money.ts), and refuses '12.5' rather than guessing.
 */
export function eventFields(enums: Pick<Enums, 'eventKind' | 'budgetLine'>, today?: string): FieldsOf<EventInput> {
  return [
    { name: 'heldOn', label: 'Datum', kind: 'date', required: true, defaultValue: today ?? '' },
    { name: 'kind', label: 'Art', kind: 'select', required: true, options: options(enums.eventKind), defaultValue: 'EVENT' },
    { name: 'title', label: 'Titel', kind: 'text', required: true, maxLength: 300, wide: true },
    { name: 'audience', label: 'Zielgruppe', kind: 'text', maxLength: 300, wide: true, hint: 'z. B. Kommunen, Träger, Ehrenamt' },
    { name: 'participants', label: 'Teilnehmende', kind: 'integer', hint: 'Leer lassen, wenn nicht gezählt (z. B. Pressearbeit)' },
    { name: 'costCents', label: 'Kosten', kind: 'money', hint: 'In Euro, z. B. 1.250,50' },
    { name: 'budgetLine', label: 'Budgetlinie', kind: 'select', options: options(enums.budgetLine), hint: 'Pflicht, sobald Kosten angegeben sind' },
    { name: 'note', label: 'Notiz', kind: 'textarea', maxLength: 2000 },
  ];
}

// Long compounds of the value lists get a soft hyphen, so they break inside the narrow columns instead of overflowing.
const BREAKS: readonly [string, string][] = [
  ['Öffentlichkeitsarbeit', 'Öffentlichkeits\u00adarbeit'],
  ['Veranstaltungsformate', 'Veranstaltungs\u00adformate'],
  ['Schnittstellenmaßnahmen', 'Schnittstellen\u00admaßnahmen'],
  ['Verwaltungsassistenz', 'Verwaltungs\u00adassistenz'],
];

/** The text as shown in a narrow cell: the same words, with break opportunities in known long compounds. */
export function breakable(text: string | null): string {
  return BREAKS.reduce((t, [word, broken]) => t.replace(word, broken), text ?? '');
}

export const EVENT_COLUMNS: readonly ColumnSpec<EventRow>[] = [
  { id: 'heldOn', header: 'Datum', value: (r) => r.heldOn, text: (r) => formatDate(r.heldOn), width: '6.5rem' },
  { id: 'kind', header: 'Art', value: (r) => r.kindLabel, render: (r) => breakable(r.kindLabel), filter: 'select', width: '8.5rem' },
  { id: 'title', header: 'Titel', value: (r) => r.title, width: '11.75rem' },
  { id: 'audience', header: 'Zielgruppe', value: (r) => r.audience, width: '8.5rem' },
  { id: 'participants', header: 'Teil\u00adnehmende', value: (r) => r.participants, text: (r) => formatNumber(r.participants, 0), numeric: true, width: '6.75rem' },
  { id: 'cost', header: 'Kosten', value: (r) => r.costCents, text: (r) => formatCents(r.costCents), numeric: true, width: '6rem' },
  { id: 'budgetLine', header: 'Budgetlinie', value: (r) => r.budgetLineLabel, render: (r) => breakable(r.budgetLineLabel), filter: 'select', width: '9rem' },
];

export const ALL_YEARS = '';

/** Years to choose from: those with events and the current one, newest first. */
export function eventYears(rows: readonly { heldOn: string }[], today: string | undefined): string[] {
  const years = new Set(rows.map((r) => r.heldOn.slice(0, 4)));
  if (today) years.add(today.slice(0, 4));
  return [...years].sort().reverse();
}

export function inYear(row: { heldOn: string }, year: string): boolean {
  return year === ALL_YEARS || row.heldOn.startsWith(`${year}-`);
}
