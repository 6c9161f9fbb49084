import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { seededCore, type MeetingExportSeed } from '../../../helpers/seedMeetingExport';
import type { TestCore } from '../../../helpers/core';

/** Read back with Mozilla's parser (used by Thunderbird), independent of how we wrote the file. */
let t: TestCore;
let seed: MeetingExportSeed;
beforeAll(async () => ({ t, seed } = await seededCore()));
afterAll(() => t.dispose());

async function parsed() {
  const file = await t.api.send('exports.calendar', { meetingId: seed.meetingId });
  const calendar = new ICAL.Component(ICAL.parse(Buffer.from(file.dataBase64, 'base64').toString('utf8')));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return { calendar, event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) };
}

describe('the .ics read by ical.js', () => {
  it('is one event in Europe/Berlin at 14:00 local time, 13:00 UTC in winter', async () => {
    const { calendar, event } = await parsed();
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(event.startDate.zone.tzid).toBe('Europe/Berlin');
    expect(event.startDate.toString()).toBe('2025-03-12T14:00:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2025-03-12T13:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2025-03-12T15:00:00.000Z');
  });

  it('keeps umlauts and a stable uid', async () => {
    const { event } = await parsed();
    expect(event.summary).toBe('3. Sitzung der Lenkungsgruppe KI/KIM');
    expect(event.uid).toBe(`${seed.meetingId}@kim-desk`);
    expect(event.description).toContain('Begrüßung');
  });
});
