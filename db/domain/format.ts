// German formats for everything the core writes for people (Word, iCalendar, messages).
// The renderer keeps its own copy in renderer/format (it may not import runtime code from db/); keep both alike.
import { addMinutesLocal } from './dates';

const NBSP = '\u00a0';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2})/;
const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** '2025-03-12' (or a longer ISO string) → '12.03.2025'; empty for no value. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** '2025-03-12' → 'Mittwoch, 12.03.2025', as invitations name the day. */
export function formatWeekdayDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay()];
  return `${weekday}, ${formatDate(iso)}`;
}

/** Local wall time 'YYYY-MM-DDTHH:mm' → '14:00'; meeting times are Berlin wall-clock time, never shifted. */
export function formatTime(local: string | null | undefined): string {
  if (!local) return '';
  const m = LOCAL_TIME.exec(local);
  return m ? `${m[1]}:${m[2]}` : '';
}

/** '2025-03-12T14:00' → '12.03.2025, 14:00 Uhr'; a date alone stays a date. */
export function formatDateTime(local: string | null | undefined): string {
  if (!local) return '';
  const time = formatTime(local);
  return time ? `${formatDate(local)}, ${time} Uhr` : formatDate(local);
}

/** Start and duration → '14:00–16:00 Uhr' (with the end's date when the meeting runs past midnight). */
export function formatTimeRange(startsAt: string, durationMinutes: number): string {
  const end = addMinutesLocal(startsAt, durationMinutes);
  const endText = end.slice(0, 10) === startsAt.slice(0, 10) ? formatTime(end) : `${formatDate(end)}, ${formatTime(end)}`;
  return `${formatTime(startsAt)}–${endText} Uhr`;
}

/**
 * A number in German notation with at most `maxDecimals` decimals: 1234.5 → '1.234,5'.
 * `minDecimals` pads trailing zeros (FTE, money); no value gives ''.
 */
export function formatNumber(value: number | null | undefined, maxDecimals = 2, minDecimals = 0): string {
  if (value == null || !Number.isFinite(value)) return '';
  const fixed = Math.abs(value).toFixed(maxDecimals);
  const [int, rawFrac = ''] = fixed.split('.');
  let frac = rawFrac.replace(/0+$/, '');
  while (frac.length < minDecimals) frac += '0';
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${groupThousands(int)}${frac ? `,${frac}` : ''}`;
}

/** Integer cents → '1.234,56 €' with a non-breaking space, so the sign never wraps onto a line of its own. */
export function formatEuro(cents: number | null | undefined): string {
  if (cents == null || !Number.isFinite(cents)) return '';
  return `${formatNumber(Math.round(cents) / 100, 2, 2)}${NBSP}€`;
}

/** Full-time equivalents as the funding guideline writes them: 0.5 → '0,5', 1 → '1,0', 0.75 → '0,75'. */
export function formatFte(fte: number | null | undefined): string {
  return formatNumber(fte, 2, 1);
}

/** A share 0..1 → '42,5 %' (non-breaking space, one decimal at most). */
export function formatPercent(share: number | null | undefined): string {
  if (share == null || !Number.isFinite(share)) return '';
  return `${formatNumber(share * 100, 1)}${NBSP}%`;
}

/** Planned minutes → '15 Min.'; whole hours stay in minutes, as agendas count them. */
export function formatMinutes(minutes: number | null | undefined): string {
  if (minutes == null || !Number.isFinite(minutes)) return '';
  return `${formatNumber(minutes, 0)}${NBSP}Min.`;
}

/** German plural of a counted noun: countLabel(1, 'Sitzung', 'Sitzungen') → '1 Sitzung'. */
export function countLabel(count: number, one: string, many: string): string {
  return `${formatNumber(count, 0)} ${count === 1 ? one : many}`;
}
