import type { OutputOf } from '../../../../db/api/contract';
import { formatDate } from '../../../format/date';
import { formatFte } from '../../../format/fte';
import { formatNumber } from '../../../format/number';

export type StaffingReport = OutputOf<'staffing.monthly'>;
export type StaffingPost = StaffingReport['posts'][number];
export type StaffingMonth = StaffingPost['months'][number];
export type Vacancy = StaffingReport['vacancies'][number];
export type PostStatus = NonNullable<StaffingMonth['status']>;

export const MONTH_SHORT = ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'];
export const MONTH_LONG = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** Short status words for the narrow month cells; the full word is read out and explained in the legend. */
export const STATUS_SHORT: Record<PostStatus, string> = { FILLED: 'bes.', VACANT: 'unbes.', ADVERTISED: 'ausg.' };

export interface StaffingCell {
  /** 'filled' | 'vacant' | 'advertised' | 'none': the CSS modifier; every one also has its own visible text. */
  kind: 'filled' | 'vacant' | 'advertised' | 'none';
  fte: string;
  short: string;
  /** The full status word ('besetzt'), from the value list of the core. */
  status: string;
}

const KIND: Record<PostStatus, StaffingCell['kind']> = { FILLED: 'filled', VACANT: 'vacant', ADVERTISED: 'advertised' };

/** One post in one month: its FTE and status; a month without any staffing period is "keine Stelle". */
export function cellOf(month: StaffingMonth, statusLabels: Record<string, string>): StaffingCell {
  if (month.status == null) return { kind: 'none', fte: '–', short: '', status: 'keine Stelle' };
  return { kind: KIND[month.status], fte: formatFte(month.fte), short: STATUS_SHORT[month.status], status: statusLabels[month.status] ?? month.status };
}

/** The people who held the post in the year, in order, each once ('Anna Beck, dann Jan Roth'). */
export function holdersOf(post: StaffingPost): string {
  const names: string[] = [];
  for (const m of post.months) {
    if (m.holderName && !names.includes(m.holderName)) names.push(m.holderName);
  }
  return names.join(', dann ');
}

/** '4,0 von 4,5 VZÄ besetzt' for a Baustein's month. */
export function filledOfFunded(filled: number, funded: number): string {
  return `${formatFte(filled)} von ${formatFte(funded)}`;
}

/** '87 %' of funded FTE-years that were filled; '–' when nothing was funded. */
export function filledShareText(share: number | null): string {
  return share == null ? '–' : `${formatNumber(share * 100, 0)}\u00a0%`;
}

/** '01.12.2024–28.02.2025' or 'seit 01.01.2022 (offen)'. */
export function vacancySpan(v: Vacancy): string {
  return v.to == null ? `seit ${formatDate(v.from)} (offen)` : `${formatDate(v.from)}–${formatDate(v.to)}`;
}

/** '90 Tage, davon 2 Monate im Jahr' – the duration people ask for and what the proof of staffing counts. */
export function vacancyDuration(v: Vacancy, year: number): string {
  const days = `${formatNumber(v.days, 0)} ${v.days === 1 ? 'Tag' : 'Tage'}${v.open ? ' bis heute' : ''}`;
  const months = `${v.monthsInYear} ${v.monthsInYear === 1 ? 'Monat' : 'Monate'} in ${year}`;
  return `${days}; ${months}`;
}
