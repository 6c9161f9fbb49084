import { FollowUpSection } from '../followUp/FollowUpSection';
import { BacklogTopicsTab } from './BacklogTopicsTab';
import { CommitteeFacts, type CommitteeRow } from './CommitteeFacts';
import { MeetingsTab } from './MeetingsTab';
import { RosterTab } from './roster/RosterTab';
import { RulesTab } from './RulesTab';
import { COMMITTEE_TABS, type CommitteeTab } from './steeringPaths';
import { SubNav } from '../../components/SubNav';

interface CommitteeAreaProps {
  committee: CommitteeRow;
  tab: CommitteeTab;
  /** '/lenkungsgruppe' or '/gruppen/<id>': where this committee's areas live. */
  basePath: string;
  /** '/lenkungsgruppe' or '/gruppen': where its meetings open. */
  meetingBase: string;
  /** The name as a heading; left out where the page title already is the committee. */
  showName?: boolean;
}

/** One committee of any kind: facts, then meetings, roster, rules, noted topics and its follow-up list. */
export function CommitteeArea({ committee, tab, basePath, meetingBase, showName = true }: CommitteeAreaProps) {
  return (
    <>
      {showName ? <h2 className="kern-heading-medium committee-name">{committee.name}</h2> : null}
      <CommitteeFacts committee={committee} />
      <SubNav label={`Bereiche: ${committee.name}`} items={COMMITTEE_TABS} current={tab} pathOf={(slug) => `${basePath}/${slug}`} />
      {tab === 'sitzungen' ? <MeetingsTab key={committee.id} committee={committee} meetingBase={meetingBase} /> : null}
      {tab === 'mitglieder' ? <RosterTab key={committee.id} committee={committee} /> : null}
      {tab === 'geschaeftsordnung' ? <RulesTab key={committee.id} committee={committee} /> : null}
      {tab === 'themenspeicher' ? <BacklogTopicsTab key={committee.id} committee={committee} /> : null}
      {tab === 'beschlusskontrolle' ? <FollowUpSection key={committee.id} defaultCommitteeId={committee.id} /> : null}
    </>
  );
}
