import type { PrivacyFinding, PrivacyKind, PrivacySeverity } from './types';

export interface Word {
  text: string;
  start: number;
  end: number;
}

// Letters joined by hyphens or apostrophes form one word ("Wagner-Öztürk", "Al-Hassan", "Anne-Frank-Realschule").
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;

export function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Abbreviations that end in a dot without ending a sentence. */
const ABBREVIATIONS = /(?:\b(?:geb|Dr|Prof|med|Hr|Hrn|Fr|Fam|Nr|Az|Tel|Jg|ca|bzw|vgl|z\.B|u\.a|Abs|Art|St|Str|evtl|ggf|inkl|max|min|Mio|Mrd|RdErl|MBl|BGBl|Jan|Feb|Apr|Aug|Sep|Sept|Okt|Nov|Dez)|\b\p{Lu}|\d)\.$/u;

/**
 * Whether the stretch between two matches crosses a sentence boundary (or a line break). A dot after an
 * abbreviation or an initial does not end a sentence; a dot before a capitalised word otherwise does.
 */
export function crossesSentence(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  if (/[\n!?;]/.test(between)) return true;
  for (const m of between.matchAll(/\.\s+(?=\p{Lu})/gu)) {
    const upToDot = text.slice(Math.max(0, from + m.index - 12), from + m.index + 1);
    if (!ABBREVIATIONS.test(upToDot)) return true;
  }
  return false;
}

/** The passage of the same sentence before `at`, at most `max` characters long. */
export function before(text: string, at: number, max: number): string {
  let from = Math.max(0, at - max);
  while (from < at && crossesSentence(text, from, at)) from += 1;
  return text.slice(from, at);
}

/** The passage of the same sentence after `at`, at most `max` characters long. */
export function after(text: string, at: number, max: number): string {
  let to = Math.min(text.length, at + max);
  while (to > at && crossesSentence(text, at, to)) to -= 1;
  return text.slice(at, to);
}

export function finding(
  text: string, kind: PrivacyKind, start: number, end: number, label: string, explanation: string,
  severity: PrivacySeverity = 'high',
): PrivacyFinding {
  return { kind, severity, start, end, excerpt: text.slice(start, end), label, explanation };
}
