import { formatDate, formatLocalDateTime } from '../../../format/date';
import { minutesText } from '../meetingWording';
import type { MeetingDetail } from './MeetingPage';

/** When, how long, where and how to join; what a member asks first. */
export function MeetingFacts({ detail }: { detail: MeetingDetail }) {
  const { meeting } = detail;
  const facts: [string, React.ReactNode][] = [
    ['Termin', formatLocalDateTime(meeting.startsAt)],
    ['Dauer', minutesText(meeting.durationMinutes)],
    ['Ort', meeting.location ?? '–'],
  ];
  if (meeting.onlineUrl) facts.push(['Online', <span className="break-all" key="url">{meeting.onlineUrl}</span>]);
  if (meeting.invitationSentOn) facts.push(['Einladung versandt', formatDate(meeting.invitationSentOn)]);
  facts.push(['Geschäftsordnung', detail.rules.isDefault ? 'keine erfasst (Vorgaben)' : `Fassung ${detail.rules.version ?? ''}`]);
  return (
    <dl className="kern-description-list facts facts--inline">
      {facts.map(([key, value]) => (
        <div className="kern-description-list-item" key={key}>
          <dt className="kern-description-list-item__key">{key}</dt>
          <dd className="kern-description-list-item__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
