/** Addresses inside "Förderung & Zahlen" that the funding-year and staffing tabs link to. */
export const YEARS_BASE = '/foerderung/jahre';
export const STAFFING_BASE = '/foerderung/personal';
export const POSTS_PATH = '/stammdaten/stellen';
export const REPORTS_PATH = '/berichte';

export const yearPath = (year: number): string => `${YEARS_BASE}/${year}`;
export const staffingPath = (year: number): string => `${STAFFING_BASE}/${year}`;

/** The year a tab's rest of the path names ('2025', '2025/…'); null for the list or anything that is no plausible year. */
export function yearOfRest(rest: string): number | null {
  const first = rest.split('/').filter(Boolean)[0] ?? '';
  if (!/^\d{4}$/.test(first)) return null;
  const year = Number(first);
  return year >= 2000 && year <= 2100 ? year : null;
}
