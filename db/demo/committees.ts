import { committeeMemberships, committeeReportDues, committees } from '../schema';
import type { CommitteeKind, CommitteeStatus, MembershipCategory, MembershipRole } from '../domain/enums';
import type { DemoBuilder } from './builder';
import { adminKey } from './masterData';

/** [seat label, category, organisation, person, deputy, role, occasional, from, to] */
type Seat = [string, MembershipCategory | null, string, string | null, string | null, MembershipRole, boolean, string, string | null];

const LG_START = '2022-05-10';

/** Lenkungsgruppe KI/KIM as listed in seed 002, section 5, plus the coordinators who run its business. */
const STEERING_SEATS: Seat[] = [
  ['Leitung Geschäftsbereich II „Jugend, Bildung und Integration“', 'INTERNAL', 'org:gb2', 'p:gb2Lead', 'p:gb2Deputy', 'CHAIR', false, LG_START, null],
  ['Geschäftsbereich IV „Gesundheit und Soziales“', 'INTERNAL', 'org:gb4', 'p:gb4Rep', 'p:gb4Deputy', 'VOTING', false, LG_START, null],
  ['Abteilungsleitung 49 „Kommunales Bildungs- und Integrationszentrum“', 'INTERNAL', 'org:abt49', 'p:abt49Lead', 'p:abt49Deputy', 'VOTING', false, LG_START, null],
  ['Teamleitung 49.1 „Kommunales Integrationszentrum“', 'INTERNAL', 'org:team491', 'p:kiLead', 'p:kiDeputy', 'VOTING', false, LG_START, null],
  ['Teamleitung 49.2 „Kommunales Bildungszentrum“', 'INTERNAL', 'org:team492', 'p:bzLead', null, 'VOTING', true, LG_START, null],
  ['Abteilung 51 „Jugend und Familie“', 'INTERNAL', 'org:abt51', 'p:abt51Lead', 'p:abt51Deputy', 'VOTING', false, LG_START, null],
  ['Abteilung 32 „Ausländer-/Einbürgerungsbehörde“', 'INTERNAL', 'org:abt32', 'p:abt32Lead', 'p:abt32Deputy', 'VOTING', false, LG_START, null],
  ['Abteilung 10 „Zentrale Dienste“', 'INTERNAL', 'org:abt10', 'p:abt10Lead', 'p:abt10Deputy', 'VOTING', false, LG_START, null],
  ['Gesamtkoordination „Kommunales Integrationsmanagement“', 'INTERNAL', 'org:team491', 'p:ks1', 'p:ks2', 'SECRETARIAT', false, LG_START, null],
  ['Koordinierungsstelle Case Management', 'INTERNAL', 'org:team491', 'p:ks2', null, 'ADVISORY', false, LG_START, null],
  ['Koordinierungsstelle Interkulturelle Öffnung', 'INTERNAL', 'org:team491', 'p:ks3', null, 'ADVISORY', true, LG_START, null],
  ['Koordinierungsstelle BNE', 'INTERNAL', 'org:team491', 'p:ks4Former', null, 'ADVISORY', true, LG_START, '2024-10-31'],
  ['Koordinierungsstelle BNE', 'INTERNAL', 'org:team491', 'p:ks4', null, 'ADVISORY', true, '2025-01-01', null],
  ['Schulaufsicht „Generalie Integration durch Bildung“', 'EXTERNAL', 'org:schulaufsicht', 'p:schoolRep', null, 'VOTING', true, LG_START, null],
  ['Agentur für Arbeit', 'EXTERNAL', 'org:aa', 'p:aaRepFormer', 'p:aaDeputy', 'VOTING', false, LG_START, '2023-12-31'],
  ['Agentur für Arbeit', 'EXTERNAL', 'org:aa', 'p:aaRep', 'p:aaDeputy', 'VOTING', false, '2024-01-01', null],
  ['Jobcenter EU-aktiv', 'EXTERNAL', 'org:jc', 'p:jcRep', 'p:jcDeputy', 'VOTING', false, LG_START, null],
  ['Caritasverband für die Region Eifel e. V.', 'WELFARE', 'org:caritasEifel', 'p:caritasEifelLead', 'p:caritasEifelDeputy', 'VOTING', false, LG_START, null],
  ['Caritasverband für das Kreisdekanat Euskirchen e. V.', 'WELFARE', 'org:caritasEu', 'p:caritasEuLead', 'p:caritasEuDeputy', 'VOTING', false, LG_START, null],
  ['Deutsches Rotes Kreuz Kreisverband Euskirchen e. V.', 'WELFARE', 'org:drk', 'p:drkLead', 'p:drkDeputy', 'VOTING', false, LG_START, null],
  ['Katholische Jugendagentur Bonn gGmbH', 'WELFARE', 'org:kja', 'p:kjaLead', 'p:kjaDeputy', 'VOTING', false, LG_START, null],
  ['Stadt Euskirchen', 'MUNICIPALITY', adminKey('Euskirchen'), 'p:lg:Euskirchen', 'p:mun:Euskirchen', 'VOTING', false, LG_START, null],
  ['Stadt Mechernich', 'MUNICIPALITY', adminKey('Mechernich'), 'p:lg:MechernichFormer', 'p:mun:Mechernich', 'VOTING', false, LG_START, '2024-12-31'],
  ['Stadt Mechernich', 'MUNICIPALITY', adminKey('Mechernich'), 'p:lg:Mechernich', 'p:mun:Mechernich', 'VOTING', false, '2025-01-01', null],
  ['Gemeinde Hellenthal', 'MUNICIPALITY', adminKey('Hellenthal'), 'p:lg:Hellenthal', 'p:mun:Hellenthal', 'VOTING', false, LG_START, null],
];

