import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Context } from '../../core/context';
import { addMinutesLocal } from '../../domain/dates';
import { LABELS } from '../../domain/labels';
import { readOfficeSettings } from '../../services/settings/officeSettings';
import { exportFile, type ExportFile } from '../exportFile';
import { exportBaseName, loadMeetingExportData, type MeetingExportData } from '../meeting/data/meetingData';
import { BERLIN_TZID, vtimezoneFor } from './berlinTimezone';

/** Stable per meeting, so importing the file again updates the entry instead of adding a second one. */
export const meetingUid = (meetingId: string) => `${meetingId}@kim-desk`;

/**
 * SEQUENCE must grow with every change, or Outlook ignores an updated file as outdated. Seconds from the
 * meeting's creation to its latest change (the meeting or its agenda) grow with each change and need no counter.
 */
export function meetingSequence(createdAt: string, changedAt: readonly string[]): number {
  const created = Date.parse(createdAt);
  const latest = Math.max(created, ...changedAt.map((at) => Date.parse(at)).filter((ms) => Number.isFinite(ms)));
  return Math.max(0, Math.floor((latest - created) / 1000));
}

/**
 * ical-generator writes a Date with a TZID in the machine's local zone; a zone-less local string is parsed as
 * local time and so written back unchanged: the stored Berlin wall time, on any machine.
 */
const wallTime = (local: string) => `${local.slice(0, 16)}:00`;

function description(data: MeetingExportData): string {
  const { meeting, agenda } = data.detail;
  const lines = [data.name];
  if (meeting.onlineUrl) lines.push(`Online-Teilnahme: ${meeting.onlineUrl}`);
  if (agenda.length > 0) {
    lines.push('', 'Tagesordnung:');
    for (const item of agenda) lines.push(`${item.number} ${item.title} (${LABELS.agendaItemKind[item.kind]})`);
  }
  return lines.join('\n');
}

/** One VEVENT in Europe/Berlin with its VTIMEZONE, as METHOD:PUBLISH (Outlook, Thunderbird and Google import it). */
export function meetingCalendar(ctx: Context, data: MeetingExportData): string {
  const { meeting, agenda } = data.detail;
  const office = readOfficeSettings(ctx);
  // No calendar-wide zone name: ical-generator would then write DTSTAMP without its "Z", which RFC 5545 forbids.
  const calendar = ical({
    prodId: { company: 'KIM Desk', product: 'Sitzungen', language: 'DE' },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: null, generator: vtimezoneFor },
  });
  calendar.createEvent({
    id: meetingUid(meeting.id),
    sequence: meetingSequence(meeting.createdAt, [meeting.updatedAt, ...agenda.map((i) => i.updatedAt)]),
    stamp: ctx.clock.now(),
    created: new Date(meeting.createdAt),
    lastModified: new Date(meeting.updatedAt),
    timezone: BERLIN_TZID,
    start: wallTime(meeting.startsAt),
    end: wallTime(addMinutesLocal(meeting.startsAt, meeting.durationMinutes)),
    summary: data.name,
    location: meeting.location ?? (meeting.onlineUrl ? 'Online' : null),
    url: meeting.onlineUrl,
    description: description(data),
    status: meeting.status === 'CANCELLED' ? ICalEventStatus.CANCELLED
      : meeting.status === 'PLANNED' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    organizer: office?.email ? { name: office.officeName, email: office.email } : null,
  });
  // RFC 5545 ends every content line, the last one included, with CRLF; ical-generator leaves the last one open.
  return `${calendar.toString()}\r\n`;
}

export function exportCalendar(ctx: Context, meetingId: string): ExportFile {
  const data = loadMeetingExportData(ctx, meetingId);
  return exportFile(exportBaseName(data, 'Termin'), 'ics', meetingCalendar(ctx, data));
}

