/**
 * What tells a capitalised German noun from a name. German capitalises every noun, so "weil die Mutter Angst hat"
 * puts a capitalised word exactly where "die Mutter Amina" puts a name. Common surnames that are also nouns
 * (Keller, Schneider, Sommer, Lange, Becker …) are deliberately not listed: after "Frau" they are names.
 */

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase()));

/** Time words that follow "Frau"/"Sohn" in descriptions ("eine Frau Anfang 40", "wenn der Sohn Ende des Jahres …"). */
export const TIME_WORDS = words(`
Anfang Mitte Ende Beginn Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März April Mai Juni Juli
August September Oktober November Dezember Jahr Jahre Jahren Jahres Monat Monate Monaten Woche Wochen Tag Tage Tagen Stunde
Stunden Minute Minuten Wochenende Abend Morgen Nacht Vormittag Nachmittag Mittag Zeit Zeitpunkt Jahresende Jahresbeginn
Schuljahr Ostern Weihnachten Ramadan Feiertag Ferien Quartal Halbjahr Zeitraum Vorjahr
`);

/** Everyday nouns of case descriptions, languages, and formal pronouns. */
export const COMMON_NOUNS = words(`
Angst Ängste Arbeit Hilfe Schulden Post Geld Zeit Deutsch Englisch Französisch Arabisch Farsi Dari Paschtu Kurdisch Türkisch
Russisch Ukrainisch Polnisch Rumänisch Bulgarisch Albanisch Serbisch Tigrinya Somali Amharisch Urdu Spanisch Italienisch
Diabetes Probleme Problem Anspruch Ansprüche Bedarf Termine Termin Vollzeit Teilzeit Kinder Kind Eltern Familie Zugang Kontakt
Kontakte Interesse Sorge Sorgen Schwierigkeiten Unterstützung Wohnraum Miete Strom Kindergeld Wohngeld Bürgergeld Asyl Schutz
Duldung Papiere Unterlagen Dokumente Briefe Schule Kita Ausbildung Praktikum Job Stelle Lohn Rente Pflege Therapie Krankheit
Schmerzen Trauma Depression Sucht Alkohol Gewalt Streit Ärger Mut Hoffnung Vertrauen Respekt Glück Pech Erfolg Besuch Anruf
Rat Auskunft Bescheid Widerspruch Klage Antrag Anträge Fristen Frist Leistungen Sanktionen Sperre Mahnungen Rechnungen Raten
Kredit Konto Bank Auto Führerschein Bus Bahn Fahrt Reise Urlaub Heimweh Freunde Nachbarn Verwandte Hunger Essen Kleidung
Möbel Schimmel Ruhe Lärm Platz Raum Zimmer Bett Internet WLAN Handy Laptop Computer Rückstände Mietrückstände Nebenkosten
Heizkosten Energie Wasser Medikamente Behandlung Operation Reha Befund Attest Gutachten Gespräch Gespräche Beratung Begleitung
Betreuung Dolmetschung Übersetzung Sprachmittlung Unterricht Nachhilfe Hausaufgaben Noten Zeugnis Abschluss Abitur Studium
Beruf Erfahrung Kenntnisse Deutschkenntnisse Sprache Sprachen Aufenthalt Aufenthaltstitel Arbeitserlaubnis Erlaubnis
Nachweis Nachweise Nachricht Nachrichten Probleme Sie Ihr Ihre Ihnen Ihrer Bedarfe Leistung Unterhalt Geschwister Kontoauszüge
Mietvertrag Vertrag Zusage Absage Einladung Einladungen Schreiben Formulare Daten Angaben Angebot Angebote Informationen Infos
Zuschuss Förderung Fahrkarte Ticket Deutschkurs Integrationskurs Sprachkurs Kurs Kurse Zeugnisse Diagnose Behinderung Pflegegrad
Kita-Platz Kitaplatz Schulplatz Wohnung Wohnungen Unterkunft Obdach Hausarzt Arzt Ärztin Termindruck Druck Stress Schwangerschaft
`);

/** Titles of office and roles: "Frau Bürgermeisterin", "Herr Landrat", "Frau Kollegin" are no names. */
export const ROLE_WORDS = words(`
Bürgermeister Bürgermeisterin Oberbürgermeister Oberbürgermeisterin Landrat Landrätin Dezernent Dezernentin Minister Ministerin
Ministerpräsident Ministerpräsidentin Staatssekretär Staatssekretärin Kollege Kollegin Vorsitzende Vorsitzender Präsident
Präsidentin Direktor Direktorin Doktor Professor Professorin Pfarrer Pfarrerin Pastor Pastorin Abgeordnete Abgeordneter
Beigeordnete Beigeordneter Kreisdirektor Kreisdirektorin Botschafter Botschafterin Konsul Konsulin Anwalt Anwältin Rechtsanwalt
Rechtsanwältin Vormund Sachbearbeiter Sachbearbeiterin Fallmanager Fallmanagerin Klient Klientin Kundin Kunde
`);

