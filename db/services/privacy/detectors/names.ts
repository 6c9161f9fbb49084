import type { PrivacyFinding } from '../types';
import { crossesSentence, finding, isCapitalised, words, type Word } from '../text';
import { isGivenName, looksLikeSurname } from '../lexicon/givenNames';
import { isCommonWord, PREPOSITIONS, TIME_WORDS } from '../lexicon/germanWords';
import { COUNTRIES, NATIONALITY_NOUNS } from '../lexicon/nationalities';

/** Words after which a capitalised word is a name by default ("Frau Yılmaz", "Familie Haddad"). */
const TITLES = new Set(['Herr', 'Herrn', 'Frau', 'Hr', 'Hrn', 'Fr']);
const ABBREVIATED_TITLES = new Set(['Hr', 'Hrn', 'Fr']);
const FAMILY_TITLES = new Set(['Familie', 'Fam', 'Eheleute', 'Ehepaar', 'Geschwister']);
/** Words after which a name needs evidence ("der Sohn Omar" but "weil der Sohn Unterstützung braucht"). */
const RELATIONS = new Set([
  'Sohn', 'Tochter', 'Vater', 'Mutter', 'Kind', 'Kinder', 'Bruder', 'Schwester', 'Ehemann', 'Ehefrau', 'Mann',
  'Lebensgefährte', 'Lebensgefährtin', 'Partner', 'Partnerin', 'Onkel', 'Tante', 'Cousin', 'Cousine', 'Neffe', 'Nichte',
  'Enkel', 'Enkelin', 'Großmutter', 'Großvater', 'Oma', 'Opa', 'Schwager', 'Schwägerin', 'Klient', 'Klientin',
  'Ratsuchende', 'Ratsuchender', 'Jugendliche', 'Jugendlicher', 'Nachbar', 'Nachbarin', 'Freund', 'Freundin', 'Stiefvater',
  'Stiefmutter', 'Stiefsohn', 'Stieftochter', 'Schwiegermutter', 'Schwiegervater', 'Schwiegersohn', 'Schwiegertochter',
]);
const NAMING = new Set(['namens', 'heißt', 'genannt', 'Name', 'Vorname', 'Nachname', 'Rufname']);
/** "ein Projekt namens Brückenbauer" names a thing, not a person. */
const THINGS = new Set([
  'Projekt', 'Programm', 'Angebot', 'Initiative', 'Verein', 'Kurs', 'Format', 'Plattform', 'App', 'Gruppe', 'Arbeitskreis',
  'Stadtteil', 'Ort', 'Dorf', 'Firma', 'Unternehmen', 'Betrieb', 'Modell', 'Konzept', 'Software', 'Verfahren', 'Einrichtung',
]);
const ACADEMIC = new Set(['Dr', 'Prof', 'med', 'dent', 'rer', 'nat', 'phil', 'jur', 'Dipl', 'Ing', 'PD']);
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'le', 'la', 'al', 'el', 'bin', 'ben', 'abu', 'ibn', 'ter', 'ten', 'zu']);
/** Inside a name only these join parts; "von"/"der" there would run on into "Frau Becker von der Caritas". */
const INNER_PARTICLES = new Set(['bin', 'ben', 'abu', 'ibn', 'al', 'el']);
/** Before "Frau"/"Herr" these make it an ordinary noun: "eine Frau Mitte dreißig", "die Frau war …". */
const DETERMINERS = new Set(['die', 'der', 'den', 'dem', 'des', 'eine', 'einer', 'einem', 'einen', 'ein', 'jede', 'jeder', 'keine', 'diese', 'dieser', 'seine', 'ihre', 'ihr', 'sein', 'manche', 'viele']);
/** Name particles that may open a surname after a title ("Herr van der Linden", "Frau de Souza"). */
const LEADING_PARTICLES = new Set(['von', 'van', 'de', 'del', 'della', 'da', 'di', 'du', 'le', 'la', 'al', 'el', 'bin', 'ben', 'abu', 'ibn', 'ter', 'ten']);
/** "Die Klientin, Syrerin, …" names a nationality; "Familie aus Syrien" a country. */
const NOT_NAMES = new Set([...NATIONALITY_NOUNS, ...COUNTRIES]);
const SAINT = /(?:\bSt\.|\bSankt|\bHl\.|\bheilige[nr]?)\s*$/;

