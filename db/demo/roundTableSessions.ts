import { adminKey } from './masterData';
import type { ParticipantSpec, RoundTableSpec } from './roundTables';

const kim = (heads = 2): ParticipantSpec => ['KIM_TEAM', 'org:team491', 'p:ks1', heads];
const town = (name: string, heads = 2): ParticipantSpec => ['MUNICIPAL_STAFF', adminKey(name), `p:mun:${name}`, heads];
const provider = (org: string, heads = 1): ParticipantSpec => ['CM_PROVIDER', org, null, heads];

/**
 * Runde Tische after the tour (2023–2026) and one Entwicklungskonferenz for the Nordeifel. By the demo day most towns
 * were visited within the last twelve months; Zülpich and the Eifelhöhe (Blankenheim, Dahlem, Nettersheim) are due.
 */
export const FURTHER_ROUND_TABLES: RoundTableSpec[] = [
  { key: 'rt:2023-euskirchen', format: 'ROUND_TABLE', title: 'Runder Tisch Integration Euskirchen', heldOn: '2023-06-20', startTime: '15:00', location: 'Rathaus Euskirchen',
    towns: ['Euskirchen'], topics: 'Sprachkurse, Wohnen, Zusammenarbeit mit dem Ehrenamt',
    participants: [kim(), town('Euskirchen', 3), provider('org:caritasEu', 2), provider('org:kja'), ['AUTHORITY', 'org:ip', 'p:ipLead', 1]],
    agreements: [{ title: 'Freie Plätze in Integrationskursen monatlich an das Rathaus melden', owner: 'org:ip', due: '2023-08-31', status: 'DONE', completedOn: '2023-08-15' }] },
  { key: 'rt:2023-mechernich', format: 'ROUND_TABLE', title: 'Runder Tisch Integration Mechernich', heldOn: '2023-09-26', startTime: '16:00', location: 'Rathaus Mechernich',
    towns: ['Mechernich'], topics: 'BNE-Angebote im Sozialraum, Familienzentren, Ehrenamt',
    participants: [kim(), ['KIM_TEAM', 'org:team491', 'p:cmBne', 1], town('Mechernich'), provider('org:caritasEifel'), ['VOLUNTEERS', 'org:volunteersMechernich', 'p:volMechernich', 4]],
    agreements: [{ title: 'Nähcafé und Upcycling-Angebot im Familienzentrum vorstellen', owner: 'p:cmBne', due: '2023-11-30', status: 'DONE', completedOn: '2023-11-21' }] },
  { key: 'rt:2024-nordeifel', format: 'ROUND_TABLE', title: 'Runder Tisch Integration Schleiden und Hellenthal', heldOn: '2024-03-05', startTime: '15:00', location: 'Rathaus Schleiden',
    towns: ['Schleiden', 'Hellenthal'], topics: 'Mobilität, Erreichbarkeit von Beratung, Unterkünfte',
    participants: [kim(), town('Schleiden'), town('Hellenthal', 1), provider('org:caritasEifel', 2), ['VOLUNTEERS', 'org:volunteersSchleiden', 'p:volSchleiden', 5]],
    agreements: [
      { title: 'Fahrdienst zu Beratungsterminen mit dem Ehrenamt prüfen', owner: adminKey('Schleiden'), due: '2024-06-30', status: 'DISCARDED', description: 'Versicherungsfragen nicht lösbar; stattdessen Sprechstunden vor Ort.' },
      { title: 'CM-Sprechstunde im Rathaus Hellenthal einrichten', owner: 'org:caritasEifel', due: '2024-05-31', status: 'DONE', completedOn: '2024-05-14' },
    ] },
  { key: 'rt:2024-zuelpich', format: 'ROUND_TABLE', title: 'Runder Tisch Integration Zülpich', heldOn: '2024-06-18', startTime: '15:30', location: 'Rathaus Zülpich',
    towns: ['Zülpich'], topics: 'Wohnungssuche, Vermieteransprache',
    participants: [kim(), town('Zülpich', 2), provider('org:drk', 2)],
    agreements: [{ title: 'Infoblatt für Vermieter*innen entwerfen und in die AG Wohnen einbringen', owner: adminKey('Zülpich'), due: '2024-10-31', status: 'DONE', completedOn: '2024-10-22' }],
    findings: [['INFORMATION_DEFICIT', 'Vermieter*innen kennen Wohnberechtigungsschein und Mietübernahme durch das Jobcenter kaum.', 'theme:wohnen', ['org:jc']]] },
  { key: 'rt:2024-kall', format: 'ROUND_TABLE', title: 'Runder Tisch Integration Kall', heldOn: '2024-09-17', startTime: '15:00', location: 'Rathaus Kall',
    towns: ['Kall'], topics: 'Sprechstunden, Schulen, Kinderbetreuung',
    participants: [kim(), town('Kall'), provider('org:drk'), provider('org:kja')],
    agreements: [{ title: 'Monatliche Sprechstunde des DRK-Case-Managements im Rathaus Kall', owner: 'org:drk', due: '2024-11-30', status: 'DONE', completedOn: '2024-11-05' }] },
  { key: 'rt:2025-weilerswist', format: 'ROUND_TABLE', title: 'Runder Tisch Integration Weilerswist', heldOn: '2025-03-11', startTime: '16:00', location: 'Rathaus Weilerswist',
    towns: ['Weilerswist'], topics: 'Begleitung zu Behörden, Ehrenamt und Case Management',
    participants: [kim(), town('Weilerswist'), provider('org:drk'), ['VOLUNTEERS', null, null, 3, 'Begleitdienst der Kirchengemeinde']],
    agreements: [{ title: 'Absprache zwischen Ehrenamt und CM zu Behördenbegleitungen schriftlich festhalten', owner: 'org:drk', due: '2025-06-30', status: 'IN_PROGRESS', delayReason: 'Abstimmung mit der Kirchengemeinde steht noch aus.' }],
    findings: [['DUPLICATE_STRUCTURE', 'Ehrenamtliche Begleitung und Case Management begleiten teils dieselben Personen zu denselben Terminen.', null, ['org:drk']]] },
  { key: 'rt:2025-badmuenstereifel', format: 'ROUND_TABLE', title: 'Runder Tisch Integration Bad Münstereifel', heldOn: '2025-05-13', startTime: '15:00', location: 'Rathaus Bad Münstereifel',
    towns: ['Bad Münstereifel'], topics: 'Einbürgerung, Niederlassungserlaubnis, Sprachprüfungen',
    participants: [kim(), town('Bad Münstereifel'), provider('org:caritasEu'), ['AUTHORITY', 'org:abt32', 'p:b3Advice', 1]],
    agreements: [{ title: 'Infoabend zur Einbürgerung in Bad Münstereifel anbieten', owner: 'org:abt32', due: '2025-10-31', status: 'DONE', completedOn: '2025-09-18' }] },
  { key: 'rt:2025-eifelhoehe', format: 'ROUND_TABLE', title: 'Runder Tisch Integration Blankenheim, Dahlem und Nettersheim', heldOn: '2025-09-09', startTime: '15:00', location: 'Rathaus Blankenheim',
    towns: ['Blankenheim', 'Dahlem', 'Nettersheim'], topics: 'Erreichbarkeit von Beratung, mobile Sprechstunden',
    participants: [kim(), town('Blankenheim'), town('Dahlem', 1), town('Nettersheim', 1), provider('org:caritasEifel'), provider('org:drk')],
    agreements: [{ title: 'Mobile Sprechstunde im Wechsel der drei Gemeinden prüfen', owner: 'org:caritasEifel', due: '2026-03-31', status: 'OPEN' }] },
  { key: 'rt:2025-entwicklungskonferenz', format: 'DEVELOPMENT_CONFERENCE', title: 'Entwicklungskonferenz Nordeifel', heldOn: '2025-10-21', startTime: '09:30', location: 'Rathaus Kall',
    towns: ['Schleiden', 'Hellenthal', 'Dahlem', 'Blankenheim', 'Kall'], topics: 'Generative Themen vor Ort: Sprache, Mobilität, Gesundheit, Schulabschlüsse',
    notes: 'Bedarfe werden als Themen an die Koordination gegeben; Zusammensetzung: Rathäuser, Träger, Jobcenter, Ehrenamt.',
    participants: [kim(3), town('Schleiden'), town('Hellenthal', 1), town('Dahlem', 1), town('Blankenheim', 1), town('Kall'), provider('org:caritasEifel', 2),
      provider('org:drk'), ['AUTHORITY', 'org:jc', 'p:jcDeputy', 1], ['VOLUNTEERS', 'org:volunteersSchleiden', null, 4]],
    agreements: [
      { title: 'Bedarf an Sprachkursen mit Kinderbetreuung in der Nordeifel erheben', owner: 'p:ks1', due: '2026-06-30', status: 'IN_PROGRESS' },
      { title: 'Ergebnisse in die Lenkungsgruppe einbringen', owner: 'p:ks1', due: '2025-11-25', status: 'DONE', completedOn: '2025-11-25' },
    ],
    findings: [
      ['GAP_IN_SERVICES', 'Sprachkurse mit Kinderbetreuung fehlen in der Nordeifel.', 'theme:sprachkurse', ['org:jc']],
      ['ACCESS_BARRIER', 'Schulabschlusskurse für junge Erwachsene sind nur in Euskirchen erreichbar.', 'theme:schulabschluss', ['org:schulaufsicht']],
    ] },
  { key: 'rt:2026-euskirchen', format: 'ROUND_TABLE', title: 'Runder Tisch Integration Euskirchen', heldOn: '2026-05-12', startTime: '15:00', location: 'Rathaus Euskirchen',
    towns: ['Euskirchen'], topics: 'Übergänge aus der Jugendhilfe, Schuldnerberatung',
    participants: [kim(), town('Euskirchen', 2), provider('org:caritasEu'), provider('org:kja'), ['AUTHORITY', 'org:abt51', 'p:abt51Deputy', 1]],
    agreements: [{ title: 'Übergabeverfahren von der Jugendhilfe ins Case Management beschreiben', owner: 'org:abt51', due: '2027-01-31', status: 'OPEN' }] },
  { key: 'rt:2026-mechernich', format: 'ROUND_TABLE', title: 'Runder Tisch Integration Mechernich', heldOn: '2026-02-24', startTime: '16:00', location: 'Familienzentrum Mechernich',
    towns: ['Mechernich'], topics: 'Sprachcafé, Übergang Schule–Beruf, Zusammenarbeit mit dem Ehrenamt',
    participants: [kim(), ['KIM_TEAM', 'org:team491', 'p:cmBne', 1], town('Mechernich'), provider('org:caritasEifel'), ['VOLUNTEERS', 'org:volunteersMechernich', 'p:volMechernich', 3]],
    agreements: [{ title: 'Sprachcafé im Familienzentrum wöchentlich mit dem Ehrenamt anbieten', owner: 'org:volunteersMechernich', due: '2026-04-30', status: 'DONE', completedOn: '2026-04-14' }] },
  { key: 'rt:2026-weilerswist', format: 'ROUND_TABLE', title: 'Runder Tisch Integration Weilerswist', heldOn: '2026-04-21', startTime: '16:00', location: 'Rathaus Weilerswist',
    towns: ['Weilerswist'], topics: 'Behördenbegleitungen: Stand der Absprache zwischen Ehrenamt und Case Management',
    participants: [kim(), town('Weilerswist'), provider('org:drk', 2), ['VOLUNTEERS', null, null, 2, 'Begleitdienst der Kirchengemeinde']],
    agreements: [{ title: 'Gemeinsame Liste der Ansprechpersonen für Behördenbegleitungen führen', owner: 'org:drk', due: '2026-07-31', status: 'DONE', completedOn: '2026-07-09' }] },
  { key: 'rt:2026-badmuenstereifel', format: 'ROUND_TABLE', title: 'Runder Tisch Integration Bad Münstereifel', heldOn: '2026-06-23', startTime: '15:00', location: 'Rathaus Bad Münstereifel',
    towns: ['Bad Münstereifel'], topics: 'Rückblick auf den Infoabend zur Einbürgerung, Sprachprüfungen, Beratung vor Ort',
    participants: [kim(), town('Bad Münstereifel'), provider('org:caritasEu'), ['AUTHORITY', 'org:abt32', 'p:b3Advice', 1]],
    agreements: [{ title: 'Termine der Einbürgerungsberatung auf der Website der Stadt veröffentlichen', owner: adminKey('Bad Münstereifel'), due: '2026-08-31', status: 'DONE', completedOn: '2026-08-20' }] },
  { key: 'rt:2026-nordeifel', format: 'ROUND_TABLE', title: 'Runder Tisch Integration Schleiden, Hellenthal und Kall', heldOn: '2026-09-22', startTime: '15:00', location: 'Rathaus Schleiden',
    towns: ['Schleiden', 'Hellenthal', 'Kall'], topics: 'Mobile Beratung in den Ortsteilen, Sprachkurse mit Kinderbetreuung, Ehrenamt',
    participants: [kim(), town('Schleiden'), town('Hellenthal', 1), town('Kall', 1), provider('org:caritasEifel'), provider('org:drk'),
      ['VOLUNTEERS', 'org:volunteersSchleiden', 'p:volSchleiden', 3]],
    agreements: [{ title: 'Räume für einen Sprachkurs mit Kinderbetreuung in Schleiden suchen', owner: adminKey('Schleiden'), due: '2027-01-31', status: 'IN_PROGRESS' }] },
];

