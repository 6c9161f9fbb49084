import type { PrivacyKind } from '../../../../db/services/privacy/types';

/** One corpus sentence: what the guard must find in it, as [kind, the passage as written]; nothing for ordinary text. */
export interface LabelledSentence {
  text: string;
  expect: Array<[PrivacyKind, string]>;
  /** Set on negatives built around a trap of German that catches naive patterns. */
  hard?: string;
}

export const pos = (text: string, ...expect: Array<[PrivacyKind, string]>): LabelledSentence => ({ text, expect });
export const neg = (text: string, hard?: string): LabelledSentence => ({ text, expect: [], ...(hard ? { hard } : {}) });
