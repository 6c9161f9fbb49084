import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BERLIN_VTIMEZONE } from '../../../../db/exports/calendar/berlinTimezone';
import { meetingSequence } from '../../../../db/exports/calendar/meetingCalendar';
import { find, parseIcs, prop, unfold, type IcsComponent } from '../../../helpers/ics';
import { runSql, seededCore, type MeetingExportSeed } from '../../../helpers/seedMeetingExport';
import type { TestCore } from '../../../helpers/core';

let t: TestCore;
let seed: MeetingExportSeed;

beforeAll(async () => ({ t, seed } = await seededCore()));
afterAll(() => t.dispose());

async function calendar(meetingId = seed.meetingId) {
  const file = await t.api.send('exports.calendar', { meetingId });
  const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
  const root = parseIcs(text);
  return { file, text, root, event: find(root, 'VEVENT')[0] };
}

const value = (c: IcsComponent, name: string) => prop(c, name)?.value;

describe('exports.calendar', () => {
  it('is an .ics file with one event at Berlin wall time, referencing a VTIMEZONE', async () => {
    const { file, root, event } = await calendar();
    expect(file.fileName).toBe('2025-03-12 Termin LG KI-KIM 3. Sitzung.ics');
    expect(file.mimeType).toBe('text/calendar; charset=utf-8');
    const cal = find(root, 'VCALENDAR')[0];
    expect(value(cal, 'VERSION')).toBe('2.0');
    expect(value(cal, 'METHOD')).toBe('PUBLISH');
    expect(find(root, 'VEVENT')).toHaveLength(1);
    expect(prop(event, 'DTSTART')).toEqual({ name: 'DTSTART', params: { TZID: 'Europe/Berlin' }, value: '20250312T140000' });
    expect(prop(event, 'DTEND')).toEqual({ name: 'DTEND', params: { TZID: 'Europe/Berlin' }, value: '20250312T160000' });
    const [tz] = find(root, 'VTIMEZONE');
    expect(value(tz, 'TZID')).toBe('Europe/Berlin');
    expect(find(tz, 'STANDARD').map((c) => value(c, 'TZOFFSETTO'))).toEqual(['+0100']);
    expect(find(tz, 'DAYLIGHT').map((c) => value(c, 'TZOFFSETTO'))).toEqual(['+0200']);
  });

  it('carries summary, place, link, organizer and the agenda with umlauts intact', async () => {
    const { event, text } = await calendar();
    expect(value(event, 'SUMMARY')).toBe('3. Sitzung der Lenkungsgruppe KI/KIM');
    expect(value(event, 'LOCATION')).toBe('Kreishaus, Raum 101 (Erdgeschoss)');
    expect(value(event, 'URL')).toBe('https://meet.example/lg-3');
    expect(prop(event, 'ORGANIZER')).toEqual({
      name: 'ORGANIZER', params: { CN: 'Koordinierungsstelle KIM Kreis Musterland' }, value: 'mailto:kim@kreis-musterland.example',
    });
    expect(value(event, 'STATUS')).toBe('CONFIRMED');
    expect(value(event, 'DESCRIPTION')).toBe([
      '3. Sitzung der Lenkungsgruppe KI/KIM',
      'Online-Teilnahme: https://meet.example/lg-3',
      '',
      'Tagesordnung:',
      'TOP 1 Begrüßung und Feststellung der Beschlussfähigkeit (Information)',
      'TOP 2 Genehmigung des Protokolls der letzten Sitzung (Beschluss)',
      'TOP 3 Bericht der Koordination (Bericht)',
      'TOP 4 Wohnraum für Geflüchtete: Maßnahmenvorschläge (Beschluss)',
      'TOP 5 Bericht des Arbeitskreises Gesundheit (Bericht)',
      'TOP 6 Stand der Beschlüsse (Bericht)',
      'TOP 7 Verschiedenes (Information)',
    ].join('\n'));
    // Folded lines stay within 75 octets, never splitting a multi-byte character, and every line ends in CRLF.
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('stamps DTSTAMP in UTC from the core clock', async () => {
    const { event } = await calendar();
    expect(value(event, 'DTSTAMP')).toBe('20250301T090000Z');
  });

  it('keeps the UID per meeting and raises SEQUENCE when the meeting changes, so a re-import updates the entry', async () => {
    const first = await calendar();
    expect(value(first.event, 'UID')).toBe(`${seed.meetingId}@kim-desk`);
    expect(value(first.event, 'SEQUENCE')).toBe('0');
    runSql(t, "UPDATE meetings SET starts_at = '2025-03-12T15:00', updated_at = '2025-03-01T10:30:00.000Z' WHERE id = ?", seed.meetingId);
    try {
      const second = await calendar();
      expect(value(second.event, 'UID')).toBe(value(first.event, 'UID'));
      expect(Number(value(second.event, 'SEQUENCE'))).toBe(5400);
      expect(value(second.event, 'DTSTART')).toBe('20250312T150000');
    } finally {
      runSql(t, "UPDATE meetings SET starts_at = '2025-03-12T14:00', updated_at = created_at WHERE id = ?", seed.meetingId);
    }
  });

  it('marks a planned meeting tentative and a cancelled one cancelled, so calendars can remove it', async () => {
    runSql(t, "UPDATE meetings SET status = 'CANCELLED' WHERE id = ?", seed.meetingId);
    try {
      expect(value((await calendar()).event, 'STATUS')).toBe('CANCELLED');
    } finally {
      runSql(t, "UPDATE meetings SET status = 'INVITED' WHERE id = ?", seed.meetingId);
    }
    expect(value((await calendar(seed.groupMeetingId)).event, 'STATUS')).toBe('TENTATIVE');
  });

  describe('on a machine in another time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it.each(['America/New_York', 'Asia/Kolkata', 'UTC'])('still writes the Berlin wall time (%s)', async (zone) => {
      process.env.TZ = zone;
      expect(new Date(2025, 0, 1).getTimezoneOffset()).toBe(zone === 'UTC' ? 0 : zone === 'Asia/Kolkata' ? -330 : 300);
      const { event } = await calendar();
      expect(value(event, 'DTSTART')).toBe('20250312T140000');
      expect(value(event, 'DTSTAMP')).toBe('20250301T090000Z');
    });
  });
});