// Double names count by their parts: "Özdemir-Klein" is a surname because "Özdemir" is one.
const strongEvidence = (w: string) => isGivenName(w) || w.split('-').some(looksLikeSurname);
const plausibleName = (w: string) => isCapitalised(w) && !NOT_NAMES.has(w) && (strongEvidence(w) || !isCommonWord(w));

interface Cursor { text: string; list: Word[] }

const dotAfter = (c: Cursor, w: Word) => c.text[w.end] === '.';
const gap = (c: Cursor, a: Word, b: Word) => c.text.slice(a.end, b.start);
/** Words directly following each other: separated by one space (or by the dot of an abbreviation and a space). */
const adjacent = (c: Cursor, a: Word, b: Word) => /^\.?\s$/.test(gap(c, a, b));

/** Index of the word where the name starts, skipping academic titles ("Herr Dr. med. Weber"). */
function skipAcademic(c: Cursor, i: number): number {
  let j = i;
  while (j < c.list.length && ACADEMIC.has(c.list[j].text) && dotAfter(c, c.list[j])) j += 1;
  return j;
}

/** The name's last word index, following surnames and particles ("Abdi Mohamed Farah", "van der Linden"). */
function extendName(c: Cursor, first: number): number {
  let last = first;
  const particles = PARTICLES.has(c.list[first].text) ? PARTICLES : INNER_PARTICLES;
  for (let j = first + 1; j < c.list.length && j <= first + 4; j += 1) {
    const prev = c.list[j - 1];
    const w = c.list[j];
    if (!/^\s$/.test(gap(c, prev, w))) break;
    if (particles.has(w.text) && j + 1 < c.list.length && /^\s$/.test(gap(c, w, c.list[j + 1]))
      && (isCapitalised(c.list[j + 1].text) || particles.has(c.list[j + 1].text))) continue;
    if (/^\p{Lu}$/u.test(w.text) && c.text[w.end] === '.') return j; // "Wolfgang K."
    if (!isCapitalised(w.text) || !plausibleName(w.text) || TIME_WORDS.has(w.text.toLowerCase())) break;
    last = j;
  }
  return last;
}

/** End of the name's last word, with the dot of a closing initial ("Wolfgang K."). */
function nameEnd(c: Cursor, last: number): number {
  const w = c.list[last];
  return /^\p{Lu}$/u.test(w.text) && c.text[w.end] === '.' ? w.end + 1 : w.end;
}

function initialAt(c: Cursor, i: number): boolean {
  const w = c.list[i];
  return w !== undefined && /^\p{Lu}$/u.test(w.text) && dotAfter(c, w);
}

