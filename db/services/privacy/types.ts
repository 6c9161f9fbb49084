export const PRIVACY_KINDS = [
  'NAME', 'BIRTH_DATE', 'DATE', 'ADDRESS', 'POSTCODE', 'PHONE', 'EMAIL', 'IBAN', 'FILE_NUMBER', 'NATIONALITY_FAMILY',
] as const;
export type PrivacyKind = (typeof PRIVACY_KINDS)[number];

/**
 * 'high': almost certainly identifies a person. 'low': a plain full date, which identifies only together with other
 * details; the form shows it more quietly, but saving still asks for removal or a justification.
 */
export type PrivacySeverity = 'high' | 'low';

/**
 * One passage that looks like personal data. `start`/`end` are UTF-16 offsets into the scanned text (as JavaScript
 * strings count), so `text.slice(start, end) === excerpt`. Findings are sorted by start; findings of different kinds
 * may overlap (a name inside "syrische Familie Haddad mit vier Kindern"), findings of one kind never do.
 */
export interface PrivacyFinding {
  kind: PrivacyKind;
  severity: PrivacySeverity;
  start: number;
  end: number;
  excerpt: string;
  /** Short German name of what was found, for messages: "Personenname nach ‚Frau‘". */
  label: string;
  /** German sentence for the form: "Sieht aus wie ein Personenname (nach ‚Frau‘)". */
  explanation: string;
}
