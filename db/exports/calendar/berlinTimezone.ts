/**
 * Europe/Berlin as an RFC 5545 VTIMEZONE: CET/CEST with the EU rule in force since 1996 (summer time from the
 * last Sunday of March, 02:00, to the last Sunday of October, 03:00). Meetings are planned for the coming years,
 * so the current rule is all a calendar needs; a test checks it against the time-zone database of the runtime.
 * Static text instead of a dependency: ical-generator asks for a generator function and ships none.
 */
export const BERLIN_TZID = 'Europe/Berlin';

export const BERLIN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${BERLIN_TZID}`,
  `X-LIC-LOCATION:${BERLIN_TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** The VTIMEZONE generator ical-generator calls per time zone used; only Berlin is known. */
export function vtimezoneFor(tzid: string): string | null {
  return tzid === BERLIN_TZID ? BERLIN_VTIMEZONE : null;
}
