export type { LabelledSentence } from './labelled';
import type { LabelledSentence } from './labelled';
import {
  ADDRESSES, BIRTH_DATES, DATES, EMAILS, FILE_NUMBERS, IBANS, MIXED, NAMES, NATIONALITY_FAMILY, PHONES, POSTCODES,
} from './corpusPositive';
import { HARD, ORDINARY } from './corpusNegative';
import { LATER_FIRST, LATER_SECOND } from './corpusLater';

/**
 * Labelled German sentences in the language of KIM case reconstructions, findings and round-table notes.
 * Every person, address, number and account is invented. `expect` lists what the guard must find, as
 * [kind, the passage as it appears in the text]; an empty list means the sentence must pass without a finding.
 * Negatives are mostly ordinary structural text; those marked `hard` are built around the traps of German
 * (capitalised nouns after "Mutter", "Am Montag 3 …", "Frauenberatungsstelle", paragraph and paper numbers).
 */
export const CORPUS: readonly LabelledSentence[] = [
  ...NAMES, ...BIRTH_DATES, ...DATES, ...ADDRESSES, ...POSTCODES, ...PHONES, ...EMAILS, ...IBANS, ...FILE_NUMBERS,
  ...NATIONALITY_FAMILY, ...MIXED, ...ORDINARY, ...HARD, ...LATER_FIRST, ...LATER_SECOND,
];
