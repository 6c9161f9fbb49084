/** The areas of one report's page, as they appear in the address ('#/berichte/<id>/vorschau'). */
export const REPORT_TABS = [
  { slug: 'kapitel', label: 'Kapitel' },
  { slug: 'vorschau', label: 'Vorschau' },
] as const;

/** The areas of one Konzept version's page ('#/berichte/konzept/<id>/vergleich'). */
export const CONCEPT_TABS = [
  { slug: 'kapitel', label: 'Kapitel' },
  { slug: 'vorschau', label: 'Vorschau' },
  { slug: 'vergleich', label: 'Vergleich' },
] as const;

/** The two areas of the Berichte page: the Sachberichte per year and the versions of the KIM-Konzept. */
export const REPORT_AREAS = [
  { slug: 'sachberichte', label: 'Sachberichte' },
  { slug: 'konzept', label: 'KIM-Konzept' },
] as const;

export type ReportTab = (typeof REPORT_TABS)[number]['slug'];
export type ConceptTab = (typeof CONCEPT_TABS)[number]['slug'];
export type ReportArea = (typeof REPORT_AREAS)[number]['slug'];

export type ReportRoute =
  | { kind: 'list'; area: ReportArea }
  | { kind: 'report'; reportId: string; tab: ReportTab }
  | { kind: 'concept'; conceptId: string; tab: ConceptTab };

export const REPORTS_BASE = '/berichte';
const CONCEPT_SEGMENT = 'konzept';

/**
 * '' lists the Sachberichte, '<id>[/vorschau]' is a Sachbericht; 'konzept' lists the Konzept versions,
 * 'konzept/<id>[/vorschau|/vergleich]' is one version. Unknown tabs show the chapters. Ids never read 'konzept'.
 */
export function parseReportRoute(sub: string): ReportRoute {
  const [first, second, third] = sub.split('/').filter(Boolean);
  if (!first) return { kind: 'list', area: 'sachberichte' };
  if (first === CONCEPT_SEGMENT) {
    if (!second) return { kind: 'list', area: 'konzept' };
    return { kind: 'concept', conceptId: second, tab: CONCEPT_TABS.find((t) => t.slug === third)?.slug ?? 'kapitel' };
  }
  return { kind: 'report', reportId: first, tab: REPORT_TABS.find((t) => t.slug === second)?.slug ?? 'kapitel' };
}

export function reportPath(reportId: string, tab?: ReportTab): string {
  return `${REPORTS_BASE}/${reportId}${tab && tab !== 'kapitel' ? `/${tab}` : ''}`;
}

export function conceptPath(conceptId: string, tab?: ConceptTab): string {
  return `${REPORTS_BASE}/${CONCEPT_SEGMENT}/${conceptId}${tab && tab !== 'kapitel' ? `/${tab}` : ''}`;
}

export function areaPath(area: ReportArea): string {
  return area === 'konzept' ? `${REPORTS_BASE}/${CONCEPT_SEGMENT}` : REPORTS_BASE;
}
