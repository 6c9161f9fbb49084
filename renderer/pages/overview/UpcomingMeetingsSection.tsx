import type { OutputOf } from '../../../db/api/contract';
import { enumLabel, useEnums } from '../../api/enums';
import { formatLocalDateTime } from '../../format/date';
import { ListTableSection } from './ListTableSection';

type Meeting = OutputOf<'overview.summary'>['upcomingMeetings'][number];

export function UpcomingMeetingsSection({ meetings }: { meetings: readonly Meeting[] }) {
  const enums = useEnums();
  return (
    <ListTableSection title="Anstehende Sitzungen" empty="Es sind keine Sitzungen geplant." rows={meetings} columns={[
      { header: 'Termin', cell: (m) => formatLocalDateTime(m.startsAt), nowrap: true },
      { header: 'Gremium', cell: (m) => m.committeeName },
      { header: 'Titel', cell: (m) => m.title ?? '' },
      { header: 'Stand', cell: (m) => enumLabel(enums, 'meetingStatus', m.status) },
    ]} />
  );
}
