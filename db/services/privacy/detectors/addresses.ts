import type { PrivacyFinding } from '../types';
import { before, finding } from '../text';

const SUFFIX = 'straße|strasse|str\\.|weg|gasse|allee|platz|ring|ufer|damm|chaussee|pfad|steig|stieg|graben|wall|zeile|promenade';
const WORD_SUFFIX = 'Straße|Strasse|Str\\.|Weg|Gasse|Allee|Platz|Ring|Ufer|Damm|Chaussee|Pfad|Steig|Graben|Wall|Promenade';
// House number: 12, 112a, 21 b, 5-7, 3/4 — a letter only when no further letter follows ("5 in" is not "5 i").
const NUMBER = '(\\d{1,3}(?:\\s?[a-zA-Z](?![\\p{L}]))?(?:\\s?[-–/]\\s?\\d{1,3}(?:\\s?[a-zA-Z](?![\\p{L}]))?)?)(?![\\d]|[.,:]\\d)';

// "Bahnhofstraße 12", "Von-Galen-Straße 5", "Industriestr. 40"
const COMPOUND_STREET = new RegExp(`(?<![\\p{L}-])((?:\\p{Lu}\\p{L}*-)*\\p{Lu}\\p{L}*?(?:${SUFFIX}))\\s?${NUMBER}`, 'gu');
// "Kölner Straße 112a", "Alte Gasse 4"
const TWO_WORD_STREET = new RegExp(`(?<![\\p{L}-])(\\p{Lu}\\p{L}+\\s(?:${WORD_SUFFIX}))\\s?${NUMBER}`, 'gu');
// "Am Markt 3", "Auf dem Driesch 14", "Im Wiesengrund 9"
const PREPOSITIONS = ['Am', 'An der', 'An den', 'Auf dem', 'Auf der', 'Auf den', 'Im', 'In der', 'In den', 'Zum', 'Zur', 'Unter den',
  'Hinter dem', 'Hinter der', 'Vor dem', 'Vor der', 'Über der', 'Über dem', 'Bei der']
  .map((p) => `[${p[0]}${p[0].toLowerCase()}]${p.slice(1)}`).join('|');
const PREPOSITION_STREET = new RegExp(
  `(?<![\\p{L}])((${PREPOSITIONS})\\s(\\p{Lu}[\\p{L}-]+)(?:\\s\\p{Lu}[\\p{L}-]+)?)\\s${NUMBER}`,
  'gu',
);

/** Compounds with a street ending that are no streets: "Ausbildungsplatz", "Bildungsweg", "Kitaplatz". */
const NOT_A_STREET = /^(?:kita|arbeits|ausbildungs|studien|schul|therapie|kurs|heim|betreuungs|praktikums|wohnheim|park|sitz|steh|spiel|bildungs|rechts|dienst|lebens|flucht|um|rück|fuß|rad|wander|lehr|krippen|kindergarten|unterbringungs|pflege|reha|sprachkurs|integrationskurs|förder|arbeits|aus|heim|schul|lösungs|zugangs|beratungs|informations|verwaltungs|amts|instanzen|kommunikations)s?(?:platz|plätze|weg|ring|graben|wall|zeile|pfad|steig|damm)$/i;
const DETERMINER = /^(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Jede|Jeder|Diese|Dieser|Keine|Seine|Ihre|Unsere|Auf|Im|Am|An|In|Zum|Zur)$/;
/** After a preposition these are times, documents or counts: "Am Montag 3 …", "Im Raum 201", "Auf Seite 12". */
const NOT_A_PLACE = new Set(`
montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august september oktober
november dezember jahr jahre jahren ende anfang beginn schnitt durchschnitt standort kurs modul raum kapitel seite stichtag
wochenende abend morgen vormittag nachmittag termin sitzung rahmen zuge verlauf vergleich moment tag monat quartal halbjahr
zeitraum fall falle bereich block gebäude haus stock stockwerk obergeschoss erdgeschoss punkt schritt absatz abschnitt
paragraf paragraph anhang anlage teil jahrgang klasse team bus zug linie zimmer gruppe sommer winter frühjahr herbst alter
schuljahr kreis landkreis ort dorf vorjahr zeitpunkt monatsende jahresende hinblick gegensatz unterschied einzelfall auftrag
namen verfahren mittel jahresverlauf durchgang runde zeile spalte tabelle abbildung version stufe niveau level platz rang
`.split(/\s+/).filter(Boolean));
/** A number followed by a unit counts something: "Im Schnitt 3 Monate", "Bahnhofstraße 12 Wohnungen" is rare enough. */
const UNIT_AFTER = /^\s*(?:Jahre|Jahren|Monate|Monaten|Wochen|Tage|Tagen|Stunden|Minuten|Kinder|Personen|Plätze|Mal|%|Prozent|€|Euro|EUR|Uhr|km|Kilometer|Meter|m²|qm|Fälle|Termine|Teilnehmende|Std\.|Kontakte|offene)/;
/** Words that make a lowercase "am Markt 3" an address: it is only read as one right after them. */
const ADDRESS_CUE = /(?:wohnt|wohnen|wohnhaft|gemeldet|Anschrift|Adresse|lebt|leben|zog|Wohnung|Unterkunft|Meldeadresse)\W*$/;

