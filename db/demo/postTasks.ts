// Task profiles of the posts, one task per line, as the Fortschreibung 01/2025 (seed 002, 2.1–3.3) lists them.

export const TASKS_KS1 = [
  'Koordination Lenkungsgruppe, Projektarbeitsgruppen, Arbeitskreise',
  'Pflege von Netzwerkstrukturen und Kooperationen, insbesondere mit den kreisangehörigen Kommunen',
  'Schnittstellenmanagement',
  'Monitoring, qualitative und quantitative Erfassung der Zielgruppe, Pflege von Datenbankstrukturen (mit der Bildungsmonitoring-Stelle im KoBIZ)',
  'Controlling (Förderprogrammcontrolling)',
  'Unterstützung der Verwaltungsassistenz bei der Personal- und Sachausgabenabwicklung in Absprache mit der KI-Leitung',
  'Berichtswesen',
  'Fortschreibung des KIM-Konzeptes',
  'Case Management – Evaluation, Nachsteuerung und Weiterentwicklung',
  'Organisation von Fortbildungen und Qualifizierungen des Personals im KIM',
  'Organisation der externen Begleitung und Beratung',
  'Öffentlichkeitsarbeit',
].join('\n');

export const TASKS_KS2 = [
  'Fachanleitung CM-Team, fortlaufende Einarbeitung neuer Case Manager*innen',
  'Organisation, Moderation und Nachbereitung der Teamsitzungen',
  'Dokumentenmanagement',
  'Schnittstellenmanagement, insbesondere zu Baustein 3',
  'Fallrekonstruktion',
  'CM-Controlling',
  'Evaluation, Nachsteuerung und Weiterentwicklung',
  'Fortschreibung des KIM-CM-Handlungskonzeptes',
  'Unterstützung bei der Koordination von Lenkungsgruppe, Projektarbeitsgruppen, Arbeitskreisen',
  'Organisation von Fortbildungen und Qualifizierungen des Personals im KIM',
  'Öffentlichkeitsarbeit',
].join('\n');

export const TASKS_KS3 = [
  'Konzepte zur diskriminierungskritischen Sensibilisierung von Mitarbeitenden, Führungskräften und Auszubildenden',
  'Sensibilisierungs- und Austauschformate für Führungskräfte, Mitarbeitende, Kommunen, Auszubildende und junge Menschen mit Einwanderungsgeschichte',
  'Mitwirkung an diversitätssensiblen On- und Offboarding-Prozessen',
  'Maßnahmen für diskriminierungs- und diversitätssensible Bewerbungs- und Auswahlverfahren',
  'Marketingmaßnahmen zur Fachkräftegewinnung für den Öffentlichen Dienst',
  'Aktionen zum Deutschen Diversity-Tag und zu den Internationalen Wochen gegen Rassismus',
  'Zusammenarbeit mit Antidiskriminierungsstellen und Integrationsagenturen im Arbeitskreis Antidiskriminierung',
  'Entwicklung von Monitoringinstrumenten',
  'Evaluation der Maßnahmen und Nachsteuerung',
  'Mitwirkung bei KIM-Arbeitsprozessen (Fallrekonstruktionen, Öffentlichkeitsarbeit, Lenkungsgruppe)',
].join('\n');

export const TASKS_KS4 = [
  'Strategische Steuerung, Fachaufsicht, Controlling und Qualitätssicherung der CM-BNE-Stelle',
  'Einbringung diversitätssensibler Perspektiven in die BNE-Netzwerkarbeit',
  'Konzeptionsarbeit im Bereich Bildung für nachhaltige Entwicklung',
  'Etablierung von BNE in den kommunalen Strukturen als ganzheitlicher Ansatz',
  'Bündelung und Sichtbarmachung der Angebotsstruktur für Menschen mit Migrationshintergrund',
  'Ausbau diversitätssensibler BNE-Angebote (niederschwellig, mehrsprachig, Einfache Sprache)',
  'Informations- und Wissenstransfer (Übersetzung und Verbreitung von Infomaterial im Kontext BNE)',
  'Evaluation der Maßnahmen und Nachsteuerung',
  'Mitwirkung bei KIM-Arbeitsprozessen (Fallrekonstruktionen, Öffentlichkeitsarbeit, Lenkungsgruppe)',
].join('\n');

export const TASKS_ASSISTANT = [
  'Personal- und Sachausgabenabwicklung',
  'Mittelabruf und Vorbereitung des zahlenmäßigen Nachweises',
  'Organisation von Sitzungen und Veranstaltungen',
].join('\n');

export const TASKS_CM_PROVIDER = [
  'Aufsuchende, rechtskreisübergreifende Beratung und Begleitung bislang unversorgter Gruppen',
  'Assessment, Zielvereinbarung und Hilfeplanung mit den Klient*innen',
  'Verweisberatung in Rechtskreise mit eigenem Fallmanagement (SGB II, III, VIII)',
  'Mitwirkung an Fallrekonstruktionen, Netzwerkarbeit und Arbeitsgruppen (ca. 30 % der Arbeitszeit)',
].join('\n');

export const TASKS_CM_IP = [
  'Begleitung von Kund*innen mit multiplen Vermittlungshemmnissen, wo die Zuständigkeit des Integration Point endet',
  'Soziale Einzelfallbetreuung, aufsuchend, Begleitung bei Behördengängen',
  'Überleitung in arbeitsmarktpolitische Instrumente des SGB II und SGB III',
].join('\n');

export const TASKS_CM_BNE = [
  'Soziale Einzelfallbetreuung, auch aufsuchend, mit Einbindung in Sprach- und Bildungsangebote („Griffbereit“, „Rucksack“)',
  'Sozialraumorientierte BNE-Angebote (Upcyclingprojekte, Nähcafés, gesundheitsfördernde Angebote)',
  'Stärkung von Familien als Multiplikator*innen nachhaltiger Lebensstile',
].join('\n');

export const TASKS_CM_ABH = [
  'Erstberatung/Intake und sozialpädagogische Beratung in der Ausländerbehörde',
  'Übergabe in das KIM-Case-Management mit Informationen zu ausländerrechtlichen Kriterien',
  'Verweisberatung zu §§ 25a, 25b, 104c, 19d, 60c, 16g AufenthG, Niederlassungserlaubnis und Einbürgerung',
].join('\n');

export const TASKS_B3 = [
  'Perspektivberatung und Förderung besonderer Integrationsleistungen',
  'Bearbeitung und Prüfung von Anträgen nach §§ 25a, 25b, 60c, 60d, 19d und 104c AufenthG',
  'Mini-Fallrekonstruktionen zu Einzelfällen in CM-Betreuung',
  'Informationsveranstaltungen zu Einbürgerung und Niederlassungserlaubnis',
].join('\n');
