import { useMemo, useRef, useState } from 'react';
import type { InputOf, OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { dataChanged } from '../../api/changes';
import { enumLabel, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import { hrefFor, navigate } from '../../app/router';
import type { ColumnSpec } from '../../components/dataTable/columnSpec';
import { FormDialog } from '../../components/form/FormDialog';
import { ReadOnlyList } from '../../components/ReadOnlyList';
import { formatLocalDateTime } from '../../format/date';
import type { CommitteeRow } from './CommitteeFacts';
import { MEETING_FIELDS } from './meetingFields';
import { meetingName } from './meetingWording';
import { meetingPath } from './steeringPaths';

type Meeting = OutputOf<'meetings.list'>[number];
type Input = InputOf<'meetings.create'>;

/** The committee's meetings, newest first, each opening its own page; "Neue Sitzung" plans the next one. */
export function MeetingsTab({ committee, meetingBase }: { committee: CommitteeRow; meetingBase: string }) {
  const enums = useEnums();
  const { data, error } = useApiData('meetings.list', { committeeId: committee.id });
  const [creating, setCreating] = useState(false);
  const columns = useMemo((): ColumnSpec<Meeting>[] => [
    {
      id: 'name', header: 'Sitzung', value: (m) => m.startsAt, text: (m) => meetingName(m), width: '15rem',
      render: (m) => <a className="kern-link" href={hrefFor(meetingPath(meetingBase, m.id))}>{meetingName(m)}</a>,
    },
    { id: 'startsAt', header: 'Termin', value: (m) => m.startsAt, text: (m) => formatLocalDateTime(m.startsAt), width: '11rem' },
    { id: 'status', header: 'Stand', value: (m) => enumLabel(enums, 'meetingStatus', m.status), filter: 'select', width: '10rem' },
    { id: 'location', header: 'Ort', value: (m) => m.location, width: '12rem' },
    { id: 'agenda', header: 'TOPs', value: (m) => m.agendaItemCount, numeric: true, width: '4.5rem' },
    { id: 'decisions', header: 'Beschlüsse', value: (m) => m.decisionCount, numeric: true, width: '6.5rem' },
  ], [enums, meetingBase]);
  const createdId = useRef('');
  return (
    <section className="page-section" aria-labelledby="meetings-heading">
      <div className="section-head">
        <h3 id="meetings-heading" className="kern-heading-small">Sitzungen</h3>
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => setCreating(true)}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">Neue Sitzung</span>
        </button>
      </div>
      <ReadOnlyList label={`Sitzungen: ${committee.name}`} rows={data} error={error} columns={columns} getRowId={(m) => m.id}
        initialSort={[{ id: 'name', desc: true }]} emptyText="Für dieses Gremium sind noch keine Sitzungen erfasst. Planen Sie die erste mit „Neue Sitzung“." />
      {creating ? (
        <FormDialog title="Neue Sitzung" fields={MEETING_FIELDS} submitLabel="Anlegen"
          save={async (input) => {
            const created = await api.send('meetings.create', { ...(input as Omit<Input, 'committeeId'>), committeeId: committee.id });
            createdId.current = created.meeting.id;
          }}
          onSaved={() => {
            dataChanged();
            setCreating(false);
            // The agenda of the new meeting is the next thing to do.
            if (createdId.current) navigate(meetingPath(meetingBase, createdId.current, 'vorbereitung'));
          }}
          onClose={() => setCreating(false)} />
      ) : null}
    </section>
  );
}
