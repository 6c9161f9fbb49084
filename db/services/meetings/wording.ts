import type { MeetingStatus } from '../../domain/enums';
import { LABELS } from '../../domain/labels';
import { formatDate } from '../../domain/format';

/** '2025-03-12' → '12.03.2025' for messages. */
export const germanDate = (isoDate: string): string => formatDate(isoDate);

/** How users name a meeting: "3. Sitzung am 12.03.2025", or its title when it has no number. */
export function meetingLabel(m: { sequenceNo: number | null; title: string | null; startsAt: string }): string {
  const name = m.sequenceNo != null ? `${m.sequenceNo}. Sitzung` : m.title ?? 'Sitzung';
  return `${name} am ${germanDate(m.startsAt.slice(0, 10))}`;
}

/** "geplant", "eingeladen", "durchgeführt", … */
export const statusLabel = (status: MeetingStatus) => LABELS.meetingStatus[status];

const STATE: Record<MeetingStatus, string> = {
  PLANNED: 'ist erst geplant',
  INVITED: 'ist bereits eingeladen',
  HELD: 'wurde bereits durchgeführt',
  MINUTES_APPROVED: 'wurde bereits durchgeführt und ihr Protokoll genehmigt',
  CANCELLED: 'wurde abgesagt',
};

/** Completes "Die 3. Sitzung am 12.03.2025 …" with the meeting's state, for refusals. */
export const stateClause = (status: MeetingStatus) => STATE[status];

/** "1 Tag", "9 Tage". */
export const days = (n: number) => `${n} ${Math.abs(n) === 1 ? 'Tag' : 'Tage'}`;

/** After "von": "1 Tag", "14 Tagen". */
export const daysDative = (n: number) => `${n} ${Math.abs(n) === 1 ? 'Tag' : 'Tagen'}`;
