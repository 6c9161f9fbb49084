import { measureBudgets, measureOrganisations, measures, themes, themeStatusHistory } from '../schema';
import type { BudgetLine, MeasureStatus, ThemePriority, ThemeStatus } from '../domain/enums';
import type { DemoBuilder } from './builder';

type Step = [to: ThemeStatus, on: string, decision?: string, note?: string];

interface ThemeSpec {
  key: string;
  title: string;
  description: string;
  field: string;
  priority: ThemePriority | null;
  committee?: string;
  mergedInto?: string;
  history: Step[];
}

const IP_NEEDS = 'Handlungsbedarf aus der Praxis des Integration Point (KIM-Konzept 3.1)';

/** Generative themes from the IP/JC needs in seed 002 3.1, the Kommunentour and the reconstructions. */
export const THEMES: ThemeSpec[] = [
  { key: 'theme:wohnen', title: 'Wohnen – Wohnungssuche und kommunale Unterbringung', field: 'HOUSING', priority: 'HIGH', committee: 'c:agWohnen',
    description: 'Zugewanderte finden nach dem Auszug aus kommunalen Unterkünften kaum Wohnraum; Informationen zu Mietrecht, Wohnberechtigung und Ansprechpersonen fehlen.',
    history: [
      ['IDENTIFIED', '2022-12-13', undefined, 'Hinweise aus der Kommunentour'], ['CONSOLIDATED', '2023-09-15', undefined, 'Fälle aus CM und Integration Point gebündelt'],
      ['PROPOSED', '2023-11-21'], ['PRIORITISED', '2023-11-21', 'dec:prio2023'], ['ASSIGNED', '2024-05-14', 'dec:agWohnen'],
      ['MEASURES_PROPOSED', '2024-10-22', undefined, 'Vorschläge der AG Wohnen'], ['APPROVED', '2024-11-18', 'dec:integreat'],
      ['IN_IMPLEMENTATION', '2024-12-01'], ['EVALUATED', '2025-11-25', 'dec:wohnenEval'],
    ] },
  { key: 'theme:wohnungssuche', title: 'Hilfestellung bei der Wohnungssuche', field: 'HOUSING', priority: null, mergedInto: 'theme:wohnen',
    description: IP_NEEDS,
    history: [['IDENTIFIED', '2023-04-20', undefined, IP_NEEDS], ['CLOSED', '2023-09-15', undefined, 'Mit dem Thema „Wohnen“ zusammengeführt']] },
  { key: 'theme:schulden', title: 'Muttersprachliche Schuldnerberatung', field: 'FINANCES_DEBT', priority: 'HIGH', committee: 'c:pgSchulden',
    description: 'Schuldnerberatung ist für Zugewanderte ohne ausreichende Deutschkenntnisse kaum zugänglich; Schulden entstehen oft an Schnittstellen zwischen Rechtskreisen.',
    history: [
      ['IDENTIFIED', '2023-04-20', undefined, IP_NEEDS], ['CONSOLIDATED', '2024-05-14', undefined, 'Fälle aus Fallrekonstruktionen ergänzt'],
      ['PROPOSED', '2024-11-18'], ['PRIORITISED', '2025-05-20', 'dec:prio2025'], ['ASSIGNED', '2025-11-25', 'dec:pgSchulden'],
    ] },
  { key: 'theme:trauma', title: 'Traumatherapie und psychologische Beratung in Herkunftssprachen', field: 'HEALTH', priority: 'MEDIUM',
    description: 'Für traumatisierte Geflüchtete fehlen muttersprachliche Beratungs- und Therapieangebote; Wartezeiten verhindern Fortschritte in Sprache und Arbeit.',
    history: [
      ['IDENTIFIED', '2023-04-20', undefined, IP_NEEDS], ['CONSOLIDATED', '2025-02-28'], ['PROPOSED', '2025-05-20'],
      ['PARKED', '2025-05-20', 'dec:prio2025', 'Zurückgestellt bis zur Vorlage von Versorgungsdaten'],
    ] },
  { key: 'theme:anerkennung', title: 'Anerkennung ausländischer Abschlüsse', field: 'WORK_TRAINING', priority: 'MEDIUM',
    description: 'Übersetzung und Anerkennung ausländischer Bildungs- und Berufsabschlüsse dauern lange; Zugewanderte kennen Anerkennungsstellen und Förderwege nicht.',
    history: [
      ['IDENTIFIED', '2023-04-20', undefined, IP_NEEDS], ['CONSOLIDATED', '2024-12-10'], ['PROPOSED', '2025-05-20'],
      ['PRIORITISED', '2025-05-20', 'dec:prio2025'], ['MEASURES_PROPOSED', '2025-10-28'], ['APPROVED', '2025-11-25', 'dec:anerkennung'],
      ['IN_IMPLEMENTATION', '2026-04-21', undefined, 'Erster Infoabend durchgeführt'],
    ] },
  { key: 'theme:sprachkurse', title: 'Sprachkurse bei gesundheitlichen oder Lerneinschränkungen', field: 'LANGUAGE', priority: null,
    description: 'Für Menschen mit gesundheitlichen Einschränkungen oder Lernbehinderung fehlen passende Sprachkurse, besonders in der Nordeifel.',
    history: [['IDENTIFIED', '2025-09-30', undefined, 'Aus Fallrekonstruktionen und der Entwicklungskonferenz Nordeifel']] },
  { key: 'theme:abhZugang', title: 'Erreichbarkeit und Terminvergabe der Ausländerbehörde', field: 'RESIDENCE', priority: 'MEDIUM',
    description: 'Lange Wartezeiten auf Termine führen zu Lücken bei Aufenthaltstiteln und in der Folge zu Problemen bei Arbeit und Leistungen.',
    history: [['IDENTIFIED', '2024-09-24'], ['CONSOLIDATED', '2025-06-30', undefined, 'Mini-Fallrekonstruktionen der ABH ausgewertet']] },
  { key: 'theme:aufsuchend', title: 'Aufsuchende Sozialarbeit in kleinen Ortsteilen', field: 'ORIENTATION', priority: 'LOW',
    description: 'In kleinen Ortsteilen der Eifel sind Zugewanderte ohne Anbindung an Institutionen schwer erreichbar.',
    history: [
      ['IDENTIFIED', '2022-12-13', undefined, 'Hinweise aus der Kommunentour'], ['CONSOLIDATED', '2023-09-15'], ['PROPOSED', '2023-11-21'],
      ['REJECTED', '2023-11-21', 'dec:prio2023', 'Bedarf wird durch das aufsuchende CM der Träger abgedeckt'],
    ] },
  { key: 'theme:schulabschluss', title: 'Nachholen von Schulabschlüssen für junge Zugewanderte', field: 'EDUCATION', priority: 'LOW',
    description: 'Junge Zugewanderte über 18 finden kaum Wege zu einem Schulabschluss; Zusammenarbeit mit Schulen und Bildungsträgern ist zu verbessern.',
    history: [['IDENTIFIED', '2025-04-08'], ['CONSOLIDATED', '2025-12-15']] },
];