/** "Frau Yılmaz", "Herrn Dr. Weber", "Frau K.", "Familie Al-Hassan". */
function afterTitle(c: Cursor, i: number, out: PrivacyFinding[]): void {
  const title = c.list[i];
  const abbreviated = ABBREVIATED_TITLES.has(title.text) || title.text === 'Fam';
  if (abbreviated !== dotAfter(c, title)) return;
  const first = skipAcademic(c, i + 1);
  const candidate = c.list[first];
  if (!candidate || !adjacent(c, c.list[first - 1], candidate)) return;
  const family = FAMILY_TITLES.has(title.text);
  if (initialAt(c, first)) {
    out.push(finding(c.text, 'NAME', title.start, candidate.end + 1, `abgekürzter Personenname nach ‚${title.text}‘`,
      `Sieht aus wie ein abgekürzter Personenname (nach ‚${title.text}‘) – auch Initialen machen Personen in kleinen Orten erkennbar`));
    return;
  }
  let core = first;
  while (!family && core < c.list.length && (core === first ? LEADING_PARTICLES : PARTICLES).has(c.list[core].text) && core < first + 3) core += 1;
  const name = c.list[core];
  if (!name || !isCapitalised(name.text) || !plausibleName(name.text)) return;
  // "eine Frau Mitte dreißig", "die Frau war": after an article or adjective the title word is an ordinary noun.
  const prev = c.list[i - 1];
  const beforePrev = c.list[i - 2];
  const generic = !family && prev !== undefined && adjacent(c, prev, title) && (DETERMINERS.has(prev.text.toLowerCase())
    || (!isCapitalised(prev.text) && !PREPOSITIONS.has(prev.text) && beforePrev !== undefined && DETERMINERS.has(beforePrev.text.toLowerCase())));
  if (generic && !strongEvidence(name.text)) return;
  const last = extendName(c, first);
  out.push(finding(c.text, 'NAME', title.start, nameEnd(c, last), `Personenname nach ‚${title.text}‘`,
    `Sieht aus wie ein Personenname (nach ‚${title.text}‘)`));
}

/** Words that open a subordinate clause, where the verb comes last: "weil die Mutter Angst vor Behörden hat". */
const SUBORDINATORS = new Set([
  'weil', 'da', 'als', 'dass', 'daß', 'ob', 'nachdem', 'wenn', 'obwohl', 'sodass', 'damit', 'bis', 'während', 'seit',
  'seitdem', 'falls', 'sobald', 'solange', 'um', 'ehe', 'bevor', 'indem', 'wie', 'der', 'die', 'das', 'dem', 'den', 'deren',
  'dessen', 'welche', 'welcher', 'welches', 'wo', 'wobei',
]);
/** After a name in apposition comes the verb or punctuation; after an object noun these follow. */
const NOT_AFTER_NAME = new Set([
  ...PREPOSITIONS, 'zu', 'in', 'im', 'auf', 'aus', 'vor', 'unter', 'ohne', 'gegen', 'um', 'der', 'die', 'das', 'den', 'dem',
  'des', 'ein', 'eine', 'einen', 'nicht', 'kein', 'keine', 'mehr', 'weniger',
]);

/** Whether word i stands in a main clause: the clause it is in does not open with a conjunction or relative pronoun. */
function inMainClause(c: Cursor, i: number): boolean {
  let j = i;
  while (j > 0 && !/[,;:(]/.test(gap(c, c.list[j - 1], c.list[j])) && !crossesSentence(c.text, c.list[j - 1].end, c.list[j].start)) j -= 1;
  const opener = c.list[j].text.toLowerCase();
  // A clause at the start of the sentence opening with an article ("Die Tochter …") is a main clause.
  const atStart = j === 0 || crossesSentence(c.text, c.list[j - 1].end, c.list[j].start);
  if (atStart && ['der', 'die', 'das', 'dem', 'den'].includes(opener)) return true;
  return !SUBORDINATORS.has(opener);
}

/**
 * "der Sohn Omar", "die Tochter Leyla (8)", "Der Bruder, Dawit, lebt …", "Klientin M. Haddad": a capitalised word
 * after a family or client word is a name only with evidence – a known given name or surname, an age in brackets,
 * an apposition, or a main clause where a verb or punctuation follows ("Die Tochter Aleyna besucht …"), which
 * rules out "weil die Mutter Angst vor Behörden hat".
 */
function afterRelation(c: Cursor, i: number, out: PrivacyFinding[]): void {
  const relation = c.list[i];
  const candidate = c.list[i + 1];
  if (!candidate || TITLES.has(candidate.text)) return;
  const between = gap(c, relation, candidate);
  const next = c.list[i + 2];
  if (initialAt(c, i + 1) && between === ' ' && next && gap(c, candidate, next) === '. ' && plausibleName(next.text)) {
    const last = extendName(c, i + 2);
    out.push(finding(c.text, 'NAME', candidate.start, nameEnd(c, last), `Personenname nach ‚${relation.text}‘`,
      `Sieht aus wie ein Personenname (nach ‚${relation.text}‘)`));
    return;
  }
  if (!plausibleName(candidate.text)) return;
  const appositive = /^,\s$/.test(between) && c.text[candidate.end] === ',' && !isCommonWord(candidate.text);
  if (between !== ' ' && !appositive) return;
  const withAge = /^\s*\(\d{1,2}(?:\s*J\.?|\s*Jahre)?\)/.test(c.text.slice(candidate.end));
  const twoNames = next !== undefined && gap(c, candidate, next) === ' ' && isCapitalised(next.text)
    && !isCommonWord(candidate.text) && !isCommonWord(next.text);
  const afterIt = c.text.slice(candidate.end);
  const verbOrEnd = /^\s*(?:[.,;!?)]|$)/.test(afterIt)
    || (next !== undefined && gap(c, candidate, next) === ' ' && !isCapitalised(next.text) && !NOT_AFTER_NAME.has(next.text));
  const apposition = !isCommonWord(candidate.text) && verbOrEnd && inMainClause(c, i);
  if (!(strongEvidence(candidate.text) || appositive || withAge || twoNames || apposition)) return;
  const last = extendName(c, i + 1);
  out.push(finding(c.text, 'NAME', candidate.start, nameEnd(c, last), `Personenname nach ‚${relation.text}‘`,
    `Sieht aus wie ein Personenname (nach ‚${relation.text}‘)`));
}

