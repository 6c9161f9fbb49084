export interface NavItem {
  path: string;
  label: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/uebersicht', label: 'Übersicht' },
  { path: '/lenkungsgruppe', label: 'Lenkungsgruppe' },
  { path: '/gruppen', label: 'Gruppen' },
  { path: '/runde-tische', label: 'Runde Tische' },
  { path: '/fallrekonstruktionen', label: 'Fallrekonstruktionen' },
  { path: '/themen', label: 'Themen & Maßnahmen' },
  { path: '/foerderung', label: 'Förderung & Zahlen' },
  { path: '/berichte', label: 'Berichte' },
  { path: '/stammdaten', label: 'Stammdaten' },
  { path: '/einstellungen', label: 'Einstellungen' },
];

export const HOME_PATH = '/uebersicht';

/** The navigation entry a path belongs to ('/stammdaten/stellen' → '/stammdaten'). */
export function topLevel(path: string): string {
  const first = path.split('/').filter(Boolean)[0];
  return first ? `/${first}` : HOME_PATH;
}

/** Pages without an entry of their own, and the entry they belong to: a municipality's page is part of the Runde Tische. */
const NAV_PARENTS: Record<string, string> = { '/kommunen': '/runde-tische' };

/** The navigation entry to mark as current for a path. */
export function navSection(path: string): string {
  const top = topLevel(path);
  return NAV_PARENTS[top] ?? top;
}

/** The part after the top level ('/stammdaten/stellen' → 'stellen'), or '' when there is none. */
export function subPath(path: string): string {
  return path.split('/').filter(Boolean).slice(1).join('/');
}