const ROLE_ENDING = /(?:leiter|leiterin|berater|beraterin|arbeiter|arbeiterin|manager|managerin|meister|meisterin|rätin|direktor|direktorin|referent|referentin|koordinator|koordinatorin|beauftragte|beauftragter|vertreter|vertreterin|bearbeiter|bearbeiterin|dezernent|dezernentin|lehrer|lehrerin|helfer|helferin|betreuer|betreuerin|anwalt|anwältin|ärztin|pfleger|pflegerin|dolmetscher|dolmetscherin|mitarbeiter|mitarbeiterin|sprecher|sprecherin|erzieher|erzieherin|präsidentin|ministerin)$/;

/** Derivational endings of German nouns; names almost never end like this at this length. */
const NOUN_ENDINGS: Array<[RegExp, number]> = [
  [/(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|sion|sionen|tät|täten|ität|nis|nisse|ismus|ierung)$/, 5],
  [/(?:ment|mente|innen|ium|tum|lein)$/, 6],
  [/(?:ik|ur|ei|chen)$/, 6],
  [/(?:anz|enz)$/, 7],
];

/** Heads of compound nouns ("Kindergeld", "Wohnraum", "Sprachkurs"); chosen so no frequent surname ends in them. */
const COMPOUND_HEADS = [
  'geld', 'gelder', 'raum', 'räume', 'platz', 'plätze', 'hilfe', 'hilfen', 'stelle', 'stellen', 'amt', 'ämter', 'kurs', 'kurse',
  'schein', 'zeit', 'zeiten', 'arbeit', 'schule', 'schulen', 'angebot', 'angebote', 'antrag', 'anträge', 'bescheid', 'bescheide',
  'termin', 'termine', 'kosten', 'miete', 'vertrag', 'verträge', 'papiere', 'unterlagen', 'nachweis', 'nachweise', 'titel',
  'ausweis', 'karte', 'kasse', 'gruppe', 'gruppen', 'klasse', 'klassen', 'dienst', 'dienste', 'probleme', 'problem', 'sorgen',
  'fragen', 'kenntnisse', 'sprache', 'sprachen', 'zugang', 'kontakt', 'kontakte', 'unterkunft', 'wohnung', 'wohnungen', 'mittel',
  'bedarf', 'anspruch', 'ansprüche', 'schulden', 'einkommen', 'rente', 'kinder', 'eltern', 'verfahren', 'leistung', 'leistungen',
  'bildung', 'pflicht', 'schutz', 'versicherung', 'beratung', 'therapie', 'behandlung', 'kita', 'deutsch', 'erlaubnis', 'geld',
];

export function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return ROLE_WORDS.has(lower) || (ROLE_ENDING.test(lower) && lower.length >= 9);
}

/**
 * True when a capitalised word is far more likely an ordinary noun (or a title of office) than a name.
 * Given names are checked before this by callers, so "Lorenz" or "Arthur" never reach the ending rules.
 */
export function isCommonWord(word: string): boolean {
  // A hyphenated word is judged by its last part: "Kita-Platz" is a noun, "Özdemir-Klein" is not.
  if (word.includes('-')) return isCommonWord(word.slice(word.lastIndexOf('-') + 1));
  const lower = word.toLowerCase();
  if (isRoleWord(word)) return true;
  // Inflected forms of listed nouns: "Terminen", "Kindern", "Schulden".
  const stems = [lower, lower.replace(/(?:n|en|s|es|e)$/, ''), `${lower.replace(/n$/, '')}`];
  if (stems.some((s) => TIME_WORDS.has(s) || COMMON_NOUNS.has(s))) return true;
  if (NOUN_ENDINGS.some(([ending, min]) => lower.length >= min && ending.test(lower))) return true;
  return COMPOUND_HEADS.some((head) => lower.length >= head.length + 3 && lower.endsWith(head));
}

/** Lowercase words that may stand before a title when it is used as a title ("mit Frau X", "laut Herrn Y"). */
export const PREPOSITIONS = words(`
mit von bei laut an für zu und oder durch über nach gegenüber wie dass ob als sowie bzw vom beim zum zur seitens
`);
