import { z } from 'zod';
import { formatDate } from '../domain/format';
import { validationError } from './errors';

/**
 * Schema builders for API inputs. Every message is German and starts with the field's label,
 * so a rejected call names the field both in the UI and in the typed error.
 */

const typeError = (label: string, expected: string) => (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null ? `${label}: Bitte ausfüllen.` : `${label}: ${expected}`;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

export function isRealDate(value: string): boolean {
  const m = ISO_DATE.exec(value) ?? LOCAL_DATE_TIME.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Required single-line text, trimmed; empty after trimming is rejected. */
export function text(label: string, max = 200) {
  return z.string({ error: typeError(label, 'Text erwartet.') })
    .trim()
    .min(1, { error: `${label}: Bitte ausfüllen.` })
    .max(max, { error: `${label}: Höchstens ${max} Zeichen.` });
}

/** Optional text: omitted, null or blank all mean "no value" and are stored as null. */
export function optionalText(label: string, max = 200) {
  return z.string({ error: typeError(label, 'Text erwartet.') })
    .max(max, { error: `${label}: Höchstens ${max} Zeichen.` })
    .nullable()
    .optional()
    .transform((v) => (v == null || v.trim() === '' ? null : v.trim()));
}

export function longText(label: string, max = 20_000) {
  return optionalText(label, max);
}

export function date(label: string) {
  return z.string({ error: typeError(label, 'Datum erwartet.') })
    .regex(ISO_DATE, { error: `${label}: Datum im Format JJJJ-MM-TT erwartet.` })
    .refine(isRealDate, { error: `${label}: Dieses Datum gibt es nicht.` });
}

export function optionalDate(label: string) {
  return z.union([date(label), z.literal(''), z.null()], { error: `${label}: Datum erwartet.` })
    .optional()
    .transform((v) => (v ? v : null));
}

/**
 * The rule for every period given by two optional dates (Gültig ab/bis, Beginn/Ende): it may be open at either end
 * but may not end before it begins. Services apply it to the record as it will be stored, so an end set later on
 * its own (a seat ended, a group closed) is checked against the start as well. The message names the start date.
 */
export function assertDateRange<K extends string>(
  values: Partial<Record<K, string | null>>, from: K, to: K, labels: Record<K, string>,
): void {
  const start = values[from];
  const end = values[to];
  // ISO dates compare correctly as strings.
  if (start && end && end < start) {
    throw validationError(to, `${labels[to]}: Darf nicht vor „${labels[from]}“ (${formatDate(start)}) liegen.`);
  }
}

export function localDateTime(label: string) {
  return z.string({ error: typeError(label, 'Datum und Uhrzeit erwartet.') })
    .regex(LOCAL_DATE_TIME, { error: `${label}: Datum und Uhrzeit im Format JJJJ-MM-TTTHH:MM erwartet.` })
    .refine(isRealDate, { error: `${label}: Dieses Datum gibt es nicht.` });
}

export function choice<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: `${label}: Bitte einen gültigen Wert auswählen.` });
}

export function optionalChoice<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.union([choice(label, values), z.literal(''), z.null()], { error: `${label}: Bitte einen gültigen Wert auswählen.` })
    .optional()
    .transform((v) => (v ? v : null));
}

export function id(label = 'ID') {
  return z.string({ error: typeError(label, 'Kennung erwartet.') })
    .min(1, { error: `${label}: Bitte auswählen.` })
    .max(64, { error: `${label}: Ungültige Kennung.` });
}

export function optionalId(label: string) {
  return z.union([id(label), z.literal(''), z.null()], { error: `${label}: Ungültige Kennung.` })
    .optional()
    .transform((v) => (v ? v : null));
}

export function int(label: string, min: number, max: number) {
  return z.number({ error: typeError(label, 'Zahl erwartet.') })
    .int({ error: `${label}: Ganze Zahl erwartet.` })
    .min(min, { error: `${label}: Mindestens ${min}.` })
    .max(max, { error: `${label}: Höchstens ${max.toLocaleString('de-DE')}.` });
}

export function optionalInt(label: string, min: number, max: number) {
  return int(label, min, max).nullable().optional().transform((v) => (v == null ? null : v));
}

/** Money in integer cents; 100 million euros is far beyond any KIM budget and catches typos. */
export function cents(label: string) {
  return int(label, 0, 10_000_000_000);
}

export function optionalCents(label: string) {
  return optionalInt(label, 0, 10_000_000_000);
}

/** Full-time equivalents of one post: 0 to 1.0, in steps of 0.01. */
export function fte(label = 'Stellenanteil (VZÄ)') {
  return z.number({ error: typeError(label, 'Zahl erwartet.') })
    .min(0, { error: `${label}: Muss zwischen 0 und 1,0 liegen.` })
    .max(1, { error: `${label}: Muss zwischen 0 und 1,0 liegen.` })
    .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-9, { error: `${label}: Höchstens zwei Nachkommastellen.` });
}

export function bool(label: string) {
  return z.boolean({ error: `${label}: Ja oder Nein erwartet.` });
}

export function optionalBool(label: string) {
  return bool(label).optional();
}

export function email(label = 'E-Mail') {
  return z.union([
    z.string().trim().max(254, { error: `${label}: Höchstens 254 Zeichen.` })
      .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: `${label}: Keine gültige E-Mail-Adresse.` }),
    z.literal(''), z.null(),
  ], { error: `${label}: Keine gültige E-Mail-Adresse.` }).optional().transform((v) => (v ? v : null));
}

export function phone(label = 'Telefon') {
  return z.union([
    z.string().trim().max(40, { error: `${label}: Höchstens 40 Zeichen.` })
      .regex(/^[+\d][\d\s/()-]{2,}$/, { error: `${label}: Nur Ziffern, Leerzeichen und + / ( ) - erlaubt.` }),
    z.literal(''), z.null(),
  ], { error: `${label}: Keine gültige Telefonnummer.` }).optional().transform((v) => (v ? v : null));
}

/** Objects reject unknown fields: a misspelt field must fail loudly, not be dropped. */
export function input<S extends z.ZodRawShape>(shape: S) {
  return z.strictObject(shape);
}

export const noInput = z.strictObject({}).optional().transform(() => ({}));

export function idInput(label = 'ID') {
  return z.strictObject({ id: id(label) });
}