interface GroupSpec {
  key: string;
  kind: CommitteeKind;
  name: string;
  shortName: string;
  mandate: string;
  status: CommitteeStatus;
  commissionedBy?: string;
  lead: string;
  leadOrg: string;
  start: string;
  plannedEnd?: string;
  end?: string;
  closingResult?: string;
  seats: Array<[org: string, person: string, role: MembershipRole]>;
  dues: Array<[key: string, due: string, topic: string, deliveredOn: string | null, deliveredItem: string | null]>;
}

export const GROUPS: GroupSpec[] = [
  {
    key: 'c:agWohnen', kind: 'WORKING_GROUP', name: 'AG Wohnen', shortName: 'AG Wohnen', status: 'CLOSED', commissionedBy: 'dec:agWohnen',
    mandate: 'Maßnahmen (außerhalb des Wohnungsbaus) erarbeiten, die die kommunale Unterbringung und die private Wohnungssuche Zugewanderter unterstützen; Bericht an Lenkungsgruppe und Austauschforum.',
    lead: 'p:ks1', leadOrg: 'org:team491', start: '2024-06-25', plannedEnd: '2025-03-31', end: '2025-03-31',
    closingResult: 'Kachel „Wohnen“ in Integreat eingerichtet (März 2025) und Leitfaden Wohnungssuche für Ehrenamtliche veröffentlicht; Ergebnisse im Austauschforum und in der Lenkungsgruppe vorgestellt.',
    seats: [
      ['org:team491', 'p:ks1', 'CHAIR'], ['org:team491', 'p:ks2', 'VOTING'], [adminKey('Euskirchen'), 'p:mun:Euskirchen', 'VOTING'],
      [adminKey('Mechernich'), 'p:mun:Mechernich', 'VOTING'], [adminKey('Zülpich'), 'p:mun:Zülpich', 'VOTING'],
      [adminKey('Schleiden'), 'p:mun:Schleiden', 'VOTING'], [adminKey('Weilerswist'), 'p:mun:Weilerswist', 'VOTING'],
      ['org:caritasEifel', 'p:caritasEifelCm2', 'VOTING'], ['org:drk', 'p:drkCm1', 'VOTING'], ['org:ip', 'p:cmIp', 'VOTING'],
      ['org:abt50', 'p:abt50', 'VOTING'], ['org:volunteersMechernich', 'p:volMechernich', 'GUEST'],
    ],
    dues: [
      ['due:agWohnen1', '2024-11-18', 'Zwischenbericht und Maßnahmenvorschläge', '2024-11-18', 'item:lg6:agWohnen'],
      ['due:agWohnen2', '2025-05-20', 'Abschlussbericht', '2025-05-20', 'item:lg7:agWohnenFinal'],
    ],
  },
  {
    key: 'c:akRassismus', kind: 'WORKING_CIRCLE', name: 'AK Institutioneller Rassismus', shortName: 'AK Inst. Rassismus', status: 'ACTIVE',
    mandate: 'Institutionelle Hürden und diskriminierende Routinen in Verwaltung und Beratung erkennen und abbauen.',
    lead: 'p:ks3', leadOrg: 'org:team491', start: '2023-03-01',
    seats: [
      ['org:team491', 'p:ks3', 'CHAIR'], ['org:abt10', 'p:abt10Deputy', 'VOTING'], ['org:abt32', 'p:abt32Deputy', 'VOTING'],
      ['org:caritasEu', 'p:caritasEuDeputy', 'VOTING'], ['org:kja', 'p:kjaDeputy', 'VOTING'], ['org:jc', 'p:jcDeputy', 'VOTING'],
    ],
    dues: [['due:akRassismus1', '2026-06-30', 'Jahresbericht an die Lenkungsgruppe', null, null]],
  },
  {
    key: 'c:akSexGesundheit', kind: 'WORKING_CIRCLE', name: 'AK Sexuelle Gesundheit', shortName: 'AK Sex. Gesundheit', status: 'ACTIVE',
    mandate: 'Zugänge zu Beratung und Prävention im Bereich sexueller Gesundheit für Zugewanderte verbessern.',
    lead: 'p:abt53', leadOrg: 'org:abt53', start: '2023-09-01',
    seats: [
      ['org:abt53', 'p:abt53', 'CHAIR'], ['org:team491', 'p:ks2', 'VOTING'], ['org:caritasEifel', 'p:caritasEifelCm1', 'VOTING'],
      ['org:kja', 'p:kjaCm1', 'VOTING'], ['org:abt51', 'p:abt51Deputy', 'VOTING'],
    ],
    dues: [
      ['due:akSex1', '2025-05-20', 'Bericht über Angebote und Bedarfe', '2025-11-25', 'item:lg8:akSexReport'],
      ['due:akSex2', '2026-12-08', 'Fortschrittsbericht', null, null],
    ],
  },
  {
    key: 'c:akAntidiskriminierung', kind: 'WORKING_CIRCLE', name: 'AK Antidiskriminierung', shortName: 'AK Antidiskriminierung', status: 'ACTIVE',
    mandate: 'Zusammenarbeit mit Antidiskriminierungsstellen und Integrationsagenturen; gemeinsame Aktionen und Fallaustausch.',
    lead: 'p:ks3', leadOrg: 'org:team491', start: '2022-10-01',
    seats: [
      ['org:team491', 'p:ks3', 'CHAIR'], ['org:caritasEu', 'p:caritasEuLead', 'VOTING'], ['org:drk', 'p:drkDeputy', 'VOTING'],
      ['org:volunteersSchleiden', 'p:volSchleiden', 'VOTING'],
    ],
    dues: [],
  },
  {
    key: 'c:pgSchulden', kind: 'PROJECT_GROUP', name: 'Projektgruppe Muttersprachliche Schuldnerberatung', shortName: 'PG Schuldnerberatung',
    status: 'ACTIVE', commissionedBy: 'dec:pgSchulden',
    mandate: 'Zugang zu Schuldner- und Insolvenzberatung in Herkunftssprachen verbessern; Zielvereinbarungen und Maßnahmen vorschlagen.',
    lead: 'p:ks2', leadOrg: 'org:team491', start: '2026-02-10', plannedEnd: '2027-06-30',
    seats: [
      ['org:team491', 'p:ks2', 'CHAIR'], ['org:debtAdvice', 'p:debtAdvisor', 'VOTING'], ['org:ip', 'p:ipLead', 'VOTING'],
      ['org:caritasEu', 'p:caritasEuCm1', 'VOTING'], ['org:drk', 'p:drkCm2', 'VOTING'], ['org:abt50', 'p:abt50', 'VOTING'],
    ],
    dues: [['due:pgSchulden1', '2026-12-08', 'Zwischenbericht mit Maßnahmenvorschlägen', null, null]],
  },
];

