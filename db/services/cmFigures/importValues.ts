import { isRealDate } from '../../api/fields';
import { formatNumber } from '../../domain/format';
import { MAX_COUNT, MAX_DURATION_DAYS } from './rules';

/** A parsed cell, or the reason (lower case, no field name) it could not be read. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; text: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(text: string): Parsed<T> => ({ ok: false, text });

/** Cell text as shown in a message: quoted „…“, on one line, cut to a readable length. */
export function quoted(raw: string): string {
  const text = raw.replace(/\s+/g, ' ').trim();
  return `„${text.length > 40 ? `${text.slice(0, 40)}…` : text}“`;
}

// Thousands grouped by dots, spaces (also non-breaking) or apostrophes, as spreadsheets write them: 1.234 / 1 234.
const GROUPED = /^\d{1,3}(?:[.\u00a0\u202f ']\d{3})+$/;
const NEGATIVE = /^[-\u2212]\s*\d/;

/** A whole, non-negative count; "1.234" is read as one thousand two hundred thirty-four. */
export function parseCount(raw: string): Parsed<number> {
  const text = raw.trim();
  if (text === '') return fail('bitte ausfüllen (0, wenn es keine gab)');
  if (NEGATIVE.test(text)) return fail(`darf nicht negativ sein (${quoted(text)})`);
  const digits = /^\d+$/.test(text) ? text : GROUPED.test(text) ? text.replace(/\D/g, '') : null;
  if (digits == null) return fail(`keine ganze Zahl (${quoted(text)})`);
  const value = Number(digits);
  if (value > MAX_COUNT) return fail(`unplausibel groß (${quoted(text)}; höchstens ${formatNumber(MAX_COUNT)})`);
  return ok(value);
}

/**
 * A decimal in German notation (123,5 or 1.234,5) or with a decimal point (123.5). Without a comma a dot followed by
 * exactly three digits is a thousands separator, as in the counts. Empty means "not recorded".
 */
export function parseDuration(raw: string): Parsed<number | null> {
  const text = raw.trim();
  if (text === '') return ok(null);
  if (NEGATIVE.test(text)) return fail(`darf nicht negativ sein (${quoted(text)})`);
  let normal: string | null = null;
  if (/^\d{1,3}(?:\.\d{3})*(?:,\d+)?$/.test(text) || /^\d+(?:,\d+)?$/.test(text)) normal = text.replace(/\./g, '').replace(',', '.');
  else if (/^\d+(?:\.\d+)?$/.test(text)) normal = GROUPED.test(text) ? text.replace(/\./g, '') : text;
  if (normal == null) return fail(`keine Zahl (${quoted(text)})`);
  const value = Number(normal);
  if (value > MAX_DURATION_DAYS) return fail(`unplausibel lang (${quoted(text)}; höchstens ${formatNumber(MAX_DURATION_DAYS)} Tage)`);
  return ok(Math.round(value * 10) / 10);
}

/** A date as TT.MM.JJJJ (also T.M.JJJJ) or JJJJ-MM-TT, returned as ISO. */
export function parseDate(raw: string): Parsed<string> {
  const text = raw.trim();
  if (text === '') return fail('bitte ausfüllen');
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = german ? `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}` : text;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return fail(`kein Datum im Format TT.MM.JJJJ (${quoted(text)})`);
  if (!isRealDate(iso)) return fail(`dieses Datum gibt es nicht (${quoted(text)})`);
  return ok(iso);
}
