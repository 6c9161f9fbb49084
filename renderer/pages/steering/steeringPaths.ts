/** The areas of a committee's page and of one meeting's page, as they appear in the address ('#/lenkungsgruppe/mitglieder'). */
export const COMMITTEE_TABS = [
  { slug: 'sitzungen', label: 'Sitzungen' },
  { slug: 'mitglieder', label: 'Mitglieder' },
  { slug: 'geschaeftsordnung', label: 'Geschäftsordnung' },
  { slug: 'themenspeicher', label: 'Themenspeicher' },
  { slug: 'beschlusskontrolle', label: 'Beschlusskontrolle' },
] as const;

export const MEETING_TABS = [
  { slug: 'vorbereitung', label: 'Vorbereitung' },
  { slug: 'einladung', label: 'Einladung' },
  { slug: 'sitzung', label: 'Sitzung' },
  { slug: 'protokoll', label: 'Protokoll' },
] as const;

export type CommitteeTab = (typeof COMMITTEE_TABS)[number]['slug'];
export type MeetingTab = (typeof MEETING_TABS)[number]['slug'];

export type CommitteeRoute =
  | { kind: 'tab'; tab: CommitteeTab }
  | { kind: 'meeting'; meetingId: string; tab: MeetingTab };

/**
 * What a sub-path under a committee area shows: '' and unknown names the meetings list, 'sitzung/<id>' a meeting
 * (its preparation first), 'sitzung/<id>/protokoll' one of its areas.
 */
export function parseCommitteeRoute(sub: string): CommitteeRoute {
  const [first, id, tab] = sub.split('/').filter(Boolean);
  if (first === 'sitzung' && id) {
    const known = MEETING_TABS.find((t) => t.slug === tab);
    return { kind: 'meeting', meetingId: id, tab: known?.slug ?? 'vorbereitung' };
  }
  const known = COMMITTEE_TABS.find((t) => t.slug === first);
  return { kind: 'tab', tab: known?.slug ?? 'sitzungen' };
}

export function meetingPath(basePath: string, meetingId: string, tab?: MeetingTab): string {
  return `${basePath}/sitzung/${meetingId}${tab ? `/${tab}` : ''}`;
}

/** Where a meeting of any committee opens: steering group meetings under Lenkungsgruppe, all others under Gruppen. */
export function committeeMeetingPath(kind: string | undefined, meetingId: string, tab?: MeetingTab): string {
  return meetingPath(kind === 'STEERING_GROUP' ? '/lenkungsgruppe' : '/gruppen', meetingId, tab);
}
