import type { OutputOf } from '../../../../db/api/contract';
import { enumLabel, useEnums } from '../../../api/enums';
import { useApiData } from '../../../api/useApiData';
import { hrefFor } from '../../../app/router';
import { Alert } from '../../../components/Alert';
import { Loading } from '../../../components/Loading';
import { PageTitle, useDocumentTitle } from '../../../components/PageTitle';
import { StatusStepper } from '../../../components/StatusStepper';
import { meetingName } from '../meetingWording';
import { MEETING_TABS, meetingPath, type MeetingTab } from '../steeringPaths';
import { SubNav } from '../../../components/SubNav';
import { InvitationTab } from './invitation/InvitationTab';
import { MeetingActions } from './MeetingActions';
import { MeetingFacts } from './MeetingFacts';
import { MinutesTab } from './minutes/MinutesTab';
import { PreparationTab } from './preparation/PreparationTab';
import { SessionTab } from './session/SessionTab';
import { HistoryButton } from '../../../components/history/HistoryButton';

export type MeetingDetail = OutputOf<'meetings.get'>;

interface MeetingPageProps {
  meetingId: string;
  tab: MeetingTab;
  /** Where meetings open: '/lenkungsgruppe' or '/gruppen'. */
  basePath: string;
  /** Where the meeting's committee lives, for the way back to its meetings. */
  committeePath(committeeId: string): string;
}

const STEPS = [
  { key: 'PLANNED', label: 'geplant' },
  { key: 'INVITED', label: 'eingeladen' },
  { key: 'HELD', label: 'durchgeführt' },
  { key: 'MINUTES_APPROVED', label: 'Protokoll genehmigt' },
];

/** One meeting from its agenda to its approved minutes, in four areas. */
export function MeetingPage({ meetingId, tab, basePath, committeePath }: MeetingPageProps) {
  const { data, error } = useApiData('meetings.get', { id: meetingId });
  return (
    <Loading data={data} error={error} what="Die Sitzung">
      {(detail) => <MeetingView detail={detail} tab={tab} basePath={basePath} back={`${committeePath(detail.committee.id)}/sitzungen`} />}
    </Loading>
  );
}

function MeetingView({ detail, tab, basePath, back }: { detail: MeetingDetail; tab: MeetingTab; basePath: string; back: string }) {
  const enums = useEnums();
  const { meeting, committee } = detail;
  const name = meetingName(meeting);
  const tabLabel = MEETING_TABS.find((t) => t.slug === tab)!.label;
  useDocumentTitle(`${tabLabel} – ${name}`);
  return (
    <>
      <p className="back-link">
        <a className="kern-link" href={hrefFor(back)}>
          <span className="kern-icon kern-icon--chevron-left kern-icon--small" aria-hidden="true" />
          Alle Sitzungen: {committee.name}
        </a>
      </p>
      <PageTitle>{name}</PageTitle>
      <MeetingFacts detail={detail} />
      {meeting.status === 'CANCELLED' ? (
        <Alert variant="warning" title="Diese Sitzung wurde abgesagt">
          <p className="kern-body">{meeting.notes ?? enumLabel(enums, 'meetingStatus', meeting.status)}</p>
        </Alert>
      ) : <StatusStepper label="Stand der Sitzung" steps={STEPS} current={meeting.status} />}
      <MeetingActions detail={detail} back={back} />
      <p className="history-page-action"><HistoryButton entity="meetings" entityId={meeting.id} name={name} /></p>
      <SubNav label="Bereiche der Sitzung" items={MEETING_TABS} current={tab} pathOf={(slug) => meetingPath(basePath, meeting.id, slug as MeetingTab)} />
      {tab === 'vorbereitung' ? <PreparationTab detail={detail} /> : null}
      {tab === 'einladung' ? <InvitationTab detail={detail} /> : null}
      {tab === 'sitzung' ? <SessionTab detail={detail} /> : null}
      {tab === 'protokoll' ? <MinutesTab detail={detail} /> : null}
    </>
  );
}
