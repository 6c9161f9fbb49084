import type { MeetingPlan } from './meetingPlan';
import { agenda } from './standingItems';

const ROOM = 'Kreishaus Euskirchen, Großer Sitzungssaal';
export const LG_LOCATION = ROOM;

/** Lenkungsgruppe KI/KIM 2022–2023: constitution, Kommunentour, Geschäftsordnung, first themes. */
export const STEERING_2022_2023: MeetingPlan[] = [
  {
    key: 'm:lg1', committee: 'c:lg', sequenceNo: 1, title: 'Konstituierende Sitzung der Lenkungsgruppe KI/KIM', startsAt: '2022-05-10T14:00',
    location: ROOM, status: 'MINUTES_APPROVED', inaugural: true, minutesBy: 'p:ks1',
    items: agenda({ first: true, report: 'Stand der Stellenbesetzungen in allen drei Bausteinen; das Austauschforum Ukraine findet seit März 2022 wöchentlich online statt.' }, [
      { title: 'Vorstellung des Kommunalen Integrationsmanagements und der KIM-Stellen', kind: 'REPORT', presenter: 'p:ks1',
        minutes: 'Die Koordination stellt Bausteine, Stellen und Zielgruppen vor. Die Mitglieder begrüßen die kreisweite Ausrichtung.' },
      { title: 'Entwurf einer Geschäftsordnung – erste Lesung', kind: 'DISCUSSION', presenter: 'p:ks1',
        minutes: 'Der Entwurf wird beraten. Änderungswünsche zur Ladungsfrist und zur Vertretungsregelung werden bis zum Herbst gesammelt.',
        tasks: [{ title: 'Stellungnahmen der Mitglieder zum GO-Entwurf einholen und einarbeiten', owner: 'p:ks1', due: '2022-09-30', status: 'DONE', completedOn: '2022-09-26' }] },
      { title: 'Einbindung der kreisangehörigen Kommunen: Kommunentour', kind: 'DECISION', presenter: 'p:kiLead',
        minutes: 'Die Kommunen sollen KIM und die zuständigen Case Manager*innen vor Ort kennenlernen.',
        decision: {
          key: 'dec:tour', number: '2022/01', type: 'OTHER',
          text: 'Die Lenkungsgruppe beauftragt die KIM-Koordination, bis Ende 2022 in allen elf kreisangehörigen Kommunen Runde Tische Integration (Kommunentour) durchzuführen und dort die zuständigen Case Manager*innen vorzustellen.',
          tasks: [{ title: 'Kommunentour in allen elf Kommunen durchführen', owner: 'p:ks1', due: '2022-12-31', status: 'DONE', completedOn: '2022-12-13', evidence: 'Elf Termine durchgeführt und dokumentiert.' }],
        } },
    ]),
  },
  {
    key: 'm:lg2', committee: 'c:lg', sequenceNo: 2, title: '2. Sitzung der Lenkungsgruppe KI/KIM', startsAt: '2022-11-29T14:00',
    location: ROOM, status: 'MINUTES_APPROVED', minutesBy: 'p:ks1',
    items: agenda({ report: 'Alle Koordinierungsstellen und acht CM-Stellen bei den Trägern sind besetzt; die KIM-Stellen sind seit Juli 2022 unbefristet. Das Beratungsbüro in der ABH arbeitet seit September 2022.', statusReport: 'Der Auftrag zur Kommunentour ist nahezu erledigt (zehn von elf Terminen).' }, [
      { title: 'Beschluss der Geschäftsordnung der Lenkungsgruppe KI/KIM', kind: 'DECISION', presenter: 'p:gb2Lead', links: [['DOCUMENT', 'doc:go']],
        minutes: 'Die Änderungswünsche aus der ersten Lesung sind eingearbeitet.',
        decision: {
          key: 'dec:go', number: '2022/02', type: 'ADOPT_DOCUMENT', effects: [['ADOPT_DOCUMENT', 'DOCUMENT', 'doc:go']],
          text: 'Die Lenkungsgruppe beschließt ihre Geschäftsordnung in der vorgelegten Fassung. Sie tritt mit dem heutigen Tag in Kraft.',
          tasks: [{ title: 'Beschlossene Geschäftsordnung an alle Mitglieder versenden', owner: 'p:assistant', due: '2022-12-09', status: 'DONE', completedOn: '2022-12-05' }],
        } },
      { title: 'Bericht zur Kommunentour (Runde Tische Integration)', kind: 'REPORT', presenter: 'p:ks1',
        minutes: 'In allen Kommunen wurde der Mehrwert von KIM gesehen; das aufsuchende Angebot wird begrüßt. Vorhandene Angebote werden nicht ersetzt. Wohnraum und Unterbringung wurden in fast allen Kommunen angesprochen.' },
      { title: 'Austauschforum Ukraine: Fortführung als Austauschforum Integration', kind: 'DECISION', presenter: 'p:ks1',
        decision: {
          key: 'dec:forum', number: '2022/03', type: 'OTHER',
          text: 'Das Austauschforum Ukraine wird ab 2023 als Austauschforum Integration vierteljährlich online fortgeführt.',
          tasks: [{ title: 'Terminreihe Austauschforum Integration 2023 festlegen und versenden', owner: 'p:ks1', due: '2023-01-31', status: 'DONE', completedOn: '2023-01-20' }],
        } },
    ]),
  },
  {
    key: 'm:lg3', committee: 'c:lg', sequenceNo: 3, title: '3. Sitzung der Lenkungsgruppe KI/KIM', startsAt: '2023-05-16T14:00',
    location: ROOM, status: 'MINUTES_APPROVED', minutesBy: 'p:ks1',
    items: agenda({ report: 'Die kreisweiten CM-Stellen Integration Point und BNE sind seit dem Frühjahr 2023 besetzt. Das Austauschforum Integration hat zweimal getagt.', statusReport: 'Alle Aufträge aus 2022 sind erledigt.' }, [
      { title: 'Start der CM-Stellen im Integration Point und mit Schwerpunkt BNE', kind: 'REPORT', presenter: 'p:ks2',
        minutes: 'Die Stelle im Integration Point setzt an, wo die Zuständigkeit der Integrationsfachkräfte endet; die BNE-Stelle arbeitet sozialraumorientiert von Mechernich aus.' },
      { title: 'Fallrekonstruktion als Methode im KIM', kind: 'DECISION', presenter: 'p:ks2',
        decision: {
          key: 'dec:method', number: '2023/01', type: 'OTHER',
          text: 'Die Lenkungsgruppe unterstützt die Einführung von Fallrekonstruktionen. Die Koordinierungsstelle 2 organisiert ab 2024 regelmäßige Termine mit den Trägern und der Ausländerbehörde; es werden nur anonymisierte Falldarstellungen verwendet.',
          tasks: [{ title: 'Ablauf und Datenschutzregeln für Fallrekonstruktionen ausarbeiten', owner: 'p:ks2', due: '2023-10-31', status: 'DONE', completedOn: '2023-10-24' }],
        } },
      { title: 'Mitwirkung in den Arbeitskreisen Institutioneller Rassismus und Antidiskriminierung', kind: 'INFO', presenter: 'p:ks3',
        links: [['COMMITTEE', 'c:akRassismus'], ['COMMITTEE', 'c:akAntidiskriminierung']],
        decision: {
          key: 'dec:aks', number: '2023/02', type: 'NOTED',
          text: 'Die Lenkungsgruppe nimmt die Mitwirkung der Koordinierungsstelle Interkulturelle Öffnung in den Arbeitskreisen zur Kenntnis und bittet um jährliche Berichte.',
        } },
    ]),
  },
  {
    key: 'm:lg4', committee: 'c:lg', sequenceNo: 4, title: '4. Sitzung der Lenkungsgruppe KI/KIM', startsAt: '2023-11-21T14:00',
    location: ROOM, status: 'MINUTES_APPROVED', minutesBy: 'p:ks1',
    items: agenda({ report: 'Die Ausschreibung der CM-Stelle im Ausländeramt läuft. Die Träger berichten von steigenden Fallzahlen beim Thema Wohnen.', statusReport: 'Ablauf und Datenschutzregeln für Fallrekonstruktionen liegen vor.' }, [
      { title: 'Handlungsbedarfe aus dem Case Management und dem Integration Point', kind: 'DECISION', presenter: 'p:ks2',
        links: [['THEME', 'theme:wohnen'], ['THEME', 'theme:aufsuchend']],
        minutes: 'Die Koordination stellt gebündelte Bedarfe vor: Wohnungssuche und Unterbringung, Schuldnerberatung, aufsuchende Sozialarbeit.',
        decision: {
          key: 'dec:prio2023', number: '2023/03', type: 'PRIORITISE_THEMES',
          effects: [['THEME_STATUS', 'THEME', 'theme:wohnen', 'PRIORITISED'], ['THEME_STATUS', 'THEME', 'theme:aufsuchend', 'REJECTED']],
          text: 'Die Lenkungsgruppe priorisiert das Thema „Wohnen – Wohnungssuche und kommunale Unterbringung“ mit hoher Priorität. Das Thema „Aufsuchende Sozialarbeit in kleinen Ortsteilen“ wird nicht weiterverfolgt, weil das aufsuchende CM der Träger diesen Bedarf bereits abdeckt.',
          tasks: [{ title: 'Vorschlag für Zusammensetzung und Auftrag einer AG Wohnen vorlegen', owner: 'p:ks1', due: '2024-04-30', status: 'DONE', completedOn: '2024-04-15' }],
        } },
      { title: 'KIM-Fachtag 2024 – erste Planung', kind: 'DISCUSSION', presenter: 'p:ks1',
        minutes: 'Ein Fachtag zur Vernetzung mit den Kommunen wird für 2024 angestrebt.',
        tasks: [{ title: 'Termin und Programmentwurf für den KIM-Fachtag abstimmen', owner: 'p:ks1', due: '2024-03-31', status: 'DONE', completedOn: '2024-03-12' }] },
    ]),
  },
];
