import type { PrivacyFinding } from '../types';
import { after, before, crossesSentence, finding } from '../text';

const MONTHS = 'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
const MONTHS_SHORT = 'Jan\\.|Feb\\.|Mär\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Okt\\.|Nov\\.|Dez\\.';
const MONTH_NUMBER: Record<string, number> = Object.fromEntries(
  MONTHS.split('|').flatMap((m, i) => [[m.toLowerCase(), i + 1], [m.slice(0, 3).toLowerCase(), i + 1]]),
);

// Full dates: 12.03.1985, 1. 3. 85 (two-digit years only as 12.03.85, so "Kapitel 4.1.12" is no date), 4. Mai 2009, 2024-05-17.
const NUMERIC = /(?<![\d.,/-])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d]|[.,]\d)/g;
const WRITTEN = new RegExp(`(?<![\\d.])(\\d{1,2})\\.\\s?(${MONTHS}|${MONTHS_SHORT})\\s(\\d{4})(?!\\d)`, 'g');
const ISO = /(?<![\d-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\d-])/g;
// Only next to a birth word: a year, a month and year, or 03/1985.
const MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])(?:(?:${MONTHS})\\s|\\d{1,2}/)((?:19|20)\\d{2})(?!\\d)`, 'gu');
const YEAR = /(?<![\d.,/-])((?:19|20)\d{2})(?![\d]|[.,]\d)/g;

const BIRTH_WORD = /(?<![\p{L}])(?:geb\.|geboren(?:e|er|en)?|Geburtsdatum|Geburtstag|Geb\.-Datum|Geb\.-Dat\.|Geburtsjahr|Jahrgang|Jg\.)(?![\p{L}-])/giu;
/** Dates of documents and meetings, which belong to no person: "Richtlinie vom 12.12.2024", "Sitzung am 18.11.2024". */
const NOT_PERSONAL = /(?:Richtlinie|Erlass|RdErl|Runderlass|Gesetz|Verordnung|Fassung|Geschäftsordnung|Satzung|Beschluss|beschlossen|beschloss|Sitzung|Lenkungsgruppe|Konzept|Stand|in Kraft|MBl|BGBl|Bekanntmachung|Kreistag|Ausschuss|Protokoll|Niederschrift|Tagesordnung|Einladung zur|Vorlage|Förderung|Förderzeitraum|Bewilligungszeitraum|Zuwendung|Haushaltsjahr|Projekt)/;

interface Candidate { start: number; end: number; full: boolean }

function realDate(day: number, month: number, year: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const fullYear = (y: string) => (y.length === 4 ? Number(y) : 2000 + Number(y));

function fullDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const [, d, mo, y] = m;
    if (y.length === 2 && (d.length < 2 || mo.length < 2)) continue;
    if (realDate(Number(d), Number(mo), fullYear(y))) out.push({ start: m.index, end: m.index + m[0].length, full: true });
  }
  for (const m of text.matchAll(WRITTEN)) {
    const month = MONTH_NUMBER[m[2].replace('.', '').slice(0, 3).toLowerCase()];
    if (realDate(Number(m[1]), month, Number(m[3]))) out.push({ start: m.index, end: m.index + m[0].length, full: true });
  }
  for (const m of text.matchAll(ISO)) {
    if (realDate(Number(m[3]), Number(m[2]), Number(m[1]))) out.push({ start: m.index, end: m.index + m[0].length, full: true });
  }
  return out;
}

function partialDates(text: string, taken: Candidate[]): Candidate[] {
  const free = (s: number, e: number) => !taken.some((t) => s < t.end && t.start < e);
  const out: Candidate[] = [];
  for (const m of text.matchAll(MONTH_YEAR)) {
    if (free(m.index, m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length, full: false });
  }
  for (const m of text.matchAll(YEAR)) {
    if (free(m.index, m.index + 4) && !out.some((o) => m.index < o.end && o.start < m.index + 4)) {
      out.push({ start: m.index, end: m.index + m[0].length, full: false });
    }
  }
  return out;
}

/** The birth word this date belongs to, if any: just before it ("geb. am …") or just after ("… in Aleppo geboren"). */
function birthWord(text: string, c: Candidate, all: Candidate[]): string | undefined {
  const reach = c.full ? 40 : 20;
  const head = before(text, c.start, reach);
  const words = [...head.matchAll(BIRTH_WORD)];
  const last = words[words.length - 1];
  if (last) {
    const wordEnd = c.start - head.length + last.index + last[0].length;
    // Another date in between belongs to the birth word, not this one ("geb. 12.03.1985, eingereist am 11.10.2015").
    const interrupted = all.some((o) => o !== c && o.start >= wordEnd && o.end <= c.start);
    if (!interrupted && (c.full || !/[,;]/.test(text.slice(wordEnd, c.start)))) return last[0];
  }
  if (/(?:^|[\s,(;])\*\s?$/.test(text.slice(Math.max(0, c.start - 4), c.start))) return '*';
  const tail = after(text, c.end, 25);
  const next = /^[^,;:()]*?(?<![\p{L}])(geboren)(?![\p{L}])/u.exec(tail);
  return next ? next[1] : undefined;
}

export function detectDates(text: string): PrivacyFinding[] {
  const full = fullDates(text);
  const candidates = [...full, ...partialDates(text, full)].sort((a, b) => a.start - b.start);
  const out: PrivacyFinding[] = [];
  let lastBirth: PrivacyFinding | undefined;
  for (const c of candidates) {
    let word = birthWord(text, c, candidates);
    // "Geburtsdatum laut Pass 01.01.1990, laut Meldebescheinigung 01.07.1990": the second date is a birth date too.
    if (!word && c.full && lastBirth && c.start - lastBirth.end <= 40 && !crossesSentence(text, lastBirth.end, c.start)
      && /^[\s,;]*(?:laut|bzw\.?|oder|und|alternativ)\b/.test(text.slice(lastBirth.end, c.start))) word = 'geb.';
    if (word) {
      const cue = word === '*' ? 'Sternchen' : word;
      lastBirth = finding(text, 'BIRTH_DATE', c.start, c.end, c.full ? 'Geburtsdatum' : 'Geburtsjahr',
        `Sieht aus wie ein ${c.full ? 'Geburtsdatum' : 'Geburtsjahr'} (bei ‚${cue}‘)`);
      out.push(lastBirth);
    } else if (c.full && !NOT_PERSONAL.test(before(text, c.start, 40))) {
      out.push(finding(text, 'DATE', c.start, c.end, 'vollständiges Datum',
        'Vollständiges Datum – zusammen mit anderen Angaben kann es den Fall wiedererkennbar machen; Monat und Jahr genügen meist',
        'low'));
    }
  }
  return out;
}
