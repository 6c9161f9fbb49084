import { parseMoney } from '../../../format/money';

export type AmountResult = { ok: true; cents: number } | { ok: false; message: string };

/**
 * A required euro amount as typed ('57.000,00 €', '57000,5') → integer cents, or a German message that starts with the
 * field label, like the core's. A minus sign gets its own message: rates and planned amounts are never negative.
 */
export function parseAmount(text: string, label: string): AmountResult {
  const t = text.trim();
  if (t === '') return { ok: false, message: `${label}: Bitte ausfüllen.` };
  if (/^[-−]/.test(t)) return { ok: false, message: `${label}: Bitte einen Betrag ohne Minuszeichen eingeben.` };
  const parsed = parseMoney(t);
  if (!parsed.ok || parsed.value == null) {
    return { ok: false, message: `${label}: Bitte einen Betrag wie 57.000,00 eingeben (Komma vor den Cent, Punkt nur als Tausendertrennzeichen).` };
  }
  return { ok: true, cents: parsed.value };
}
