// Calendar arithmetic on ISO dates in UTC, so results never depend on the machine's time zone.

function parse(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
}

const format = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(isoDate: string, days: number): string {
  const d = parse(isoDate);
  d.setUTCDate(d.getUTCDate() + days);
  return format(d);
}

/** Adds months; a day that does not exist in the target month falls back to that month's last day. */
export function addMonths(isoDate: string, months: number): string {
  const d = parse(isoDate);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return format(d);
}

export const dateOf = (localDateTime: string) => localDateTime.slice(0, 10);