const GROUP_SEAT_LABEL: Partial<Record<MembershipRole, string>> = { CHAIR: 'Leitung', GUEST: 'Gast' };

function seatRows(b: DemoBuilder, committee: string, seats: Seat[]) {
  return seats.map(([label, category, org, person, deputy, role, occasional, from, to], i) => {
    const id = b.id(`${committee}:seat:${i}`);
    b.seats.push({ id, committee, person, deputy, organisation: org, role, occasional, from, to });
    return {
      id, committeeId: b.id(committee), seatLabel: label, organisationId: b.id(org), personId: person ? b.id(person) : null,
      deputyPersonId: deputy ? b.id(deputy) : null, role, category, occasional, validFrom: from, validTo: to,
      note: occasional ? 'anlassbezogen' : null,
    };
  });
}

export function insertSteeringGroup(b: DemoBuilder): void {
  b.insert(committees, [{
    id: b.id('c:lg'), kind: 'STEERING_GROUP', name: 'Lenkungsgruppe KI/KIM', shortName: 'LG KI/KIM', status: 'ACTIVE',
    mandate: 'Legitimation, Beteiligung und Entscheidung im Kommunalen Integrationsmanagement: beauftragt Arbeits- und Projektgruppen, priorisiert generative Themen und beschließt Maßnahmen und Konzepte.',
    leadPersonId: b.id('p:gb2Lead'), leadOrganisationId: b.id('org:gb2'), startDate: LG_START,
  }]);
  b.insert(committeeMemberships, seatRows(b, 'c:lg', STEERING_SEATS));
}