const FORUM_DATES = [
  '2022-03-15', '2022-03-22', '2022-03-29', '2022-06-14', '2022-10-11', '2023-02-14', '2023-05-09', '2023-09-12', '2023-12-05',
  '2024-02-20', '2024-06-04', '2024-09-10', '2024-12-03', '2025-02-25', '2025-04-08', '2025-09-23', '2025-12-02', '2026-03-17',
  '2026-06-16', '2026-09-29',
];
const FORUM_TOPICS: Record<string, string> = {
  '2022-03-15': 'Ankunft Geflüchteter aus der Ukraine: Unterbringung, Registrierung, Leistungen',
  '2022-10-11': 'Schulplätze und Sprachkurse für Geflüchtete aus der Ukraine',
  '2023-02-14': 'Neustart als Austauschforum Integration; KIM-Case-Management stellt sich vor',
  '2024-12-03': 'KIM-CM-Handlungskonzept; Zwischenstand der AG Wohnen',
  '2025-04-08': 'Ergebnisse der AG Wohnen: Integreat-Kachel „Wohnen“ und Leitfaden',
  '2025-12-02': 'Neue Projektgruppe Schuldnerberatung; Umstellung auf die KIM-Datenbank',
};

/** The online forum: weekly as „Austauschforum Ukraine“ from March 2022, later quarterly for all integration topics. */
export const FORUM_SESSIONS: RoundTableSpec[] = FORUM_DATES.map((day, i) => ({
  key: `rt:forum:${day}`, format: 'EXCHANGE_FORUM', title: day < '2023-01-01' ? 'Austauschforum Ukraine' : 'Austauschforum Integration',
  heldOn: day, startTime: '10:00', location: null, online: true, countyWide: true, towns: [],
  topics: FORUM_TOPICS[day] ?? 'Aktuelles aus Kommunen, Trägern und KIM; Termine und Angebote',
  participants: [kim(3), ['MUNICIPAL_STAFF', null, null, 8 + (i % 5), 'aus den kreisangehörigen Kommunen'], ['CM_PROVIDER', null, null, 4 + (i % 4)],
    ['VOLUNTEERS', null, null, 3 + (i % 6)], ['OTHER', null, null, 1 + (i % 3), 'Kirchenverbände']],
  agreements: day === '2025-04-08'
    ? [{ title: 'Integreat-Kachel „Wohnen“ in den Newslettern der Rathäuser verlinken', owner: 'p:ks1', due: '2025-05-31', status: 'DONE', completedOn: '2025-05-20' }]
    : [],
}));
