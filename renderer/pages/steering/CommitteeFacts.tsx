import type { OutputOf } from '../../../db/api/contract';
import { enumLabel, useEnums } from '../../api/enums';
import { formatDate } from '../../format/date';
import { HistoryButton } from '../../components/history/HistoryButton';

export type CommitteeRow = OutputOf<'committees.list'>[number];

/** The key facts of a committee in one line of KERN description items. */
export function CommitteeFacts({ committee }: { committee: CommitteeRow }) {
  const enums = useEnums();
  const facts: [string, string][] = [
    ['Stand', enumLabel(enums, 'committeeStatus', committee.status)],
    ['Mitglieder', String(committee.memberCount)],
    ['Sitzungen', String(committee.meetingCount)],
    ['Letzte Sitzung', formatDate(committee.lastMeetingOn) || '–'],
    ['Nächste Sitzung', formatDate(committee.nextMeetingOn) || '–'],
  ];
  return (
    <>
      <dl className="kern-description-list facts facts--inline">
        {facts.map(([key, value]) => (
          <div className="kern-description-list-item" key={key}>
            <dt className="kern-description-list-item__key">{key}</dt>
            <dd className="kern-description-list-item__value">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="history-page-action"><HistoryButton entity="committees" entityId={committee.id} name={committee.name} /></p>
    </>
  );
}
