/** The three views of the Fallzahlen tab; each has its own address below /foerderung/fallzahlen. */
export const CM_VIEWS = [
  { slug: '', label: 'Erfassung' },
  { slug: 'auswertung', label: 'Auswertung' },
  { slug: 'import', label: 'CSV-Import' },
] as const;

export type CmView = (typeof CM_VIEWS)[number]['slug'];

/** 'auswertung/…' → 'auswertung'; anything unknown falls back to the grid. */
export function parseCmView(rest: string): CmView {
  const first = rest.split('/').filter(Boolean)[0] ?? '';
  return CM_VIEWS.find((v) => v.slug === first)?.slug ?? '';
}

export function cmViewPath(view: string): string {
  return view ? `/foerderung/fallzahlen/${view}` : '/foerderung/fallzahlen';
}
