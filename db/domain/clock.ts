/** Injected so tests (and the browser tests' server) can set "today" instead of waiting for it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new Error(`Invalid clock time: ${iso}`);
  return { now: () => new Date(at.getTime()) };
}

/** Today's date in Europe/Berlin as YYYY-MM-DD: the office's calendar day, not UTC's. */
export function berlinToday(clock: Clock): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(clock.now());
}