interface MeasureSpec {
  key: string;
  theme: string | null;
  committee: string | null;
  title: string;
  targetAgreement: string;
  indicators: string;
  approvedBy: string | null;
  status: MeasureStatus;
  start: string;
  end: string;
  line: BudgetLine;
  budgets: Array<[year: number, euros: number]>;
  orgs: string[];
  result?: string;
  evidence?: string;
}

export const MEASURES: MeasureSpec[] = [
  { key: 'measure:integreat', theme: 'theme:wohnen', committee: 'c:agWohnen', title: 'Integreat-Kachel „Wohnen“', approvedBy: 'dec:integreat',
    targetAgreement: 'Bis Ende März 2025 ist in Integreat eine Kachel „Wohnen“ mit Informationen aller elf Kommunen in mindestens sechs Sprachen freigeschaltet.',
    indicators: 'Kachel freigeschaltet; Zahl der Sprachen; Seitenaufrufe im ersten Halbjahr', status: 'COMPLETED', start: '2024-12-01', end: '2025-03-31',
    line: 'B1_INTERFACE_MEASURES', budgets: [[2024, 1_500], [2025, 2_400]], orgs: ['org:team491', 'org:integreat'],
    result: 'Kachel im März 2025 freigeschaltet: 14 Beiträge, je einer pro Kommune, in sieben Sprachen; im ersten Halbjahr rund 2.300 Seitenaufrufe.',
    evidence: 'Statistik der Integreat-Redaktion' },
  { key: 'measure:leitfaden', theme: 'theme:wohnen', committee: 'c:agWohnen', title: 'Leitfaden Wohnungssuche für Ehrenamtliche', approvedBy: 'dec:integreat',
    targetAgreement: 'Ein Leitfaden in Einfacher Sprache liegt bis Mai 2025 in allen Rathäusern und bei den Initiativen aus.',
    indicators: 'Auflage; Verteilstellen', status: 'COMPLETED', start: '2025-01-15', end: '2025-05-31', line: 'B1_INTERFACE_MEASURES',
    budgets: [[2025, 1_800]], orgs: ['org:team491', 'org:volunteersMechernich', 'org:volunteersSchleiden'],
    result: 'Leitfaden mit 24 Seiten in 600 Exemplaren gedruckt und über elf Rathäuser und zwei Initiativen verteilt.' },
  { key: 'measure:anerkennungInfo', theme: 'theme:anerkennung', committee: null, title: 'Infoabende zur Anerkennung ausländischer Berufsabschlüsse', approvedBy: 'dec:anerkennung',
    targetAgreement: '2026 finden zwei Infoabende mit Agentur für Arbeit und Integration Point statt; mindestens 40 Teilnehmende insgesamt.',
    indicators: 'Zahl der Abende; Teilnehmende; anschließende Anerkennungsberatungen', status: 'IN_IMPLEMENTATION', start: '2026-03-01', end: '2026-12-31',
    line: 'B1_EVENTS', budgets: [[2026, 1_200]], orgs: ['org:ip', 'org:aa', 'org:team491'] },
  { key: 'measure:schuldenWegweiser', theme: 'theme:schulden', committee: 'c:pgSchulden', title: 'Mehrsprachiger Wegweiser Schuldnerberatung', approvedBy: null,
    targetAgreement: 'Ein Wegweiser in vier Sprachen erklärt Zugänge zur Schuldnerberatung und wird von allen CM-Stellen genutzt.',
    indicators: 'Sprachen; Verteilung an CM-Stellen; Erstgespräche mit Dolmetschung', status: 'PROPOSED', start: '2026-10-01', end: '2027-03-31',
    line: 'B1_INTERFACE_MEASURES', budgets: [[2026, 800], [2027, 2_200]], orgs: ['org:debtAdvice', 'org:team491'] },
  { key: 'measure:uebersetzungsgeraet', theme: null, committee: null, title: 'Digitales Übersetzungsgerät in der ABH-Beratung', approvedBy: null,
    targetAgreement: 'Beratungsgespräche im Beratungsbüro der ABH können ab Herbst 2023 ohne Wartezeit auf Dolmetschende geführt werden.',
    indicators: 'Einsatz in Beratungen pro Monat', status: 'COMPLETED', start: '2023-06-01', end: '2023-09-30', line: 'B1_INTERFACE_MEASURES',
    budgets: [[2023, 1_890]], orgs: ['org:abt32'], result: 'Gerät seit September 2023 im Einsatz, durchschnittlich in rund 30 Beratungen pro Monat.' },
  { key: 'measure:ikoReihe', theme: null, committee: 'c:akRassismus', title: 'Sensibilisierungsreihe Interkulturelle Kompetenz für Führungskräfte', approvedBy: null,
    targetAgreement: 'Bis Ende 2026 haben alle Abteilungsleitungen der Kreisverwaltung an mindestens einem Modul teilgenommen.',
    indicators: 'Module; Teilnehmende; Rückmeldebögen', status: 'IN_IMPLEMENTATION', start: '2025-02-01', end: '2026-12-31', line: 'B1_EVENTS',
    budgets: [[2025, 2_100], [2026, 1_800]], orgs: ['org:team491', 'org:abt10'] },
];

