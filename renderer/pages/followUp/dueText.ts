import { formatDate } from '../../format/date';

interface DueRow {
  dueDate: string | null;
  status: string;
  overdue: boolean;
  daysOverdue: number;
}

const days = (n: number) => `${n} ${n === 1 ? 'Tag' : 'Tagen'}`;

function daysUntil(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The state of a deadline in words, so it never depends on colour: "überfällig seit 12 Tagen", "heute fällig",
 * "fällig in 3 Tagen"; empty for done, discarded or deferred tasks and for tasks without a date.
 */
export function dueText(row: DueRow, today: string | undefined, soonDays = 14): string {
  if (row.overdue) return `überfällig seit ${days(row.daysOverdue)}`;
  if (!row.dueDate || !today || (row.status !== 'OPEN' && row.status !== 'IN_PROGRESS')) return '';
  const left = daysUntil(today, row.dueDate);
  if (left === 0) return 'heute fällig';
  if (left > 0 && left <= soonDays) return `fällig in ${days(left)}`;
  return '';
}

/** "12.03.2026 (überfällig seit 12 Tagen)" as the searchable text of the due column. */
export function dueCellText(row: DueRow, today: string | undefined): string {
  const state = dueText(row, today);
  return [formatDate(row.dueDate), state ? `(${state})` : ''].filter(Boolean).join(' ');
}
