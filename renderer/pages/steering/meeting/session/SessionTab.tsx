import { useApiData } from '../../../../api/useApiData';
import { useLatest } from '../../../../api/useLatest';
import { useToday } from '../../../../api/useToday';
import { Loading } from '../../../../components/Loading';
import type { MeetingDetail } from '../MeetingPage';
import { AttendanceSection } from './AttendanceSection';
import { ItemsSection } from './ItemsSection';
import { MarkHeldButton } from './MarkHeldButton';

/** Holding the meeting: attendance with the live quorum, then decisions, tasks and carry-overs per agenda item. */
export function SessionTab({ detail }: { detail: MeetingDetail }) {
  const loaded = useApiData('attendance.get', { meetingId: detail.meeting.id });
  const [attendance, setAttendance] = useLatest(loaded.data);
  const today = useToday();
  const { meeting } = detail;
  const started = today != null && meeting.startsAt.slice(0, 10) <= today;
  const editable = meeting.status === 'PLANNED' || meeting.status === 'INVITED' || meeting.status === 'HELD';
  const canRecord = started && (meeting.status === 'INVITED' || meeting.status === 'HELD');
  return (
    <Loading data={attendance} error={loaded.error} what="Die Anwesenheit">
      {(a) => (
        <>
          <AttendanceSection detail={detail} attendance={a} onSaved={setAttendance} editable={editable} started={started} />
          {(meeting.status === 'PLANNED' || meeting.status === 'INVITED') && started ? (
            <div className="page-section"><MarkHeldButton detail={detail} quorum={a.quorum} /></div>
          ) : null}
          <ItemsSection detail={detail} attendance={a} canRecord={canRecord} />
        </>
      )}
    </Loading>
  );
}