export function insertThemesAndMeasures(b: DemoBuilder): void {
  const current = (t: ThemeSpec) => t.history[t.history.length - 1][0];
  b.insert(themes, THEMES.filter((t) => !t.mergedInto).concat(THEMES.filter((t) => t.mergedInto)).map((t) => ({
    id: b.id(t.key), title: t.title, description: t.description, fieldOfAction: t.field, priority: t.priority, status: current(t),
    assignedCommitteeId: t.committee ? b.id(t.committee) : null, mergedIntoThemeId: t.mergedInto ? b.id(t.mergedInto) : null,
  })));
  b.insert(themeStatusHistory, THEMES.flatMap((t) => t.history.map(([to, on, decision, note], i) => ({
    id: b.id(`${t.key}:status:${i}`), themeId: b.id(t.key), fromStatus: i === 0 ? null : t.history[i - 1][0], toStatus: to,
    changedAt: `${on}T12:00:00.000Z`, decisionId: decision ? b.id(decision) : null, note: note ?? null,
  }))));
  b.insert(measures, MEASURES.map((m) => ({
    id: b.id(m.key), themeId: m.theme ? b.id(m.theme) : null, committeeId: m.committee ? b.id(m.committee) : null, title: m.title,
    targetAgreement: m.targetAgreement, indicators: m.indicators, approvedByDecisionId: m.approvedBy ? b.id(m.approvedBy) : null,
    status: m.status, startDate: m.start, endDate: m.end, budgetLine: m.line, result: m.result ?? null, evidence: m.evidence ?? null,
  })));
  b.insert(measureBudgets, MEASURES.flatMap((m) => m.budgets.map(([year, euros]) => ({ measureId: b.id(m.key), year, amountCents: euros * 100 }))));
  b.insert(measureOrganisations, MEASURES.flatMap((m) => m.orgs.map((org) => ({ measureId: b.id(m.key), organisationId: b.id(org) }))));
}
