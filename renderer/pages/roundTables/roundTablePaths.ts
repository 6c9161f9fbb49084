/** The areas of the Runde-Tische page and the addresses of one round table and one municipality. */
export const ROUND_TABLE_TABS = [
  { slug: 'termine', label: 'Termine' },
  { slug: 'kommunen', label: 'Kommunen im Überblick' },
  { slug: 'vereinbarungen', label: 'Vereinbarungen' },
] as const;

export type RoundTableTab = (typeof ROUND_TABLE_TABS)[number]['slug'];

export type RoundTableRoute = { kind: 'tab'; tab: RoundTableTab } | { kind: 'roundTable'; id: string };

export const ROUND_TABLES_BASE = '/runde-tische';

/** '' and unknown names show the list of dates; 'termin/<id>' one round table. */
export function parseRoundTableRoute(sub: string): RoundTableRoute {
  const [first, id] = sub.split('/').filter(Boolean);
  if (first === 'termin' && id) return { kind: 'roundTable', id };
  const known = ROUND_TABLE_TABS.find((t) => t.slug === first);
  return { kind: 'tab', tab: known?.slug ?? 'termine' };
}

export function roundTableTabPath(tab: RoundTableTab): string {
  return `${ROUND_TABLES_BASE}/${tab}`;
}

export function roundTablePath(id: string): string {
  return `${ROUND_TABLES_BASE}/termin/${id}`;
}

export function municipalityPath(id: string): string {
  return `/kommunen/${id}`;
}

/** The municipality a '/kommunen/<id>' sub-path names, or undefined for '/kommunen' alone. */
export function parseMunicipalityRoute(sub: string): string | undefined {
  return sub.split('/').filter(Boolean)[0];
}
