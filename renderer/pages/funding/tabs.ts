export interface FundingTab {
  slug: string;
  label: string;
}

export const FUNDING_TABS: readonly FundingTab[] = [
  { slug: 'jahre', label: 'Förderjahre' },
  { slug: 'personal', label: 'Personalnachweis' },
  { slug: 'fallzahlen', label: 'Fallzahlen' },
  { slug: 'veranstaltungen', label: 'Veranstaltungen' },
];

/** Splits 'jahre/2025' into the tab and the rest of the path the tab routes itself ('2025'). */
export function parseFundingRoute(sub: string): { tab: FundingTab; rest: string } {
  const [first = '', ...rest] = sub.split('/').filter(Boolean);
  const tab = FUNDING_TABS.find((t) => t.slug === first) ?? FUNDING_TABS[0];
  return { tab, rest: tab.slug === first ? rest.join('/') : '' };
}
