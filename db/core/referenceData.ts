import type { Sqlite } from '../sqlite/open';

/** Handlungsfelder named in the sources; the office may add more, so these are only inserted when missing. */
export const BUILTIN_FIELDS_OF_ACTION: Array<[code: string, label: string]> = [
  ['RESIDENCE', 'Aufenthaltsrechtliche Fragen'],
  ['ORIENTATION', 'Gesellschaftliche und rechtliche Erstorientierung'],
  ['LANGUAGE', 'Sprache'],
  ['EDUCATION', 'Bildung und Schule'],
  ['WORK_TRAINING', 'Arbeit, Ausbildung und Anerkennung'],
  ['HOUSING', 'Wohnen'],
  ['HEALTH', 'Gesundheit (einschließlich psychischer Gesundheit)'],
  ['FINANCES_DEBT', 'Finanzen und Schulden'],
  ['FAMILY_CHILDREN', 'Familie und Kinder'],
  ['PARTICIPATION_DISCRIMINATION', 'Teilhabe und Antidiskriminierung'],
  ['NATURALISATION', 'Einbürgerung'],
];

export function ensureReferenceData(db: Sqlite): void {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO fields_of_action (code, label, position, builtin, active) VALUES (?, ?, ?, 1, 1)',
  );
  db.transaction(() => {
    BUILTIN_FIELDS_OF_ACTION.forEach(([code, label], i) => insert.run(code, label, i + 1));
  })();
}
