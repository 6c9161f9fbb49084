import type { Clock } from './clock';

// Calendar arithmetic on ISO dates ('YYYY-MM-DD') done in UTC, so results never depend on the machine's time zone.
// Meeting times are Europe/Berlin wall times ('YYYY-MM-DDTHH:mm'); the Berlin helpers convert at the edges.

const DAY_MS = 86_400_000;

function utcMidnight(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)));
}

const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(isoDate: string, days: number): string {
  return isoOf(utcMidnight(isoDate) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). Times of day are ignored. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to.slice(0, 10)) - utcMidnight(from.slice(0, 10))) / DAY_MS);
}

/** The calendar day of a local date-time ('2025-03-12T14:00' → '2025-03-12'). */
export const dateOf = (localDateTime: string): string => localDateTime.slice(0, 10);

/** Adds minutes to a local wall time, rolling over midnight ('2025-03-12T23:30' + 60 → '2025-03-13T00:30'). */
export function addMinutesLocal(localDateTime: string, minutes: number): string {
  const ms = utcMidnight(localDateTime) + (Number(localDateTime.slice(11, 13)) * 60 + Number(localDateTime.slice(14, 16)) + minutes) * 60_000;
  return new Date(ms).toISOString().slice(0, 16);
}

const berlinParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** The Berlin wall time of an instant, as 'YYYY-MM-DDTHH:mm'. */
export function berlinLocal(instant: Date): string {
  const p = Object.fromEntries(berlinParts.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

export function berlinNow(clock: Clock): string {
  return berlinLocal(clock.now());
}

/**
 * The instant of a Berlin wall time. In the autumn hour that occurs twice the earlier (summer time) instant is
 * taken; a spring-gap time that does not exist is moved forward by the gap, as calendar programs do.
 */
export function berlinToInstant(localDateTime: string): Date {
  const asUtc = utcMidnight(localDateTime) + (Number(localDateTime.slice(11, 13)) * 60 + Number(localDateTime.slice(14, 16))) * 60_000;
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    if (berlinLocal(candidate) === localDateTime.slice(0, 16)) return candidate;
  }
  return new Date(asUtc - 3_600_000);
}
