import type { DecisionFields } from '../decisions/readDecisions';
import type {
  AgendaItemKind, AgendaItemStatus, AttendanceStatus, CommitteeKind, MembershipRole, StandingItem, TaskStatus,
} from '../../domain/enums';
import type { QuorumResult } from '../attendance/quorum';
import type { MinutesStatus } from './locks';

/** The Ergebnisprotokoll as data: minutes.get returns it, the Word export (exports.minutes) renders it. */
export interface MinutesModel {
  meetingId: string;
  /** null while no minutes were started (the model is then a preview generated from the records). */
  status: MinutesStatus | null;
  header: MinutesHeader;
  preamble: string | null;
  closingText: string | null;
  attendance: MinutesAttendance;
  quorum: QuorumResult;
  items: MinutesItem[];
  /** Tasks agreed in the meeting without a decision (they are not tied to an agenda item). */
  meetingTasks: MinutesTask[];
  approval: { approvedInMeetingId: string; approvedInMeetingLabel: string; approvedOn: string | null } | null;
  amendments: MinutesAmendment[];
  contentHash: string | null;
  /** For approved minutes: does the record still hash to the approved value? null before approval. */
  intact: boolean | null;
}

export interface MinutesHeader {
  committeeId: string;
  committeeName: string;
  committeeShortName: string | null;
  committeeKind: CommitteeKind;
  sequenceNo: number | null;
  /** "5. Sitzung der Lenkungsgruppe KI/KIM" */
  title: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  location: string | null;
  onlineUrl: string | null;
  chairName: string | null;
  author: string | null;
}

export interface Attendee {
  membershipId: string | null;
  personId: string | null;
  organisationId: string | null;
  /** Person, else organisation. */
  name: string;
  organisationName: string | null;
  seatLabel: string | null;
  role: MembershipRole | null;
  status: AttendanceStatus | null;
  representedByPersonId: string | null;
  representedByName: string | null;
  arrivedBeforeItemId: string | null;
  leftAfterItemId: string | null;
  note: string | null;
}

export interface MinutesAttendance {
  present: Attendee[];
  represented: Attendee[];
  excused: Attendee[];
  absent: Attendee[];
  guests: Attendee[];
  /** Seats with nothing recorded; should be empty for a finished record. */
  notRecorded: Attendee[];
}

export interface MinutesDecision extends DecisionFields {
  tasks: MinutesTask[];
}

export interface MinutesTask {
  id: string;
  title: string;
  ownerName: string;
  dueDate: string | null;
  status: TaskStatus;
}

export interface MinutesItem {
  agendaItemId: string;
  /** "TOP 3" */
  number: string;
  position: number;
  title: string;
  kind: AgendaItemKind;
  standingItem: StandingItem | null;
  presenter: string | null;
  status: AgendaItemStatus;
  /** The edited text of the item (empty string while none was written). */
  minutesText: string;
  carryReason: string | null;
  decisions: MinutesDecision[];
  /** Set when attendance at this item differs from the opening quorum (arrivals, departures). */
  quorumNote: string | null;
}

export interface MinutesAmendment {
  id: string;
  amendedOn: string;
  reason: string;
  text: string;
  agendaItemId: string | null;
  agendaItemNumber: string | null;
}
