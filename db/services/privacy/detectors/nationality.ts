import type { PrivacyFinding } from '../types';
import { crossesSentence, finding } from '../text';
import { COUNTRIES, NATIONALITY_ADJECTIVES, NATIONALITY_NOUNS } from '../lexicon/nationalities';

/**
 * Nationality together with family details ("syrische Familie mit vier Kindern"): in a small Eifel village this
 * identifies a household. Statements about groups ("Familien aus Syrien", "afghanische Jugendliche") stay allowed,
 * so family words count only in the singular.
 */

const anyCase = (word: string) => `[${word[0]}${word[0].toUpperCase()}]${word.slice(1)}`;
const ADJECTIVE = `(?:${NATIONALITY_ADJECTIVES.map(anyCase).join('|')})(?:e|er|en|es|em)?`;
const FAMILY = 'Familie|Großfamilie|Familienvater|Familienmutter|Familienoberhaupt|Geschwisterpaar|Mutter|Vater|Witwe|Witwer|Großmutter|Großvater|Oma|Opa|Ehepaar|Eheleute|Alleinerziehende|Alleinerziehender|Schwangere|Ehefrau|Ehemann|Tochter|Sohn|Kind|Säugling|Baby|Zwillinge|Geschwister';
const PERSON = 'Frau|Mann|Junge|Mädchen|Jugendliche|Jugendlicher|Klientin|Klient|Person|Schülerin|Schüler|Studentin|Student|Seniorin|Senior|Rentnerin|Rentner|Patientin|Patient|Geflüchtete|Geflüchteter|Staatsangehörige|Staatsangehöriger';
// Up to two adjectives in between: "syrische alleinerziehende Mutter".
const BETWEEN = '(?:\\p{Ll}+(?:e|er|en|es|em)\\s+){0,2}';

const ADJECTIVE_FAMILY = new RegExp(`(?<![\\p{L}])${ADJECTIVE}\\s+${BETWEEN}(?:${FAMILY})(?![\\p{L}])`, 'gu');
const ADJECTIVE_PERSON = new RegExp(`(?<![\\p{L}])${ADJECTIVE}\\s+${BETWEEN}(?:${PERSON})(?![\\p{L}])`, 'gu');
const NOUN = new RegExp(`(?<![\\p{L}])(${NATIONALITY_NOUNS.join('|')})(?![\\p{L}])`, 'gu');
// "Familie aus Guinea", "Vater und Sohn aus Somalia", "Familie Bajramović ist 2022 aus Bosnien zugezogen"
const FROM_COUNTRY = new RegExp(`(?<![\\p{L}])(?:${FAMILY})(?:\\s+und\\s+(?:${FAMILY}))?(?:\\s+[\\p{L}\\d-]+){0,3}?\\s+aus\\s+(?:dem\\s+|der\\s+)?(?:${COUNTRIES.join('|')})(?![\\p{L}])`, 'gu');

const NUMBER_WORD = 'einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\\d{1,2}';
const DETAIL = new RegExp([
  `(?:mit|von)\\s+(?:${NUMBER_WORD})\\s+(?:Kind|Kindern|Söhnen|Töchtern|Enkeln|Enkelkindern|Geschwistern)`,
  `(?:${NUMBER_WORD.replace('einem|einer|', '')})\\s+(?:Kinder|Söhne|Töchter|Enkel)`,
  '(?:zweier|dreier|vierer|fünf)\\s+Kinder',
  'mit\\s+(?:einem\\s+)?(?:Säugling|Baby|Kleinkind)',
  'verheiratet|geschieden|verwitwet|getrennt lebend|alleinerziehend\\p{L}*|schwanger|Schwangere|Witwe|Witwer|Ehefrau|Ehemann|Ehepartner\\p{L}*|Zwillinge|Säugling|Großfamilie|Familiennachzug',
].map((p) => `(?<![\\p{L}])(?:${p})(?![\\p{L}])`).join('|'), 'gu');
const AGE = /(?<![\p{L}\d])\d{1,2}-jährige[rn]?(?![\p{L}])|(?<![\p{L}\d])\d{1,2} Jahre alt(?![\p{L}])/gu;
const SINGULAR_BEFORE = /(?:^|\s)(?:ein|einen|einem|eines|der|dem|des|junger|jungen|alleinstehender|alleinstehenden)\s+(?:\p{Ll}+\s+)?$/u;

interface Span { start: number; end: number }

const matches = (pattern: RegExp, text: string): Span[] =>
  [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

const label = 'Staatsangehörigkeit mit Familienangaben';
const explanation = 'Staatsangehörigkeit zusammen mit Familien- oder Altersangaben – macht Personen in kleinen Orten erkennbar';

/** Details of the same sentence within reach: after the mention (to extend the passage) or anywhere near it. */
function detailsNear(text: string, span: Span, details: Span[], reach: number): Span[] {
  return details.filter((d) => {
    const distance = d.start >= span.end ? d.start - span.end : span.start - d.end;
    if (distance > reach || (d.start < span.end && d.end > span.start)) return false;
    return d.start >= span.end ? !crossesSentence(text, span.end, d.start) : !crossesSentence(text, d.end, span.start);
  });
}

/** Extends a mention to details right after it ("… Familie Al-Hassan mit vier Kindern"), allowing a name in between. */
function extend(text: string, span: Span, details: Span[]): Span {
  let end = span.end;
  for (const d of details.filter((x) => x.start >= span.end).sort((a, b) => a.start - b.start)) {
    const gap = text.slice(end, d.start);
    if (gap.length > 30 || !/^[\s,\p{L}-]*$/u.test(gap) || crossesSentence(text, end, d.start)) break;
    end = d.end;
  }
  return { start: span.start, end };
}

export function detectNationalityWithFamily(text: string): PrivacyFinding[] {
  const details = matches(DETAIL, text);
  const ages = matches(AGE, text);
  const spans: Span[] = [];
  for (const s of [...matches(ADJECTIVE_FAMILY, text), ...matches(FROM_COUNTRY, text)]) spans.push(extend(text, s, details));
  for (const s of matches(ADJECTIVE_PERSON, text)) {
    if (detailsNear(text, s, [...details, ...ages], 60).length > 0) spans.push(extend(text, s, details));
  }
  for (const s of matches(NOUN, text)) {
    const noun = text.slice(s.start, s.end);
    const age = ages.find((a) => a.end <= s.start && /^\s+$/.test(text.slice(a.end, s.start)));
    const appositive = /,\s$/.test(text.slice(Math.max(0, s.start - 2), s.start)) && text[s.end] === ',';
    const singular = /(?:in|e)$/.test(noun) || appositive || SINGULAR_BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start)) || age;
    if (!singular) continue;
    const near = detailsNear(text, s, [...details, ...ages], 60);
    if (!age && near.length === 0) continue;
    const after = near.filter((d) => d.start >= s.end && d.start - s.end <= 40);
    const end = Math.max(s.end, ...after.map((d) => d.end));
    spans.push({ start: age ? age.start : s.start, end });
  }
  return spans.map((s) => finding(text, 'NATIONALITY_FAMILY', s.start, s.end, label, explanation));
}