/** Needs the steering group's decisions in place, because groups point at the decision that commissioned them. */
export function insertWorkingGroups(b: DemoBuilder): void {
  b.insert(committees, GROUPS.map((g) => ({
    id: b.id(g.key), kind: g.kind, name: g.name, shortName: g.shortName, mandate: g.mandate, status: g.status,
    commissionedByDecisionId: g.commissionedBy ? b.id(g.commissionedBy) : null, leadPersonId: b.id(g.lead),
    leadOrganisationId: b.id(g.leadOrg), startDate: g.start, plannedEndDate: g.plannedEnd ?? null, endDate: g.end ?? null,
    closingResult: g.closingResult ?? null,
  })));
  b.insert(committeeMemberships, GROUPS.flatMap((g) => seatRows(b, g.key, g.seats.map(([org, person, r]): Seat =>
    [GROUP_SEAT_LABEL[r] ?? 'Mitglied', null, org, person, null, r, false, g.start, g.end ?? null]))));
  b.insert(committeeReportDues, GROUPS.flatMap((g) => g.dues.map(([key, due, topic, deliveredOn, item]) => ({
    id: b.id(key), committeeId: b.id(g.key), dueDate: due, topic, deliveredOn, deliveredAgendaItemId: item ? b.id(item) : null,
  }))));
}
