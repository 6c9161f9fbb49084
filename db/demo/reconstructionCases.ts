import type { AgeBand, CaseSource, FindingKind, LegalDomain, ReconstructionFormat } from '../domain/enums';

export type FindingSpec = [kind: FindingKind, description: string, theme: string | null, orgs: string[]];

export interface CaseSpec {
  heldOn: string;
  format: ReconstructionFormat;
  /** The provider's own case code; the mapping to a person never leaves the provider. */
  code: string;
  source: CaseSource;
  provider: string;
  town: string | null;
  age: AgeBand;
  fields: string[];
  legal: LegalDomain[];
  summary: string;
  privacy?: string;
  participants: Array<[org: string, role: string]>;
  findings: FindingSpec[];
}

const HEALTH_NOTE = 'Gesundheitsbezug nötig, um die Versorgungslücke zu belegen; keine Diagnose erfasst.';
const SMALL_TOWN = 'Kommune weggelassen: in kleinen Ortsteilen wäre der Fall sonst wiedererkennbar.';

/** Anonymised cases: no names, no birth dates, no addresses — only what shows the structural problem. */
export const CASES: CaseSpec[] = [
  { heldOn: '2024-02-20', format: 'FULL', code: 'CE-2024-004', source: 'KIM_CM', provider: 'org:caritasEu', town: 'Euskirchen', age: '27_44',
    fields: ['HOUSING', 'FINANCES_DEBT'], legal: ['ASYLBLG', 'SGB_II'],
    summary: 'Familie mit drei Kindern. Nach der Anerkennung Wechsel vom AsylbLG ins SGB II; in der Übergangszeit entstanden Mietrückstände, weil die Übernahme der Unterkunftskosten ungeklärt war. Eine Schuldenregulierung scheiterte zunächst an fehlender Sprachmittlung.',
    participants: [['org:caritasEu', 'Falleinbringung'], ['org:team491', 'Moderation'], ['org:jc', 'Fachperspektive'], ['org:abt50', 'Fachperspektive']],
    findings: [
      ['INTERFACE', 'Beim Wechsel vom AsylbLG ins SGB II stimmen Sozialamt und Jobcenter die Übernahme der Unterkunftskosten nicht ab; es entstehen Mietrückstände.', 'theme:wohnen', ['org:abt50', 'org:jc']],
      ['GAP_IN_SERVICES', 'Schuldnerberatung in Herkunftssprachen fehlt; Wartezeit mit Dolmetschung über drei Monate.', 'theme:schulden', ['org:debtAdvice']],
    ] },
  { heldOn: '2024-03-19', format: 'MINI', code: 'AB-2024-007', source: 'ABH', provider: 'org:abt32', town: null, age: '18_26',
    fields: ['RESIDENCE', 'WORK_TRAINING'], legal: ['AUFENTHG', 'SGB_III'],
    summary: 'Junger Erwachsener mit Duldung und Ausbildungsplatzzusage. Die Ausbildungsduldung verzögerte sich, weil Nachweise zur Identitätsklärung zwischen Beratung, ABH und Betrieb nicht abgestimmt waren.',
    privacy: SMALL_TOWN, participants: [['org:abt32', 'Falleinbringung'], ['org:team491', 'Moderation'], ['org:aa', 'Fachperspektive']],
    findings: [['PROCESS_BARRIER', 'Anforderungen zur Identitätsklärung für die Ausbildungsduldung sind Betrieben und Beratungsstellen nicht bekannt.', 'theme:abhZugang', ['org:abt32', 'org:aa']]] },
  { heldOn: '2024-05-28', format: 'FULL', code: 'DRK-24-031', source: 'KIM_CM', provider: 'org:drk', town: 'Zülpich', age: '45_64',
    fields: ['HOUSING', 'HEALTH'], legal: ['SGB_II', 'SGB_V'],
    summary: 'Alleinstehende Person mit chronischer Erkrankung in einer kommunalen Unterkunft. Wohnungsbesichtigungen scheiterten an Absagen und fehlender Begleitung; die Unterkunft ist für die Erkrankung ungeeignet.',
    privacy: HEALTH_NOTE, participants: [['org:drk', 'Falleinbringung'], ['org:team491', 'Moderation'], ['org:admin:Zülpich', 'Fachperspektive']],
    findings: [
      ['ACCESS_BARRIER', 'Ohne Begleitung gelingen Wohnungsbesichtigungen kaum; Vermieter*innen fehlt eine Ansprechperson.', 'theme:wohnen', ['org:admin:Zülpich']],
      ['INFORMATION_DEFICIT', 'Zugewanderte kennen Wohnberechtigungsschein und Mietobergrenzen nicht.', 'theme:wohnen', []],
    ] },
  { heldOn: '2024-07-16', format: 'FULL', code: 'IP-2024-006', source: 'KIM_CM', provider: 'org:ip', town: 'Mechernich', age: '27_44',
    fields: ['WORK_TRAINING', 'LANGUAGE'], legal: ['SGB_II', 'SGB_III'],
    summary: 'Person mit ausländischem Hochschulabschluss in einer Helfertätigkeit. Die Anerkennung stockte, weil Übersetzungskosten ungeklärt waren und die zuständige Anerkennungsstelle nicht bekannt war.',
    participants: [['org:ip', 'Falleinbringung'], ['org:team491', 'Moderation'], ['org:aa', 'Fachperspektive']],
    findings: [
      ['INFORMATION_DEFICIT', 'Zuständige Anerkennungsstellen und Förderung von Übersetzungskosten sind Ratsuchenden und Teilen der Beratung unbekannt.', 'theme:anerkennung', ['org:ip', 'org:aa']],
      ['PROCESS_BARRIER', 'Die Übernahme von Übersetzungskosten wird zwischen Jobcenter und Agentur für Arbeit unterschiedlich gehandhabt.', 'theme:anerkennung', ['org:jc', 'org:aa']],
    ] },
  { heldOn: '2024-09-24', format: 'MINI', code: 'AB-2024-015', source: 'ABH', provider: 'org:abt32', town: 'Euskirchen', age: '27_44',
    fields: ['RESIDENCE'], legal: ['AUFENTHG', 'SGB_II'],
    summary: 'Aufenthaltstitel lief während der Wartezeit auf einen Verlängerungstermin ab; die Fiktionsbescheinigung lag dem Arbeitgeber nicht rechtzeitig vor, das Arbeitsverhältnis wurde ausgesetzt.',
    participants: [['org:abt32', 'Falleinbringung'], ['org:team491', 'Moderation']],
    findings: [['PROCESS_BARRIER', 'Wartezeiten auf Verlängerungstermine führen zu Lücken im Nachweis des Aufenthalts gegenüber Arbeitgebern.', 'theme:abhZugang', ['org:abt32']]] },
  { heldOn: '2024-10-29', format: 'FULL', code: 'KJA-2024-112', source: 'KIM_CM', provider: 'org:kja', town: 'Euskirchen', age: '18_26',
    fields: ['EDUCATION', 'FAMILY_CHILDREN'], legal: ['SGB_VIII', 'SGB_II'],
    summary: 'Junge Frau, seit kurzem volljährig, ohne Schulabschluss. Mit dem Ende der Jugendhilfe brach die Begleitung ab; ein Bildungsgang zum Nachholen des Abschlusses war nicht erreichbar.',
    participants: [['org:kja', 'Falleinbringung'], ['org:team491', 'Moderation'], ['org:abt51', 'Fachperspektive'], ['org:schulaufsicht', 'Fachperspektive']],
    findings: [
      ['INTERFACE', 'Beim Übergang aus der Jugendhilfe mit der Volljährigkeit fehlt eine verbindliche Übergabe an andere Beratungsstellen.', null, ['org:abt51', 'org:jc']],
      ['GAP_IN_SERVICES', 'Angebote zum Nachholen von Schulabschlüssen für über 18-Jährige fehlen im ländlichen Raum.', 'theme:schulabschluss', ['org:schulaufsicht']],
    ] },
  { heldOn: '2024-12-10', format: 'FULL', code: 'CRE-2024-019', source: 'KIM_CM', provider: 'org:caritasEifel', town: null, age: '27_44',
    fields: ['HEALTH', 'LANGUAGE'], legal: ['SGB_II', 'SGB_V'],
    summary: 'Geflüchtete Person mit Hinweisen auf eine Traumafolgestörung bricht Sprachkurse wiederholt ab. Ein muttersprachliches Therapieangebot ist im Kreis nicht verfügbar, die Wartezeit andernorts beträgt über ein Jahr.',
    privacy: `${HEALTH_NOTE} ${SMALL_TOWN}`,
    participants: [['org:caritasEifel', 'Falleinbringung'], ['org:team491', 'Moderation'], ['org:abt53', 'Fachperspektive']],
    findings: [
      ['GAP_IN_SERVICES', 'Muttersprachliche Traumatherapie und psychologische Beratung fehlen im Kreis.', 'theme:trauma', ['org:abt53']],
      ['ACCESS_BARRIER', 'Sprachkurse berücksichtigen gesundheitliche Einschränkungen nicht; Abbrüche führen zu Sanktionsrisiken.', 'theme:sprachkurse', ['org:jc']],
    ] },
  { heldOn: '2025-01-21', format: 'MINI', code: 'AB-2025-002', source: 'ABH', provider: 'org:abt32', town: 'Mechernich', age: '45_64',
    fields: ['NATURALISATION', 'LANGUAGE'], legal: ['STAG'],
    summary: 'Langjährig im Kreis lebende Person erfüllt die Voraussetzungen für die Einbürgerung bis auf den Sprachnachweis; passende Prüfungstermine sind in der Region knapp.',
    participants: [['org:abt32', 'Falleinbringung'], ['org:team491', 'Moderation']],
    findings: [['ACCESS_BARRIER', 'Prüfungstermine für Sprachnachweise sind in der Region knapp und schwer erreichbar.', null, []]] },
  { heldOn: '2025-02-18', format: 'FULL', code: 'CE-2025-003', source: 'KIM_CM', provider: 'org:caritasEu', town: 'Bad Münstereifel', age: '27_44',
    fields: ['FINANCES_DEBT', 'ORIENTATION'], legal: ['SGB_II'],
    summary: 'Person schloss mehrere Mobilfunk- und Energieverträge ab, deren Bedingungen sie nicht verstand; Inkassoforderungen folgten. Eine Schuldnerberatung mit Dolmetschung war erst nach Monaten möglich.',
    participants: [['org:caritasEu', 'Falleinbringung'], ['org:team491', 'Moderation'], ['org:debtAdvice', 'Fachperspektive']],
    findings: [
      ['GAP_IN_SERVICES', 'Präventive Verbraucherinformation in Herkunftssprachen fehlt.', 'theme:schulden', ['org:debtAdvice']],
      ['DUPLICATE_STRUCTURE', 'Träger und Ehrenamt übersetzen dieselben Standardschreiben mehrfach, ohne voneinander zu wissen.', null, ['org:caritasEu', 'org:volunteersMechernich']],
    ] },
  { heldOn: '2025-03-25', format: 'FULL', code: 'DRK-25-008', source: 'KIM_CM', provider: 'org:drk', town: 'Weilerswist', age: '27_44',
    fields: ['FAMILY_CHILDREN', 'EDUCATION'], legal: ['SGB_VIII', 'SGB_II'],
    summary: 'Familie mit schulpflichtigen Kindern; Leistungen für Bildung und Teilhabe wurden nicht beantragt, weil die Zuständigkeit zwischen Rathaus und Jobcenter unklar war.',
    participants: [['org:drk', 'Falleinbringung'], ['org:team491', 'Moderation'], ['org:admin:Weilerswist', 'Fachperspektive'], ['org:jc', 'Fachperspektive']],
    findings: [['INFORMATION_DEFICIT', 'Zuständigkeiten für Bildungs- und Teilhabeleistungen sind Familien und teils auch Beratenden unklar.', null, ['org:jc', 'org:admin:Weilerswist']]] },
  { heldOn: '2025-05-06', format: 'MINI', code: 'AB-2025-009', source: 'KIM_CM', provider: 'org:abt32', town: 'Kall', age: '18_26',
    fields: ['RESIDENCE', 'WORK_TRAINING'], legal: ['AUFENTHG', 'SGB_III'],
    summary: 'CM-Fall mit Beschäftigungsduldung in Aussicht: Die Voraussetzungen waren erfüllt, der Antrag wurde aber erst spät gestellt, weil Betrieb und Beratung die Fristen nicht kannten.',
    participants: [['org:abt32', 'Falleinbringung'], ['org:drk', 'Fachperspektive'], ['org:team491', 'Moderation']],
    findings: [['INFORMATION_DEFICIT', 'Fristen und Voraussetzungen der Beschäftigungsduldung sind in Betrieben und bei Trägern wenig bekannt.', 'theme:abhZugang', ['org:abt32', 'org:drk']]] },
  { heldOn: '2025-06-24', format: 'FULL', code: 'IP-2025-011', source: 'KIM_CM', provider: 'org:ip', town: 'Euskirchen', age: '45_64',
    fields: ['WORK_TRAINING', 'HEALTH'], legal: ['SGB_II', 'SGB_IX'],
    summary: 'Person mit ausländischem Berufsabschluss in der Pflege und körperlichen Einschränkungen; Anerkennung und Reha-Beratung liefen nebeneinander, ohne dass die Stellen voneinander wussten.',
    privacy: HEALTH_NOTE, participants: [['org:ip', 'Falleinbringung'], ['org:team491', 'Moderation'], ['org:aa', 'Fachperspektive']],
    findings: [
      ['INTERFACE', 'Anerkennungsberatung und berufliche Rehabilitation stimmen sich nicht ab.', 'theme:anerkennung', ['org:aa', 'org:jc']],
      ['DUPLICATE_STRUCTURE', 'Zwei Stellen erheben dieselben Unterlagen zum Berufsabschluss.', 'theme:anerkennung', ['org:aa', 'org:ip']],
    ] },
  { heldOn: '2025-08-26', format: 'FULL', code: 'CRE-2025-014', source: 'KIM_CM', provider: 'org:caritasEifel', town: 'Schleiden', age: '65_PLUS',
    fields: ['HEALTH', 'ORIENTATION'], legal: ['SGB_XII', 'SGB_V'],
    summary: 'Ältere zugewanderte Person ohne Angehörige vor Ort; Pflegeberatung und Grundsicherung waren wegen Sprachbarrieren und fehlender Mobilität kaum erreichbar.',
    privacy: HEALTH_NOTE, participants: [['org:caritasEifel', 'Falleinbringung'], ['org:team491', 'Moderation'], ['org:abt50', 'Fachperspektive']],
    findings: [['ACCESS_BARRIER', 'Beratungsstellen in der Nordeifel sind ohne Auto kaum erreichbar; Hausbesuche gibt es nur vereinzelt.', null, ['org:abt50']]] },
  { heldOn: '2025-09-30', format: 'FULL', code: 'KJA-2025-087', source: 'OTHER_SERVICE', provider: 'org:kja', town: null, age: 'UNDER_18',
    fields: ['LANGUAGE', 'EDUCATION'], legal: ['SGB_VIII'],
    summary: 'Fall aus dem Jugendmigrationsdienst: Jugendlicher mit Lernschwierigkeiten findet keinen passenden Sprachförderkurs; Schule und Jugendhilfe klärten die Ursachen nicht gemeinsam.',
    privacy: SMALL_TOWN, participants: [['org:kja', 'Falleinbringung'], ['org:team491', 'Moderation'], ['org:schulaufsicht', 'Fachperspektive']],
    findings: [['GAP_IN_SERVICES', 'Sprachförderung für junge Menschen mit Lernbeeinträchtigungen fehlt.', 'theme:sprachkurse', ['org:schulaufsicht', 'org:abt51']]] },
  { heldOn: '2025-11-04', format: 'MINI', code: 'AB-2025-021', source: 'ABH', provider: 'org:abt32', town: 'Zülpich', age: '27_44',
    fields: ['RESIDENCE', 'HOUSING'], legal: ['AUFENTHG', 'ASYLBLG'],
    summary: 'Wohnsitzauflage und Wohnungsangebot in einer anderen Kommune: Die Umverteilung dauerte so lange, dass die Wohnung anderweitig vergeben wurde.',
    participants: [['org:abt32', 'Falleinbringung'], ['org:team491', 'Moderation'], ['org:admin:Zülpich', 'Fachperspektive']],
    findings: [['PROCESS_BARRIER', 'Umverteilungen bei Wohnsitzauflage dauern länger, als Wohnungsangebote gelten.', 'theme:wohnen', ['org:abt32']]] },
  { heldOn: '2025-12-09', format: 'FULL', code: 'CE-2025-027', source: 'KIM_CM', provider: 'org:caritasEu', town: 'Euskirchen', age: '27_44',
    fields: ['FINANCES_DEBT', 'HOUSING'], legal: ['SGB_II'],
    summary: 'Energieschulden nach einer Nachzahlung führten zur Sperrandrohung; das Darlehen des Jobcenters wurde nicht beantragt, weil die Person das Schreiben nicht verstand.',
    participants: [['org:caritasEu', 'Falleinbringung'], ['org:team491', 'Moderation'], ['org:jc', 'Fachperspektive'], ['org:debtAdvice', 'Fachperspektive']],
    findings: [['INFORMATION_DEFICIT', 'Schreiben zu Nachzahlungen und Sperrandrohungen werden nicht verstanden; es gibt keine mehrsprachigen Hinweise.', 'theme:schulden', ['org:jc', 'org:debtAdvice']]] },
];
