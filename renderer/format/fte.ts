import { formatNumber, type Parsed } from './number';

/** Full-time equivalents with a decimal comma and at least one decimal: 0.5 → '0,5', 1 → '1,0', 0.75 → '0,75'. */
export function formatFte(fte: number | null | undefined): string {
  return formatNumber(fte, 2, 1);
}

/**
 * '0,5', '0.5' or ',5' → 0.5. Range and precision are the core's to judge (it answers in German at the field),
 * so '1,5' parses to 1.5 here; only text that is no number at all is refused.
 */
export function parseFte(text: string): Parsed<number | null> {
  const t = text.trim().replace(/\s/g, '');
  if (t === '') return { ok: true, value: null };
  if (!/^\d*[.,]?\d+$|^\d+[.,]$/.test(t)) return { ok: false };
  const value = Number(t.replace(',', '.'));
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}
