import { budgetPlans, events, expenses, fundingRates, fundingYears } from '../schema';
import type { BudgetLine, EventKind } from '../domain/enums';
import type { DemoBuilder } from './builder';

const EUR = 100;
const YEARS = [2022, 2023, 2024, 2025, 2026] as const;
const GUIDELINE_2020 = 'KIM-Richtlinie vom 25.11.2020';
const GUIDELINE_2024 = 'KIM-Richtlinie vom 12.12.2024 (MBl. NRW 2024 Nr. 43)';
const GRANT_NOTICES: Record<number, string> = { 2022: '2022-01-18', 2023: '2023-01-24', 2024: '2024-01-16', 2025: '2025-02-04', 2026: '2026-01-20' };

/** Rates per Fortschreibung 01/2025, 1.1–1.2; the same amounts are assumed for the earlier years. */
const RATES: Array<[BudgetLine, number, 'PER_FTE' | 'PER_HALF_POST' | 'PER_YEAR' | 'CAP_PER_YEAR']> = [
  ['B1_COORDINATION_STAFF', 57_000, 'PER_FTE'],
  ['B1_ADMIN_ASSISTANT', 22_500, 'PER_HALF_POST'],
  ['B1_MATERIAL_COORDINATION', 5_700, 'PER_FTE'],
  ['B1_MATERIAL_ASSISTANT', 2_850, 'PER_YEAR'],
  ['B1_EVENTS', 5_000, 'CAP_PER_YEAR'],
  ['B1_INTERFACE_MEASURES', 10_000, 'CAP_PER_YEAR'],
  ['B2_CASE_MANAGEMENT', 57_000, 'PER_FTE'],
  ['B3_IMMIGRATION_AUTHORITY', 50_000, 'PER_FTE'],
];

/** Planned per year: 3.5 coordination FTE, one 0.5 assistant, 11 CM FTE, 2.0 ABH/EBH FTE. */
const PLANNED: Record<BudgetLine, number> = {
  B1_COORDINATION_STAFF: 199_500, B1_ADMIN_ASSISTANT: 22_500, B1_MATERIAL_COORDINATION: 19_950, B1_MATERIAL_ASSISTANT: 2_850,
  B1_EVENTS: 5_000, B1_INTERFACE_MEASURES: 10_000, B2_CASE_MANAGEMENT: 627_000, B3_IMMIGRATION_AUTHORITY: 100_000, OTHER: 0,
};

type EventSpec = [key: string, heldOn: string, kind: EventKind, title: string, audience: string, participants: number | null, euros: number, line: BudgetLine | null];

export const EVENTS: EventSpec[] = [
  ['ev:cmIntro2022', '2022-09-20', 'TRAINING', 'Einführung in das Case Management nach dem Handlungskonzept KIM', 'Case Manager*innen der Träger', 14, 0, null],
  ['ev:kuscheltier', '2023-04-18', 'PUBLIC_RELATIONS', 'Kuscheltierprojekt in der Ausländerbehörde', 'Kinder, die mit ihren Familien in die ABH kommen', 120, 480, 'B1_EVENTS'],
  ['ev:fotos2024', '2024-03-18', 'EVENT', 'Internationale Wochen gegen Rassismus: Fotowettbewerb „Vielfalt im Kreis“', 'Öffentlichkeit, Schulen, Mitarbeitende', 46, 650, 'B1_EVENTS'],
  ['ev:fachtag2024', '2024-09-26', 'EVENT', 'KIM-Fachtag „Vernetzt integrieren“', 'Kommunen, Träger, Ehrenamt, Behörden', 85, 2_100, 'B1_EVENTS'],
  ['ev:einbuergerung2024', '2024-10-15', 'EVENT', 'Informationsabend Einbürgerung und Niederlassungserlaubnis', 'Zugewanderte, Beratende, Ehrenamt', 62, 320, 'B1_EVENTS'],
  ['ev:presse1', '2024-12-10', 'PUBLIC_RELATIONS', 'KIM-Presseserie, Teil 1: Case Management vor Ort', 'Lokalpresse, Öffentlichkeit', null, 0, null],
  ['ev:presse2', '2025-01-14', 'PUBLIC_RELATIONS', 'KIM-Presseserie, Teil 2: Perspektivberatung in der Ausländerbehörde', 'Lokalpresse, Öffentlichkeit', null, 0, null],
  ['ev:ikoModul1', '2025-02-25', 'TRAINING', 'Sensibilisierungsreihe Interkulturelle Kompetenz, Modul 1', 'Führungskräfte der Kreisverwaltung', 18, 700, 'B1_EVENTS'],
  ['ev:presse3', '2025-03-11', 'PUBLIC_RELATIONS', 'KIM-Presseserie, Teil 3: Bildung für nachhaltige Entwicklung', 'Lokalpresse, Öffentlichkeit', null, 0, null],
  ['ev:fotos2025', '2025-03-21', 'EVENT', 'Internationale Wochen gegen Rassismus: Fotowettbewerb und Ausstellung', 'Öffentlichkeit, Schulen, Mitarbeitende', 58, 720, 'B1_EVENTS'],
  ['ev:einbuergerung2025', '2025-04-29', 'EVENT', 'Informationsabend Einbürgerung', 'Zugewanderte, Beratende, Ehrenamt', 75, 280, 'B1_EVENTS'],
  ['ev:diversity2025', '2025-05-27', 'TRAINING', 'Deutscher Diversity-Tag: Workshop für Auszubildende', 'Auszubildende der Kreisverwaltung', 22, 450, 'B1_EVENTS'],
  ['ev:einbuergerungBme', '2025-09-18', 'EVENT', 'Informationsabend Einbürgerung in Bad Münstereifel', 'Zugewanderte, Beratende, Ehrenamt', 41, 240, 'B1_EVENTS'],
  ['ev:ikoModul2', '2025-10-07', 'TRAINING', 'Sensibilisierungsreihe Interkulturelle Kompetenz, Modul 2', 'Führungskräfte der Kreisverwaltung', 16, 700, 'B1_EVENTS'],
  ['ev:cmIntro2025', '2025-09-02', 'TRAINING', 'Einarbeitung neuer Case Manager*innen: CM-Handlungskonzept', 'neue Case Manager*innen', 6, 0, null],
  ['ev:fotos2026', '2026-03-20', 'EVENT', 'Internationale Wochen gegen Rassismus: Fotowettbewerb 2026', 'Öffentlichkeit, Schulen, Mitarbeitende', 51, 680, 'B1_EVENTS'],
  ['ev:anerkennung1', '2026-04-21', 'EVENT', 'Infoabend Anerkennung ausländischer Berufsabschlüsse', 'Zugewanderte mit ausländischem Abschluss', 34, 550, 'B1_EVENTS'],
  ['ev:ikoModul3', '2026-05-05', 'TRAINING', 'Sensibilisierungsreihe Interkulturelle Kompetenz, Modul 3', 'Führungskräfte der Kreisverwaltung', 15, 600, 'B1_EVENTS'],
];