const streetFinding = (text: string, start: number, end: number) =>
  finding(text, 'ADDRESS', start, end, 'Anschrift (Straße und Hausnummer)', 'Sieht aus wie eine Anschrift (Straße und Hausnummer)');

function detectStreets(text: string): PrivacyFinding[] {
  const out: PrivacyFinding[] = [];
  const unitFollows = (m: RegExpMatchArray) => UNIT_AFTER.test(text.slice(m.index! + m[0].length));
  for (const m of text.matchAll(COMPOUND_STREET)) {
    const street = m[1].split('-').pop()!;
    if (NOT_A_STREET.test(street) || unitFollows(m)) continue;
    out.push(streetFinding(text, m.index, m.index + m[0].length));
  }
  for (const m of text.matchAll(TWO_WORD_STREET)) {
    const first = m[1].split(/\s/)[0];
    if (DETERMINER.test(first) || unitFollows(m)) continue;
    out.push(streetFinding(text, m.index, m.index + m[0].length));
  }
  for (const m of text.matchAll(PREPOSITION_STREET)) {
    const preposition = m[2];
    const place = m[3].toLowerCase();
    if (NOT_A_PLACE.has(place) || unitFollows(m)) continue;
    // Street names keep their capital ("wohnt Am Markt 3"); a lowercase "am" needs an address word right before it.
    if (/^\p{Ll}/u.test(preposition) && !ADDRESS_CUE.test(before(text, m.index, 30))) continue;
    out.push(streetFinding(text, m.index, m.index + m[0].length));
  }
  return out;
}

const POSTCODE = /(?<![\d.,/\-–])(?:D-\s?)?(\d{5})(?![\d]|[.,]\d)\s+((?:Bad|Sankt|St\.)\s)?(\p{Lu}[\p{L}]+(?:-\p{Lu}[\p{L}]+)*)/gu;
/** Five digits before these are a count or an amount, not a postcode: "12500 Euro", "19199 Ausländerinnen". */
const COUNTED = new Set(`
euro eur einwohner einwohnerinnen menschen personen fälle kontakte beratungen teilnehmende stunden kinder haushalte anträge
plätze mal ausländer ausländerinnen geflüchtete zugewanderte einbürgerungen stück seiten exemplare besucher besucherinnen
aufrufe downloads klicks schüler schülerinnen mitglieder beschäftigte arbeitslose leistungsberechtigte bedarfsgemeinschaften
familien frauen männer jugendliche euro-pauschale quadratmeter
`.split(/\s+/).filter(Boolean));

function detectPostcodes(text: string): PrivacyFinding[] {
  const out: PrivacyFinding[] = [];
  for (const m of text.matchAll(POSTCODE)) {
    const town = m[3];
    if (Number(m[1]) < 1001 || COUNTED.has(town.toLowerCase()) || /(?:innen|ungen|ende|enden|ierte|ierten)$/.test(town)) continue;
    const start = m.index + m[0].indexOf(m[1]);
    out.push(finding(text, 'POSTCODE', start, m.index + m[0].length, 'Postleitzahl und Ort', 'Sieht aus wie Postleitzahl und Ort einer Anschrift'));
  }
  return out;
}

export function detectAddresses(text: string): PrivacyFinding[] {
  return [...detectStreets(text), ...detectPostcodes(text)];
}
