import type { PrivacyFinding } from '../types';
import { before, finding } from '../text';

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;

/** Function mailboxes ("integration@kreis-…", "info@…") belong to an office, not to a person. */
const FUNCTION_MAILBOX = /^(?:info|kontakt|post|poststelle|service|integration|beratung|buero|büro|office|mail|zentrale|team|ki|kim|migration|sekretariat|verwaltung|presse|anmeldung|termine|auslaenderbehoerde|auslaenderamt|jobcenter|sozialamt|jugendamt|noreply|no-reply)$/i;

export function detectEmails(text: string): PrivacyFinding[] {
  return [...text.matchAll(EMAIL)]
    .filter((m) => !FUNCTION_MAILBOX.test(m[0].slice(0, m[0].indexOf('@'))))
    .map((m) => finding(text, 'EMAIL', m.index, m.index + m[0].length, 'E-Mail-Adresse', 'Sieht aus wie eine E-Mail-Adresse'));
}

// German numbers start with 0 or a country code: "0176 12345678", "(02251) 779-0", "+49 152 9876543", "0221 / 44 55 66".
const PHONE = /(?<![\p{L}\d+/.,-])(?:(?:\+|00)\s?\d{1,3}[\s/-]?(?:\(0\)\s?)?\d|\(0\d{2,5}\)\s?\d|0\d)(?:[\s/-]{0,3}\d)+/gu;
const LABELLED_PHONE = /(?<![\p{L}])(?:Tel\.?|Telefon(?:nummer)?|Handy(?:nummer)?|Mobil(?:nummer)?|Fax|Rufnummer|WhatsApp)\s*:?\s*(\+?\d(?:[\s/()-]{0,3}\d)+)/gu;

function digits(value: string): number {
  return value.replace(/\D/g, '').length;
}

export function detectPhones(text: string): PrivacyFinding[] {
  const out: PrivacyFinding[] = [];
  const add = (start: number, value: string) => {
    const trimmed = value.replace(/[\s/-]+$/, '');
    out.push(finding(text, 'PHONE', start, start + trimmed.length, 'Telefonnummer', 'Sieht aus wie eine Telefonnummer'));
  };
  for (const m of text.matchAll(PHONE)) {
    const n = digits(m[0]);
    const international = /^(?:\+|00)/.test(m[0]);
    if (n < (international ? 8 : 6) || n > 15) continue;
    add(m.index, m[0]);
  }
  for (const m of text.matchAll(LABELLED_PHONE)) {
    if (digits(m[1]) < 5) continue;
    add(m.index + m[0].length - m[1].length, m[1]);
  }
  return out;
}

/** Lengths of IBANs by country for the countries KIM's clients most often bank in; others may be 15 to 34 long. */
const IBAN_LENGTH: Record<string, number> = {
  DE: 22, AT: 20, CH: 21, NL: 18, BE: 16, LU: 20, FR: 27, IT: 27, ES: 24, PL: 28, RO: 24, BG: 22, GR: 27, TR: 26, HR: 21,
  RS: 22, BA: 20, AL: 28, XK: 20, MK: 19, UA: 29, GB: 22, CZ: 24, SK: 24, HU: 28, SE: 24, DK: 18, NO: 15, PT: 25, LT: 20,
  LV: 21, EE: 20, GE: 22, LB: 28, JO: 30, EG: 29, SA: 24, TN: 24,
};
const IBAN_CANDIDATE = /(?<![\p{L}\d])([A-Z]{2}\d{2}(?:\s?[A-Z0-9]){11,30})/gu;
const IBAN_CUE = /(?:IBAN|Konto|Kontonummer|Bankverbindung|Kontoverbindung)\b/;

/** ISO 13616 check: move the first four characters to the end, letters to numbers, the remainder mod 97 is 1. */
export function validIban(iban: string): boolean {
  const compact = iban.replace(/\s/g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const numeric = (compact.slice(4) + compact.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of numeric) rest = (rest * 10 + Number(d)) % 97;
  return rest === 1;
}

/** The candidate cut to `length` characters without spaces, as written (with its spaces). */
function cut(raw: string, length: number): string | undefined {
  let count = 0;
  for (let i = 0; i < raw.length; i += 1) {
    if (raw[i] !== ' ') count += 1;
    if (count === length) return raw.slice(0, i + 1);
  }
  return undefined;
}

export function detectIbans(text: string): PrivacyFinding[] {
  const out: PrivacyFinding[] = [];
  for (const m of text.matchAll(IBAN_CANDIDATE)) {
    const raw = m[1];
    const known = IBAN_LENGTH[raw.slice(0, 2)];
    const lengths = known ? [known] : Array.from({ length: 20 }, (_, i) => 34 - i);
    const valid = lengths.map((l) => cut(raw, l)).find((v) => v !== undefined && validIban(v));
    if (valid) {
      out.push(finding(text, 'IBAN', m.index, m.index + valid.length, 'IBAN', 'Sieht aus wie eine IBAN (die Prüfziffer stimmt)'));
      continue;
    }
    // A mistyped IBAN is still an account number when the text says so.
    const asWritten = known ? cut(raw, known) : undefined;
    if (asWritten && IBAN_CUE.test(before(text, m.index, 25))) {
      out.push(finding(text, 'IBAN', m.index, m.index + asWritten.length, 'IBAN', 'Sieht aus wie eine IBAN (nach ‚IBAN‘; die Prüfziffer stimmt nicht)'));
    }
  }
  return out;
}
