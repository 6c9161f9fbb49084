import { useState } from 'react';
import { useApiData } from '../../api/useApiData';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { CommitteeArea } from './CommitteeArea';
import type { CommitteeRow } from './CommitteeFacts';
import { MeetingPage } from './meeting/MeetingPage';
import { NewSteeringGroupButton } from './NewSteeringGroupButton';
import { COMMITTEE_TABS, parseCommitteeRoute, type CommitteeTab } from './steeringPaths';

const BASE = '/lenkungsgruppe';
const CHOSEN_KEY = 'kim.steeringGroup';

export function SteeringGroupPage({ sub }: { sub: string }) {
  const route = parseCommitteeRoute(sub);
  if (route.kind === 'meeting') {
    return <MeetingPage key={route.meetingId} meetingId={route.meetingId} tab={route.tab} basePath={BASE} committeePath={() => BASE} />;
  }
  return <SteeringOverview tab={route.tab} />;
}

function SteeringOverview({ tab }: { tab: CommitteeTab }) {
  const label = COMMITTEE_TABS.find((t) => t.slug === tab)!.label;
  useDocumentTitle(`${label} – Lenkungsgruppe`);
  const { data, error } = useApiData('committees.list', { kind: 'STEERING_GROUP' });
  return (
    <>
      <PageTitle>Lenkungsgruppe</PageTitle>
      <p className="kern-body page-intro">
        Die Lenkungsgruppe legitimiert die Arbeit des KIM, beteiligt die Partner und entscheidet, welche Lösungen umgesetzt werden.
      </p>
      <Loading data={data} error={error} what="Lenkungsgruppe">
        {(committees) => committees.length === 0 ? (
          <>
            <EmptyState>Es ist noch keine Lenkungsgruppe erfasst. Legen Sie sie an, um Mitglieder, Geschäftsordnung und Sitzungen zu pflegen.</EmptyState>
            <NewSteeringGroupButton />
          </>
        ) : <ChosenCommittee committees={committees} tab={tab} />}
      </Loading>
    </>
  );
}

/** Most offices have one steering group; where there are several, the choice is kept for the session. */
function ChosenCommittee({ committees, tab }: { committees: readonly CommitteeRow[]; tab: CommitteeTab }) {
  const [chosenId, setChosenId] = useState(() => sessionStorage.getItem(CHOSEN_KEY) ?? '');
  const committee = committees.find((c) => c.id === chosenId) ?? committees[0];
  const choose = (id: string) => {
    sessionStorage.setItem(CHOSEN_KEY, id);
    setChosenId(id);
  };
  return (
    <>
      {committees.length > 1 ? (
        <div className="kern-form-input committee-choice">
          <label className="kern-label" htmlFor="steering-choice">Lenkungsgruppe auswählen</label>
          <div className="kern-form-input__select-wrapper">
            <select id="steering-choice" className="kern-form-input__select" value={committee.id} onChange={(e) => choose(e.target.value)}>
              {committees.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </div>
        </div>
      ) : null}
      <CommitteeArea committee={committee} tab={tab} basePath={BASE} meetingBase={BASE} />
    </>
  );
}
