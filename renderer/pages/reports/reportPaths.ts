/** The areas of one report's page, as they appear in the address ('#/berichte/<id>/vorschau'). */
export const REPORT_TABS = [
  { slug: 'kapitel', label: 'Kapitel' },
  { slug: 'vorschau', label: 'Vorschau' },
] as const;

export type ReportTab = (typeof REPORT_TABS)[number]['slug'];

export type ReportRoute = { kind: 'list' } | { kind: 'report'; reportId: string; tab: ReportTab };

export const REPORTS_BASE = '/berichte';

/** '' is the list of reports, '<id>' a report's chapters, '<id>/vorschau' its preview; unknown tabs show the chapters. */
export function parseReportRoute(sub: string): ReportRoute {
  const [id, tab] = sub.split('/').filter(Boolean);
  if (!id) return { kind: 'list' };
  return { kind: 'report', reportId: id, tab: REPORT_TABS.find((t) => t.slug === tab)?.slug ?? 'kapitel' };
}

export function reportPath(reportId: string, tab?: ReportTab): string {
  return `${REPORTS_BASE}/${reportId}${tab && tab !== 'kapitel' ? `/${tab}` : ''}`;
}
