import { ApiError, type FieldIssue } from '../../api/errors';
import { scanPersonalData } from './scan';
import type { PrivacyFinding } from './types';

/** One free text a save would store, with the field it comes from (for the issue) and its German label. */
export interface GuardedText {
  field: string;
  label: string;
  text: string | null | undefined;
}

export interface GuardedFinding extends PrivacyFinding {
  field: string;
}

// The excerpt is quoted „…“ in the message; quotation marks inside it would break that quoting.
const quotable = (excerpt: string) => excerpt.replace(/[„“”"]/g, '\'').replace(/\s+/g, ' ').slice(0, 80);

export function scanFields(texts: readonly GuardedText[]): GuardedFinding[] {
  return texts.flatMap((t) => (t.text ? scanPersonalData(t.text).map((f) => ({ ...f, field: t.field })) : []));
}

/** „Zusammenfassung: Enthält möglicherweise personenbezogene Daten (Personenname nach ‚Frau‘: „Frau Yılmaz“). …“ */
export function privacyIssue(label: string, field: string, finding: PrivacyFinding, advice: string): FieldIssue {
  return {
    field,
    message: `${label}: Enthält möglicherweise personenbezogene Daten (${finding.label}: „${quotable(finding.excerpt)}“). ${advice}`,
  };
}

const labelOf = (texts: readonly GuardedText[], field: string) => texts.find((t) => t.field === field)?.label ?? field;

/**
 * Refuses a save whose free texts look like they contain personal data, unless a justification is recorded.
 * One issue per finding, on the field it was found in; the form highlights the passages by running the same scan.
 */
export function assertPrivacyOrJustified(texts: readonly GuardedText[], justification: string | null, justificationLabel: string): void {
  const found = scanFields(texts);
  if (found.length === 0 || justification) return;
  const issues = found.map((f) => privacyIssue(labelOf(texts, f.field), f.field, f, 'Bitte entfernen oder begründen.'));
  throw new ApiError('VALIDATION',
    `Die Angaben enthalten möglicherweise personenbezogene Daten (${found.length.toLocaleString('de-DE')} Fundstelle${found.length === 1 ? '' : 'n'}). `
    + `Bitte entfernen oder im Feld „${justificationLabel}“ begründen, warum sie nötig sind.`,
    issues);
}

/**
 * Refuses texts that must never carry personal data, whatever the reason: findings outlive the retention date of
 * the case they come from, and a justification explains a case, it does not repeat it.
 */
export function assertNoPersonalData(texts: readonly GuardedText[], why: string): void {
  const found = scanFields(texts);
  if (found.length === 0) return;
  const issues = found.map((f) => privacyIssue(labelOf(texts, f.field), f.field, f, `Bitte entfernen – ${why}`));
  throw new ApiError('VALIDATION', issues.length === 1 ? issues[0].message
    : `Bitte prüfen Sie ${issues.length} Stellen: ${issues.map((i) => i.message).join(' ')}`, issues);
}
