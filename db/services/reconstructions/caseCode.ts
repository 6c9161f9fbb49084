import { RECONSTRUCTION_LABELS as L } from './labels';

const ALLOWED = /^[A-Za-z0-9][A-Za-z0-9\-/._ ]{0,29}$/;
// A capitalised word ("Demir-01") or a long lowercase one ("yilmaz12") reads as a name, not as a provider's code.
const WORDLIKE = /\p{Lu}\p{Ll}{2,}|\p{Ll}{5,}/u;
const DATE_LIKE = /\d{1,2}\.\d{1,2}\.\d{2,4}|(?:19|20)\d{2}-\d{2}-\d{2}/;

/**
 * Why a case code is not acceptable, or undefined. The code is the provider's pseudonym (e.g. "DRK-24-031");
 * the key to the person stays with the provider, so a name or a birth date must never be typed here.
 */
export function caseCodeProblem(code: string): string | undefined {
  if (!ALLOWED.test(code)) {
    return `${L.caseCode}: Nur Buchstaben, Ziffern und - / . _ erlaubt, höchstens 30 Zeichen (z. B. DRK-24-031).`;
  }
  if (DATE_LIKE.test(code)) return `${L.caseCode}: Sieht aus wie ein Datum. Bitte nur den Code des Trägers eingeben, kein Geburtsdatum.`;
  if (WORDLIKE.test(code) || !/\d/.test(code)) {
    return `${L.caseCode}: Sieht aus wie ein Name. Bitte nur den Code des Trägers eingeben (Kürzel und Ziffern, z. B. DRK-24-031).`;
  }
  return undefined;
}