describe('the sequence number', () => {
  it('counts seconds from creation to the latest change of meeting or agenda', () => {
    expect(meetingSequence('2025-03-01T09:00:00.000Z', ['2025-03-01T09:00:00.000Z'])).toBe(0);
    expect(meetingSequence('2025-03-01T09:00:00.000Z', ['2025-03-01T09:00:30.000Z', '2025-03-01T09:02:00.000Z'])).toBe(120);
    expect(meetingSequence('2025-03-01T09:00:00.000Z', ['not a date'])).toBe(0);
  });
});

describe('the static Europe/Berlin VTIMEZONE', () => {
  /** Offset in minutes the VTIMEZONE rules give for an instant: summer time from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC. */
  function ruleOffset(instant: Date): number {
    const year = instant.getUTCFullYear();
    const lastSunday = (month: number) => {
      const last = new Date(Date.UTC(year, month + 1, 0));
      return last.getUTCDate() - last.getUTCDay();
    };
    const start = Date.UTC(year, 2, lastSunday(2), 1);
    const end = Date.UTC(year, 9, lastSunday(9), 1);
    return instant.getTime() >= start && instant.getTime() < end ? 120 : 60;
  }

  const berlin = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Berlin', hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
  });

  function tzdbOffset(instant: Date): number {
    const parts = Object.fromEntries(berlin.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
    return (Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) - instant.getTime()) / 60_000;
  }

  it('states exactly the rules the check below assumes', () => {
    const [tz] = find(parseIcs(`${BERLIN_VTIMEZONE}\r\n`), 'VTIMEZONE');
    const daylight = find(tz, 'DAYLIGHT')[0];
    const standard = find(tz, 'STANDARD')[0];
    expect([value(daylight, 'DTSTART'), value(daylight, 'RRULE'), value(daylight, 'TZOFFSETFROM')]).toEqual(['19700329T020000', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', '+0100']);
    expect([value(standard, 'DTSTART'), value(standard, 'RRULE'), value(standard, 'TZOFFSETFROM')]).toEqual(['19701025T030000', 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', '+0200']);
    expect(unfold(`${BERLIN_VTIMEZONE}\r\n`).every((line) => line.length <= 75)).toBe(true);
  });

  it('agrees with the time-zone database every six hours from 2000 to 2040 and around every switch', () => {
    const mismatches: string[] = [];
    for (let ms = Date.UTC(2000, 0, 1); ms < Date.UTC(2041, 0, 1); ms += 6 * 3_600_000) {
      const at = new Date(ms);
      if (ruleOffset(at) !== tzdbOffset(at)) mismatches.push(at.toISOString());
    }
    for (let year = 2000; year <= 2040; year++) {
      for (const month of [2, 9]) {
        const last = new Date(Date.UTC(year, month + 1, 0));
        const switchAt = Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
        for (const at of [new Date(switchAt - 60_000), new Date(switchAt)]) {
          if (ruleOffset(at) !== tzdbOffset(at)) mismatches.push(at.toISOString());
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
