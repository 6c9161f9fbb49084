import type { PrivacyFinding, PrivacyKind } from './types';
import { detectNames } from './detectors/names';
import { detectDates } from './detectors/dates';
import { detectAddresses } from './detectors/addresses';
import { detectEmails, detectIbans, detectPhones } from './detectors/contact';
import { detectFileNumbers } from './detectors/fileNumbers';
import { detectNationalityWithFamily } from './detectors/nationality';

/**
 * When findings of different kinds overlap, the more specific one stands: an IBAN contains digit groups that look
 * like a phone number, a labelled file number may look like a date. Only a name inside a nationality-with-family
 * passage is kept beside it, because both need to be rewritten.
 */
const PRECEDENCE: readonly PrivacyKind[] = [
  'EMAIL', 'IBAN', 'FILE_NUMBER', 'BIRTH_DATE', 'PHONE', 'ADDRESS', 'POSTCODE', 'DATE', 'NAME', 'NATIONALITY_FAMILY',
];
const coexist = (a: PrivacyKind, b: PrivacyKind) =>
  (a === 'NAME' && b === 'NATIONALITY_FAMILY') || (a === 'NATIONALITY_FAMILY' && b === 'NAME');

const overlaps = (a: PrivacyFinding, b: PrivacyFinding) => a.start < b.end && b.start < a.end;

/** Same-kind findings that overlap become one passage; the wider one's wording is kept. */
function mergeSameKind(text: string, list: PrivacyFinding[]): PrivacyFinding[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PrivacyFinding[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && last.kind === f.kind && f.start < last.end) {
      if (f.end > last.end) out[out.length - 1] = { ...(f.end - f.start > last.end - last.start ? f : last), start: last.start, end: f.end, excerpt: text.slice(last.start, f.end) };
      continue;
    }
    out.push(f);
  }
  return out;
}

/**
 * Finds what looks like personal data in a German free text: names next to the usual context words, birth and
 * full dates, street addresses and postcodes, phone numbers, e-mail addresses, IBANs, file and customer numbers,
 * and nationalities combined with family details. Pure and synchronous, so the form can run it on every keystroke.
 */
export function scanPersonalData(text: string): PrivacyFinding[] {
  if (!text || !text.trim()) return [];
  const byKind = new Map<PrivacyKind, PrivacyFinding[]>();
  const all = [
    ...detectNames(text), ...detectDates(text), ...detectAddresses(text), ...detectEmails(text), ...detectPhones(text),
    ...detectIbans(text), ...detectFileNumbers(text), ...detectNationalityWithFamily(text),
  ];
  for (const f of all) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  const kept: PrivacyFinding[] = [];
  for (const kind of PRECEDENCE) {
    for (const f of mergeSameKind(text, byKind.get(kind) ?? [])) {
      if (!kept.some((k) => overlaps(k, f) && !coexist(k.kind, f.kind))) kept.push(f);
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
