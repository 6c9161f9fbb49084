import type { Context } from '../../../core/context';
import { dateOf } from '../../../domain/dates';
import { getMeeting, type MeetingDetail } from '../../../services/meetings/getMeeting';
import { readOfficeSettings } from '../../../services/settings/officeSettings';
import type { Letterhead } from '../../docx/headerFooter';
import { meetingName, meetingOrdinal } from '../wording';

export interface Signatory {
  name: string;
  /** Function or seat, e.g. "Gesamtkoordination KIM". */
  role: string | null;
}

/** Everything the invitation, agenda and calendar need about one meeting. */
export interface MeetingExportData {
  detail: MeetingDetail;
  /** "9. Sitzung der Lenkungsgruppe KI/KIM" */
  name: string;
  /** "9. Sitzung" */
  ordinal: string;
  letterhead: Letterhead | null;
  /** Who signs the invitation: the committee's Geschäftsführung on the meeting day, else the overall coordination. */
  signatory: Signatory | null;
}

interface SeatHolder { name: string; fn: string | null; seatLabel: string | null }

function secretariat(ctx: Context, committeeId: string, day: string): SeatHolder | undefined {
  return ctx.sqlite.prepare(`
    SELECT p.name, p.function AS fn, m.seat_label AS seatLabel
    FROM committee_memberships m JOIN persons p ON p.id = m.person_id
    WHERE m.committee_id = @committeeId AND m.role = 'SECRETARIAT'
      AND (m.valid_from IS NULL OR m.valid_from <= @day) AND (m.valid_to IS NULL OR m.valid_to >= @day)
    ORDER BY m.valid_from DESC, m.created_at LIMIT 1
  `).get({ committeeId, day }) as SeatHolder | undefined;
}

function overallCoordinator(ctx: Context): SeatHolder | undefined {
  return ctx.sqlite.prepare(`
    SELECT p.name, p.function AS fn, NULL AS seatLabel FROM posts s JOIN persons p ON p.id = s.holder_person_id
    WHERE s.is_overall_coordination = 1 AND s.status = 'FILLED' ORDER BY s.label LIMIT 1
  `).get() as SeatHolder | undefined;
}

export function readLetterhead(ctx: Context): Letterhead | null {
  const office = readOfficeSettings(ctx);
  if (!office) return null;
  return {
    officeName: office.officeName, officeUnit: office.officeUnit, addressLines: office.addressLines,
    email: office.email, phone: office.phone,
  };
}

export function loadMeetingExportData(ctx: Context, meetingId: string): MeetingExportData {
  const detail = getMeeting(ctx, meetingId);
  const day = dateOf(detail.meeting.startsAt);
  const signer = secretariat(ctx, detail.committee.id, day) ?? overallCoordinator(ctx);
  return {
    detail,
    name: meetingName(detail.meeting, detail.committee),
    ordinal: meetingOrdinal(detail.meeting),
    letterhead: readLetterhead(ctx),
    signatory: signer ? { name: signer.name, role: signer.fn ?? signer.seatLabel } : null,
  };
}

/** "2026-12-08 Einladung LG KI-KIM 9. Sitzung": sorts by date in a folder and says what it is. */
export function exportBaseName(data: MeetingExportData, what: string): string {
  const { meeting, committee } = data.detail;
  return `${dateOf(meeting.startsAt)} ${what} ${committee.shortName ?? committee.name} ${data.ordinal}`;
}
