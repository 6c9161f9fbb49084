import type { PrivacyFinding } from '../types';
import { finding } from '../text';

/** Labels under which authorities and services file a person. */
const LABEL = new RegExp(`(?<![\\p{L}])(${[
  'Az\\.', 'AZ', 'Aktenz\\.', 'Aktenzeichen', 'BAMF-Aktenzeichen', 'BAMF-Az\\.', 'Geschäftszeichen', 'Gesch\\.-Z\\.', 'Gz\\.',
  'BG-Nummer', 'BG-Nr\\.?', 'Bedarfsgemeinschaftsnummer', 'Kundennummer', 'Kunden-Nr\\.?', 'Kd\\.-Nr\\.?', 'Kundennr\\.?',
  'AZR-Nummer', 'AZR-Nr\\.?', 'Ausländerzentralregisternummer', 'Steuer-ID', 'Steuer-Identifikationsnummer',
  'Steueridentifikationsnummer', 'Sozialversicherungsnummer', 'SV-Nummer', 'Rentenversicherungsnummer', 'RV-Nummer',
  'Versichertennummer', 'Krankenversichertennummer', 'Ausweisnummer', 'Personalausweisnummer', 'Passnummer', 'Pass-Nr\\.?',
  'Reisepassnummer', 'Kassenzeichen', 'Vorgangsnummer', 'Bescheidnummer', 'Aktennummer', 'Fallnummer', 'Registriernummer',
  'Identifikationsnummer', 'Ident-Nr\\.?', 'Vertragsnummer', 'Mitgliedsnummer', 'Personenkennziffer',
].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'gu');

// Chunks of capitals and digits joined by . / - or single spaces: "5 L 123/24", "65 180539 W 012", "23401//0045678".
const CODE = /^[A-Z0-9]+(?:(?:[./-]{1,2}|\s(?=(?:\d|[A-Z]{1,3}(?![\p{L}]))))[A-Z0-9]+)*/u;
const SEPARATOR = /^[\s:()]*/;
const FILLER_WORD = /^\p{L}+\.?:?/u;
const NEGATION = /^(?:nicht|nie|kein|keine|keinen|noch|ohne)$/;

function code(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  if (digits < 3) return false;
  if (/^(?:19|20)\d{2}$/.test(value)) return false;
  return value.length >= 5 || /[./-]/.test(value);
}

/**
 * The number after a label, allowing up to four words in between ("Das Aktenzeichen des Widerspruchs lautet
 * W-2024-0815") but none that negates ("Das Aktenzeichen wurde bewusst nicht notiert").
 */
function numberAfter(rest: string): { offset: number; value: string } | undefined {
  let offset = 0;
  for (let skipped = 0; skipped <= 4; skipped += 1) {
    offset += SEPARATOR.exec(rest.slice(offset))![0].length;
    const value = CODE.exec(rest.slice(offset))?.[0].replace(/[./-]+$/, '');
    if (value && code(value)) return { offset, value };
    const word = FILLER_WORD.exec(rest.slice(offset));
    if (!word || NEGATION.test(word[0]) || /[.!?]$/.test(word[0]) && /^\s+\p{Lu}/u.test(rest.slice(offset + word[0].length))) return undefined;
    offset += word[0].length;
  }
  return undefined;
}

function labelled(text: string, out: PrivacyFinding[]): void {
  for (const m of text.matchAll(LABEL)) {
    const from = m.index + m[0].length;
    const found = numberAfter(text.slice(from, from + 80));
    if (!found) continue;
    const start = from + found.offset;
    const label = m[1].replace(/\.$/, '');
    out.push(finding(text, 'FILE_NUMBER', start, start + found.value.length, `Aktenzeichen/Nummer nach ‚${label}‘`,
      `Sieht aus wie ein Aktenzeichen oder eine Kundennummer (nach ‚${label}‘)`));
  }
}

/** Formats recognisable without a label. */
const PATTERNS: Array<[RegExp, string]> = [
  [/(?<![\d/-])\d{3}-\d{3}-\d{3}(?:\/[A-Z]{1,4})?(?![\d])/g, 'Aktenzeichen'],
  [/(?<![\dA-Z])\d{5}BG\d{7}(?![\d])/g, 'Nummer einer Bedarfsgemeinschaft'],
  [/(?<![\dA-Z])\d{3}[A-Z]\d{6}(?![\d])/g, 'Kundennummer der Agentur für Arbeit'],
  [/(?<![\d-])\d{7}-\d{3}(?![\d-])/g, 'BAMF-Aktenzeichen'],
  // Court file numbers: "S 12 AS 345/24" (Sozialgericht), "5 L 123/24" (Verwaltungsgericht), "B 4 AS 12/23 R".
  [/(?<![\p{L}\d])(?:[A-Z]\s)?\d{1,2}\s[A-Z]{1,3}(?:\s[A-Z]{1,2})?\s\d{1,5}\/\d{2}(?:\s[A-Z]{1,2}(?![\p{L}]))?(?![\d])/gu, 'gerichtliches Aktenzeichen'],
  [/(?<![\d.,+/-])[1-9]\d{8,11}(?![\d.,])/g, 'Identifikations- oder Registernummer'],
];

export function detectFileNumbers(text: string): PrivacyFinding[] {
  const out: PrivacyFinding[] = [];
  labelled(text, out);
  for (const [pattern, what] of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      out.push(finding(text, 'FILE_NUMBER', m.index, m.index + m[0].length, what, `Sieht aus wie eine ${what} oder ein Aktenzeichen`));
    }
  }
  return out;
}