/** Non-event expenses: workplaces, training fees and the interface measures' bills. */
const OTHER_EXPENSES: Array<[year: number, line: BudgetLine, spentOn: string, euros: number, note: string]> = [
  [2022, 'B1_MATERIAL_COORDINATION', '2022-02-15', 4_800, 'Ausstattung von zwei Arbeitsplätzen (Notebooks, Headsets)'],
  [2022, 'B1_MATERIAL_ASSISTANT', '2022-03-01', 1_150, 'Arbeitsplatz Verwaltungsassistenz'],
  [2023, 'B1_MATERIAL_COORDINATION', '2023-05-10', 1_250, 'Fortbildung Systemisches Case Management (zwei Personen)'],
  [2023, 'B1_INTERFACE_MEASURES', '2023-08-22', 1_890, 'Digitales Übersetzungsgerät für das Beratungsbüro der ABH'],
  [2024, 'B1_MATERIAL_COORDINATION', '2024-04-09', 2_300, 'Ersatzbeschaffung Notebooks; Fachliteratur'],
  [2024, 'B1_INTERFACE_MEASURES', '2024-12-16', 1_500, 'Einrichtung der Integreat-Kachel „Wohnen“ (Redaktionsleistung)'],
  [2025, 'B1_MATERIAL_COORDINATION', '2025-01-20', 1_600, 'Arbeitsplatz nach Nachbesetzung der Koordinierungsstelle BNE'],
  [2025, 'B1_INTERFACE_MEASURES', '2025-03-18', 2_400, 'Übersetzung der Kachel „Wohnen“ in sechs Sprachen'],
  [2025, 'B1_INTERFACE_MEASURES', '2025-05-06', 1_800, 'Druck Leitfaden Wohnungssuche (600 Exemplare)'],
  [2025, 'B1_MATERIAL_ASSISTANT', '2025-06-12', 640, 'Fortbildung Zuwendungsrecht'],
  [2026, 'B1_MATERIAL_COORDINATION', '2026-02-03', 1_350, 'Fortbildung Fallrekonstruktion (externe Begleitung)'],
];

export function insertFunding(b: DemoBuilder): void {
  b.insert(fundingYears, YEARS.map((year) => ({
    id: b.id(`fy:${year}`), year, guidelineVersion: year >= 2025 ? GUIDELINE_2024 : GUIDELINE_2020, grantNoticeDate: GRANT_NOTICES[year],
    grantNoticeRef: `36.08.02-KIM-EU/${year}`, reportDeadline: `${year + 1}-06-30`,
    notes: year === 2025 ? 'Sachausgaben nach neuer Richtlinie: 5.700 € je Koordinierungsstelle, 2.850 € Verwaltungsassistenz.' : null,
  })));
  b.insert(fundingRates, YEARS.flatMap((year) => RATES.map(([line, euros, unit]) => ({
    id: b.id(`fy:${year}:rate:${line}`), fundingYearId: b.id(`fy:${year}`), budgetLine: line, amountCents: euros * EUR, unit,
  }))));
  b.insert(budgetPlans, YEARS.flatMap((year) => RATES.map(([line]) => ({
    id: b.id(`fy:${year}:plan:${line}`), fundingYearId: b.id(`fy:${year}`), budgetLine: line, plannedCents: PLANNED[line] * EUR, note: null,
  }))));
  b.insert(events, EVENTS.map(([key, heldOn, kind, title, audience, participants, euros, line]) => ({
    id: b.id(key), heldOn, kind, title, audience, participants, costCents: euros * EUR, budgetLine: line, note: null,
  })));
  b.insert(expenses, [
    ...EVENTS.filter((e) => e[6] > 0 && e[7]).map(([key, heldOn, , title, , , euros, line]) => ({
      id: b.id(`${key}:expense`), fundingYearId: b.id(`fy:${heldOn.slice(0, 4)}`), budgetLine: line!, spentOn: heldOn,
      amountCents: euros * EUR, note: title, eventId: b.id(key),
    })),
    ...OTHER_EXPENSES.map(([year, line, spentOn, euros, note], i) => ({
      id: b.id(`expense:${i}`), fundingYearId: b.id(`fy:${year}`), budgetLine: line, spentOn, amountCents: euros * EUR, note, eventId: null,
    })),
  ]);
}
