import type { SachberichtFigures } from './sachberichtFigures';

/** German names of the model's parts, for the snapshot comparison ("Lenkungsgruppe › Sitzungen › …"). */
const PART_LABELS: Record<string, string> = {
  year: 'Förderjahr', reportingDate: 'Stichtag', periodEnd: 'Zeitraum bis', office: 'Büro', fundingYear: 'Förderjahr',
  guidelineVersion: 'Richtlinie', grantNoticeDate: 'Datum des Zuwendungsbescheids', grantNoticeRef: 'Aktenzeichen', reportDeadline: 'Abgabefrist',
  staffing: 'Personal', modules: 'Bausteine', total: 'Summe', months: 'Monate', posts: 'Stellen', vacancies: 'Vakanzen', turnover: 'Fluktuation',
  fundedFte: 'geförderte VZÄ', filledFte: 'besetzte VZÄ', filledShare: 'Besetzungsquote', vacantMonths: 'unbesetzte Monate',
  departures: 'Abgänge', arrivals: 'Zugänge', handovers: 'Wechsel',
  steering: 'Lenkungsgruppe', committeeName: 'Name', meetingsHeld: 'Sitzungen', decisionsByType: 'Beschlüsse nach Art', decisions: 'Beschlüsse',
  groups: 'Arbeitsgremien', meetings: 'Sitzungen', measures: 'Maßnahmen', result: 'Ergebnis', mandate: 'Auftrag',
  reconstructions: 'Fallrekonstruktionen', full: 'Fallrekonstruktionen', mini: 'Mini-Fallrekonstruktionen', findings: 'Befunde',
  themesByStatus: 'Themen nach Status', themes: 'Themen', measuresByStatus: 'Maßnahmen nach Status',
  interfaceBudget: 'Schnittstellenbudget', capCents: 'Obergrenze', measuresBudgetCents: 'Maßnahmenbudget', spentCents: 'ausgegeben',
  roundTables: 'Runde Tische', perMunicipality: 'je Kommune', byFormat: 'nach Format', count: 'Anzahl',
  cm: 'Case Management', byProvider: 'nach Träger', byMunicipality: 'nach Kommune', byField: 'nach Handlungsfeld',
  newCases: 'neue Fälle', activeCases: 'aktive Fälle', closedCases: 'abgeschlossene Fälle', contacts: 'Kontakte',
  accompaniments: 'Begleitungen', referrals: 'Verweisungen', avgDurationDays: 'durchschnittliche Dauer (Tage)', entries: 'Einträge',
  events: 'Veranstaltungen', byKind: 'nach Art', list: 'Liste', participants: 'Teilnehmende', costCents: 'Kosten',
  funding: 'Finanzierung', lines: 'Budgetlinien', totals: 'Summe', plannedCents: 'geplant', differenceCents: 'Differenz',
  calendar: 'Terminübersicht', steeringMembers: 'Mitglieder der Lenkungsgruppe',
};

type Leaf = string | number | boolean | null;

/** The element's own name, so a path reads "Runde Tische › je Kommune › Zülpich" rather than an index. */
function elementName(value: unknown, index: number): string {
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    for (const key of ['name', 'label', 'title', 'month', 'seat', 'date']) {
      if (typeof v[key] === 'string' && v[key]) return String(v[key]);
    }
  }
  return String(index + 1);
}

/** Every leaf of the figures as path → { German label, value }. */
export function flattenFigures(figures: SachberichtFigures): Map<string, { label: string; value: Leaf }> {
  const out = new Map<string, { label: string; value: Leaf }>();
  const walk = (value: unknown, path: string, labels: string[]) => {
    if (Array.isArray(value)) {
      const seen = new Map<string, number>();
      value.forEach((item, i) => {
        let name = elementName(item, i);
        const n = (seen.get(name) ?? 0) + 1;
        seen.set(name, n);
        if (n > 1) name = `${name} (${n})`;
        walk(item, `${path}[${name}]`, [...labels, name]);
      });
      return;
    }
    if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key, [...labels, PART_LABELS[key] ?? key]);
      return;
    }
    out.set(path, { label: labels.join(' › '), value: (value ?? null) as Leaf });
  };
  walk(figures, '', []);
  return out;
}
