import type { MeetingPlan } from './meetingPlan';
import { agenda } from './standingItems';
import { LG_LOCATION as ROOM } from './steeringMeetings2022';

/** Lenkungsgruppe KI/KIM 2024 until the planned meeting in December 2026. */
export const STEERING_2024_2026: MeetingPlan[] = [
  {
    key: 'm:lg5', committee: 'c:lg', sequenceNo: 5, title: '5. Sitzung der Lenkungsgruppe KI/KIM', startsAt: '2024-05-14T14:00',
    location: ROOM, status: 'MINUTES_APPROVED', minutesBy: 'p:ks1',
    items: agenda({ report: 'Die CM-Stelle mit Schwerpunkt Ausländeramt ist seit dem 01.04.2024 besetzt; damit sind alle elf CM-Stellen besetzt.', statusReport: 'Der Vorschlag zur AG Wohnen liegt vor.' }, [
      { title: 'Einrichtung einer AG Wohnen', kind: 'DECISION', presenter: 'p:ks1', links: [['THEME', 'theme:wohnen']],
        decision: {
          key: 'dec:agWohnen', number: '2024/01', type: 'COMMISSION_GROUP',
          effects: [['COMMISSION_GROUP', 'COMMITTEE', 'c:agWohnen'], ['THEME_STATUS', 'THEME', 'theme:wohnen', 'ASSIGNED']],
          text: 'Die Lenkungsgruppe richtet die AG Wohnen ein. Sie erarbeitet mit Vertretenden der Rathäuser und weiteren Integrationsakteur*innen Maßnahmen außerhalb des Wohnungsbaus, die die kommunale Unterbringung und die private Wohnungssuche unterstützen, und berichtet in der Herbstsitzung 2024.',
          tasks: [
            { title: 'Konstituierende Sitzung der AG Wohnen einberufen', owner: 'p:ks1', due: '2024-06-30', status: 'DONE', completedOn: '2024-06-25' },
            { title: 'Rathäuser um Benennung von Vertretenden für die AG Wohnen bitten', owner: 'p:assistant', due: '2024-06-07', status: 'DONE', completedOn: '2024-05-31' },
          ],
        } },
      { title: 'Informationsveranstaltungen zu Einbürgerung und Niederlassungserlaubnis', kind: 'INFO', presenter: 'p:abt32Lead',
        minutes: 'Die ABH plant gemeinsam mit KIM Informationsabende; die Träger bewerben sie in ihren Beratungen.' },
      { title: 'Schuldnerberatung in Herkunftssprachen – Hinweise aus Fallrekonstruktionen', kind: 'DISCUSSION', presenter: 'p:ks2',
        links: [['THEME', 'theme:schulden']],
        minutes: 'Die Koordination bündelt weitere Fälle und legt das Thema mit einer Bedarfsbeschreibung erneut vor.' },
    ]),
  },
  {
    key: 'm:lg6', committee: 'c:lg', sequenceNo: 6, title: '6. Sitzung der Lenkungsgruppe KI/KIM', startsAt: '2024-11-18T14:00',
    location: ROOM, status: 'MINUTES_APPROVED', minutesBy: 'p:ks1', guests: [['p:mun:Zülpich', 'Gast zu TOP 5 (AG Wohnen)']],
    items: agenda({ report: 'Zum Jahresende gibt es Personalwechsel in zwei CM-Stellen und in der Koordinierungsstelle BNE. Die KIM-Presseserie startet im Dezember.', statusReport: 'Die AG Wohnen hat dreimal getagt.' }, [
      { title: 'KIM-CM-Handlungskonzept', kind: 'DECISION', presenter: 'p:ks2', links: [['DOCUMENT', 'doc:cmKonzept']],
        minutes: 'Das neu gefasste Handlungskonzept regelt Zugänge, Fallübergaben, Dokumentation und Fachaufsicht im KIM-CM.',
        decision: {
          key: 'dec:cmKonzept', number: '2024/02', type: 'ADOPT_DOCUMENT', result: 'UNANIMOUS', effects: [['ADOPT_DOCUMENT', 'DOCUMENT', 'doc:cmKonzept']],
          text: 'Die Lenkungsgruppe beschließt das KIM-CM-Handlungskonzept des Kreises Euskirchen einstimmig. Es dient in seiner jeweiligen Fortschreibung als Grundlage für die KIM-CM-Arbeit.',
          tasks: [{ title: 'Handlungskonzept an die Träger verteilen und in die Einarbeitung neuer CM aufnehmen', owner: 'p:ks2', due: '2024-12-20', status: 'DONE', completedOn: '2024-12-12' }],
        } },
      { key: 'item:lg6:agWohnen', title: 'Bericht der AG Wohnen und Maßnahmenvorschläge', kind: 'DECISION', presenter: 'p:ks1',
        links: [['COMMITTEE', 'c:agWohnen'], ['REPORT_DUE', 'due:agWohnen1'], ['THEME', 'theme:wohnen'], ['MEASURE', 'measure:integreat'], ['MEASURE', 'measure:leitfaden']],
        decision: {
          key: 'dec:integreat', number: '2024/03', type: 'APPROVE_MEASURE',
          effects: [['APPROVE_MEASURE', 'MEASURE', 'measure:integreat'], ['APPROVE_MEASURE', 'MEASURE', 'measure:leitfaden'], ['THEME_STATUS', 'THEME', 'theme:wohnen', 'APPROVED']],
          text: 'Die Lenkungsgruppe stimmt den Maßnahmen der AG Wohnen zu: Einrichtung einer Kachel „Wohnen“ in Integreat und ein Leitfaden zur Wohnungssuche für Ehrenamtliche. Die Finanzierung erfolgt aus dem Budget für Schnittstellenmaßnahmen 2024 und 2025.',
          tasks: [
            { title: 'Inhalte der Kachel „Wohnen“ mit den Rathäusern abstimmen', owner: 'p:ks1', due: '2025-02-28', status: 'DONE', completedOn: '2025-02-20' },
            { title: 'Übersetzung der Kachel in sechs Sprachen beauftragen', owner: 'p:assistant', due: '2025-03-15', status: 'DONE', completedOn: '2025-03-25', delayReason: 'Angebot eines Übersetzungsbüros kam verspätet.' },
          ],
        } },
      { title: 'Muttersprachliche Schuldnerberatung', kind: 'DISCUSSION', presenter: 'p:ks2', links: [['THEME', 'theme:schulden']],
        minutes: 'Das Thema wird vorgestellt. Entschieden wird in der Frühjahrssitzung, wenn die Schuldnerberatungsstellen ihre Kapazitäten benannt haben.',
        tasks: [{ title: 'Kapazitäten der Schuldnerberatungsstellen für Beratung in Herkunftssprachen abfragen', owner: 'p:ks2', due: '2025-03-31', status: 'DONE', completedOn: '2025-04-10' }] },
      { title: 'KIM-Presseserie', kind: 'INFO', presenter: 'p:ks3', minutes: 'Die Serie stellt ab Dezember monatlich ein Arbeitsfeld des KIM vor.' },
    ]),
  },
  {
    key: 'm:lg7', committee: 'c:lg', sequenceNo: 7, title: '7. Sitzung der Lenkungsgruppe KI/KIM', startsAt: '2025-05-20T14:00',
    location: ROOM, status: 'MINUTES_APPROVED', minutesBy: 'p:ks1',
    items: agenda({ report: 'Die Koordinierungsstelle BNE ist seit Januar nachbesetzt; eine CM-Stelle der KJA ist vakant. Fallrekonstruktionen finden seit 2024 regelmäßig statt.', statusReport: 'Die Kachel „Wohnen“ ist seit März online.' }, [
      { title: 'Fortschreibung des KIM-Konzeptes (Stand Januar 2025)', kind: 'DECISION', presenter: 'p:ks1', links: [['DOCUMENT', 'doc:fortschreibung']],
        decision: { key: 'dec:fortschreibung', number: '2025/01', type: 'NOTED', text: 'Die Lenkungsgruppe nimmt die Fortschreibung des KIM-Konzeptes (Stand Januar 2025) zur Kenntnis.' } },
      { key: 'item:lg7:agWohnenFinal', title: 'Abschlussbericht der AG Wohnen', kind: 'REPORT', presenter: 'p:ks1',
        links: [['COMMITTEE', 'c:agWohnen'], ['REPORT_DUE', 'due:agWohnen2']],
        minutes: 'Die AG hat ihren Auftrag erfüllt und wird beendet. Die Ergebnisse wurden auch im Austauschforum vorgestellt.' },
      { title: 'Ergebnisse der Fallrekonstruktionen 2024/2025 – neue Themen', kind: 'DECISION', presenter: 'p:ks2',
        links: [['THEME', 'theme:schulden'], ['THEME', 'theme:anerkennung'], ['THEME', 'theme:trauma']],
        decision: {
          key: 'dec:prio2025', number: '2025/02', type: 'PRIORITISE_THEMES',
          effects: [['THEME_STATUS', 'THEME', 'theme:schulden', 'PRIORITISED'], ['THEME_STATUS', 'THEME', 'theme:anerkennung', 'PRIORITISED'], ['THEME_STATUS', 'THEME', 'theme:trauma', 'PARKED']],
          text: 'Die Lenkungsgruppe priorisiert die Themen „Muttersprachliche Schuldnerberatung“ (hoch) und „Anerkennung ausländischer Abschlüsse“ (mittel). Das Thema „Traumatherapie und psychologische Beratung in Herkunftssprachen“ wird zurückgestellt, bis Versorgungsdaten des Gesundheitsamtes vorliegen.',
          tasks: [
            { title: 'Versorgungsdaten zu muttersprachlicher Psychotherapie beim Gesundheitsamt anfragen', owner: 'p:abt53', due: '2025-09-30', status: 'OPEN' },
            { title: 'Maßnahmenvorschlag zur Anerkennung mit Agentur für Arbeit und Integration Point erarbeiten', owner: 'p:ks1', due: '2025-10-31', status: 'DONE', completedOn: '2025-10-28' },
          ],
        } },
      { key: 'item:lg7:akSex', title: 'Bericht des AK Sexuelle Gesundheit', kind: 'REPORT', presenter: 'p:abt53', status: 'CARRIED_OVER',
        carryReason: 'Die Berichterstattung war kurzfristig verhindert.', links: [['COMMITTEE', 'c:akSexGesundheit']] },
    ]),
  },
  {
    key: 'm:lg8', committee: 'c:lg', sequenceNo: 8, title: '8. Sitzung der Lenkungsgruppe KI/KIM', startsAt: '2025-11-25T14:00',
    location: ROOM, onlineUrl: 'https://konferenz.kreis-euskirchen.example/lg-kim', status: 'HELD', minutesBy: 'p:ks1',
    items: agenda({ report: 'Alle CM-Stellen sind wieder besetzt. Die Umstellung der CM-Dokumentation auf die KIM-Datenbank des Landes wird vorbereitet.', statusReport: 'Der Maßnahmenvorschlag zur Anerkennung liegt vor; die Anfrage an das Gesundheitsamt ist noch offen.' }, [
      { key: 'item:lg8:akSexReport', title: 'Bericht des AK Sexuelle Gesundheit', kind: 'REPORT', presenter: 'p:abt53', carriedFrom: 'item:lg7:akSex',
        links: [['COMMITTEE', 'c:akSexGesundheit'], ['REPORT_DUE', 'due:akSex1']],
        minutes: 'Der AK stellt mehrsprachige Präventionsmaterialien und eine Übersicht niedrigschwelliger Beratungsangebote vor.' },
      { title: 'Einrichtung einer Projektgruppe Muttersprachliche Schuldnerberatung', kind: 'DECISION', presenter: 'p:ks2', links: [['THEME', 'theme:schulden']],
        decision: {
          key: 'dec:pgSchulden', number: '2025/03', type: 'COMMISSION_GROUP',
          effects: [['COMMISSION_GROUP', 'COMMITTEE', 'c:pgSchulden'], ['THEME_STATUS', 'THEME', 'theme:schulden', 'ASSIGNED']],
          text: 'Die Lenkungsgruppe richtet eine Projektgruppe Muttersprachliche Schuldnerberatung ein. Sie schlägt bis Ende 2026 Zielvereinbarungen und Maßnahmen vor.',
          tasks: [
            { title: 'Projektgruppe konstituieren', owner: 'p:ks2', due: '2026-02-28', status: 'DONE', completedOn: '2026-02-10' },
            { title: 'Mehrsprachigen Wegweiser zur Schuldnerberatung entwerfen', owner: 'p:debtAdvisor', due: '2026-09-30', status: 'IN_PROGRESS', delayReason: 'Übersetzungen sind noch nicht vollständig.' },
          ],
        } },
      { title: 'Maßnahme: Infoabende zur Anerkennung ausländischer Berufsabschlüsse', kind: 'DECISION', presenter: 'p:ks1',
        links: [['THEME', 'theme:anerkennung'], ['MEASURE', 'measure:anerkennungInfo']],
        decision: {
          key: 'dec:anerkennung', number: '2025/04', type: 'APPROVE_MEASURE',
          effects: [['APPROVE_MEASURE', 'MEASURE', 'measure:anerkennungInfo'], ['THEME_STATUS', 'THEME', 'theme:anerkennung', 'APPROVED']],
          text: 'Die Lenkungsgruppe stimmt zwei Infoabenden 2026 zur Anerkennung ausländischer Berufsabschlüsse mit Agentur für Arbeit und Integration Point zu (Veranstaltungsbudget).',
          tasks: [{ title: 'Zwei Infoabende 2026 mit dem Integration Point durchführen', owner: 'org:ip', due: '2026-12-31', status: 'IN_PROGRESS' }],
        } },
      { title: 'Auswertung der Integreat-Kachel „Wohnen“', kind: 'REPORT', presenter: 'p:ks1', links: [['MEASURE', 'measure:integreat'], ['THEME', 'theme:wohnen']],
        decision: {
          key: 'dec:wohnenEval', number: '2025/05', type: 'NOTED', effects: [['THEME_STATUS', 'THEME', 'theme:wohnen', 'EVALUATED']],
          text: 'Die Lenkungsgruppe nimmt die Auswertung zur Kenntnis. Die Kachel wird von der KI-Redaktion dauerhaft gepflegt.',
        } },
      { title: 'Umstellung auf die KIM-Datenbank des Landes', kind: 'INFO', presenter: 'p:ks2',
        tasks: [{ title: 'Schulungsbedarf der Träger für die KIM-Datenbank erheben', owner: 'p:ks2', due: '2026-03-31', status: 'OPEN' }] },
    ]),
  },
  {
    key: 'm:lg9', committee: 'c:lg', sequenceNo: 9, title: '9. Sitzung der Lenkungsgruppe KI/KIM', startsAt: '2026-12-08T14:00',
    location: ROOM, status: 'PLANNED',
    items: agenda({}, [
      { title: 'Zwischenbericht der Projektgruppe Muttersprachliche Schuldnerberatung', kind: 'REPORT', presenter: 'p:ks2',
        links: [['COMMITTEE', 'c:pgSchulden'], ['REPORT_DUE', 'due:pgSchulden1'], ['THEME', 'theme:schulden']] },
      { title: 'Fortschrittsbericht des AK Sexuelle Gesundheit', kind: 'REPORT', presenter: 'p:abt53', links: [['REPORT_DUE', 'due:akSex2']] },
      { key: 'item:lg9:trauma', title: 'Traumatherapie in Herkunftssprachen – Versorgungsdaten und weiteres Vorgehen', kind: 'DISCUSSION', presenter: 'p:ks2', links: [['THEME', 'theme:trauma']] },
      { title: 'Sitzungstermine 2027', kind: 'DECISION', presenter: 'p:gb2Lead' },
    ]),
  },
];
