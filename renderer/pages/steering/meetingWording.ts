import { formatDate } from '../../format/date';

interface MeetingNameParts {
  sequenceNo: number | null;
  title: string | null;
  startsAt: string;
}

/** The heading of a meeting: its title, else "3. Sitzung", else "Sitzung am 12.03.2025". */
export function meetingName(m: MeetingNameParts): string {
  if (m.title) return m.title;
  if (m.sequenceNo != null) return `${m.sequenceNo}. Sitzung`;
  return `Sitzung am ${formatDate(m.startsAt)}`;
}

/** How a meeting is chosen from a list: "3. Sitzung am 12.03.2025". */
export function meetingChoiceLabel(m: MeetingNameParts): string {
  const name = m.sequenceNo != null ? `${m.sequenceNo}. Sitzung` : m.title ?? 'Sitzung';
  return `${name} am ${formatDate(m.startsAt)}`;
}

/** "1 Minute", "95 Minuten". */
export function minutesText(n: number): string {
  return `${n} ${n === 1 ? 'Minute' : 'Minuten'}`;
}