/** "ein Jugendlicher namens Samir", "Die Klientin heißt Amina". */
function afterNaming(c: Cursor, i: number, out: PrivacyFinding[]): void {
  const cue = c.list[i];
  const candidate = c.list[i + 1];
  if (!candidate || !/^:?\s$/.test(gap(c, cue, candidate)) || !plausibleName(candidate.text)) return;
  const prev = c.list[i - 1];
  if (cue.text === 'heißt' && prev && /^(?:das|es|d|dies)$/i.test(prev.text)) return;
  if (cue.text === 'namens' && prev && THINGS.has(prev.text)) return;
  if (/^(?:Name|Vorname|Nachname|Rufname)$/.test(cue.text) && c.text[cue.end] !== ':') return;
  const last = extendName(c, i + 1);
  out.push(finding(c.text, 'NAME', candidate.start, nameEnd(c, last), `Personenname nach ‚${cue.text}‘`,
    `Sieht aus wie ein Personenname (nach ‚${cue.text}‘)`));
}

/** A given name on its own ("Ahmad Karimi hat …", "Nach Auskunft von Tetiana …"), not as part of "St. Martin". */
function givenName(c: Cursor, i: number, out: PrivacyFinding[]): void {
  const w = c.list[i];
  if (!isGivenName(w.text) || SAINT.test(c.text.slice(Math.max(0, w.start - 12), w.start))) return;
  if (/^[-‐]/.test(c.text.slice(w.end, w.end + 1))) return;
  const last = extendName(c, i);
  const full = last > i;
  out.push(finding(c.text, 'NAME', w.start, nameEnd(c, last), full ? 'Vor- und Nachname' : 'Vorname',
    full ? 'Sieht aus wie ein Vor- und Nachname' : 'Sieht aus wie ein Vorname'));
}

export function detectNames(text: string): PrivacyFinding[] {
  const c: Cursor = { text, list: words(text) };
  const out: PrivacyFinding[] = [];
  c.list.forEach((w, i) => {
    if (TITLES.has(w.text) || FAMILY_TITLES.has(w.text)) afterTitle(c, i, out);
    else if (RELATIONS.has(w.text)) afterRelation(c, i, out);
    else if (NAMING.has(w.text)) afterNaming(c, i, out);
    if (!TITLES.has(w.text)) givenName(c, i, out);
  });
  return out;
}
