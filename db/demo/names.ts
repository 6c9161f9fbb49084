import type { Random } from './random';

// Invented names only. Surnames of real people named in the seed texts are deliberately absent
// (tests/db/demo checks this), so the demo never looks like it is about somebody real.
const FIRST_NAMES = [
  'Anja', 'Jonas', 'Miriam', 'Tobias', 'Sandra', 'Daniel', 'Aylin', 'Markus', 'Katrin', 'Florian',
  'Nadia', 'Stefan', 'Julia', 'Hakan', 'Claudia', 'Sebastian', 'Lena', 'Thorsten', 'Yasemin', 'Matthias',
  'Bettina', 'Kai', 'Sabine', 'Ruslan', 'Eva', 'Patrick', 'Olga', 'Martin', 'Leonie', 'Christoph',
  'Hanna', 'Benedikt', 'Fatma', 'Jan', 'Ulrike', 'Dominik', 'Ines', 'Andreas', 'Rania', 'Lukas',
  'Marta', 'Heiko', 'Svenja', 'Emre', 'Birgit', 'Philipp', 'Tanja', 'Goran', 'Carina', 'Ralf',
  'Natalia', 'Moritz', 'Simone', 'Samir', 'Petra', 'Volker', 'Johanna', 'Mehmet', 'Greta', 'Frank',
  'Doris', 'Amir', 'Kerstin', 'Niklas', 'Irina', 'Holger', 'Selin', 'Georg', 'Maren', 'Elias',
  'Rebecca', 'Uwe', 'Derya', 'Felix', 'Monika', 'Karim', 'Nicole', 'Bastian', 'Ewa', 'Torsten',
] as const;

const LAST_NAMES = [
  'Albers', 'Breuer', 'Hoven', 'Demir', 'Esser', 'Kurth', 'Lützeler', 'Pütz', 'Offermann', 'Kreuzberg',
  'Hambach', 'Nolden', 'Schäfer', 'Yilmaz', 'Bender', 'Görgen', 'Kowalczyk', 'Rieck', 'Thelen', 'Ververs',
  'Mertens', 'Wollgarten', 'Falkenberg', 'Kaya', 'Jansen', 'Hilgers', 'Reuter', 'Winand', 'Dreesen', 'Morawski',
  'Gerhards', 'Linden', 'Baltes', 'Özdemir', 'Kratz', 'Heinen', 'Sommer', 'Antweiler', 'Vogt', 'Fuchs',
  'Marx', 'Brück', 'Haas', 'Ritter', 'Scholl', 'Engels', 'Lenz', 'Petrović', 'Klinkhammer', 'Simons',
  'Wirtz', 'Caspers', 'Nettekoven', 'Hürtgen', 'Bauer', 'Koch', 'Peters', 'Hamdan', 'Lange', 'Zimmer',
  'Kremer', 'Haupt', 'Steffens', 'Romano', 'Weiler', 'Jakobs', 'Böhm', 'Kessel', 'Krings', 'Arnold',
  'Dederichs', 'Schumacher', 'Hermes', 'Gillessen', 'Nowak', 'Eich', 'Sauer', 'Mohr', 'Voss', 'Kuhlmann',
] as const;

/** Deterministic, unique "Vorname Nachname" pairs drawn from the pools above. */
export function nameSource(rng: Random): () => { first: string; last: string; name: string } {
  const firsts = rng.shuffle(FIRST_NAMES);
  const lasts = rng.shuffle(LAST_NAMES);
  let i = 0;
  return () => {
    if (i >= Math.min(firsts.length, lasts.length)) throw new Error('demo name pool exhausted');
    const first = firsts[i];
    const last = lasts[i];
    i += 1;
    return { first, last, name: `${first} ${last}` };
  };
}

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ć: 'c', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

export function mailSlug(value: string): string {
  return value.replace(/[äöüßćÄÖÜ]/g, (c) => UMLAUTS[c] ?? c).toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
