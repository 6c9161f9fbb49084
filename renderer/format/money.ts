import { groupThousands, type Parsed } from './number';

const NBSP = '\u00a0';

/** Cents → '1.234,56 €' (non-breaking space so the sign never wraps alone); empty for no value. */
export function formatCents(cents: number | null | undefined): string {
  const plain = formatCentsPlain(cents);
  return plain === '' ? '' : `${plain}${NBSP}€`;
}

/** Cents → '1.234,56', the form a money field shows for editing. */
export function formatCentsPlain(cents: number | null | undefined): string {
  if (cents == null || !Number.isFinite(cents)) return '';
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  const euros = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  return `${sign}${groupThousands(String(euros))},${rest}`;
}

/**
 * German money text → integer cents. Accepts '57.000,00', '57000', '57000,5', '57.000' and a trailing '€'.
 * A '.' is only ever a thousands separator: '57.5' is refused rather than guessed, because reading it
 * as 57,50 € or 575 € would silently store a wrong amount.
 */
export function parseMoney(text: string): Parsed<number | null> {
  const t = text.trim().replace(/€$/, '').replace(/[\s\u00a0]/g, '');
  if (t === '') return { ok: true, value: null };
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(t);
  if (!m) return { ok: false };
  const euros = Number(m[1].replace(/\./g, ''));
  const cents = Number((m[2] ?? '').padEnd(2, '0'));
  const value = euros * 100 + cents;
  return Number.isSafeInteger(value) ? { ok: true, value } : { ok: false };
}
