import type { ExportFile } from '../../exports/exportFile';
import { CSV_MIME, csvField } from '../../exports/csv/csv';
import { CSV_COLUMNS } from './germanCsvAdapter';
import { CM_LABELS } from './rules';

/**
 * The example row names a provider and municipality that cannot exist, so a template sent back unchanged is
 * refused with a clear message instead of importing invented figures.
 */
const EXAMPLE: Record<(typeof CSV_COLUMNS)[number], string> = {
  periodStart: '01.01.2025',
  periodEnd: '30.06.2025',
  providerOrganisationId: 'Beispielträger (Zeile ersetzen)',
  municipalityId: 'Beispielkommune',
  fieldOfAction: 'Wohnen',
  newCases: '6',
  activeCases: '18',
  closedCases: '5',
  contacts: '126',
  accompaniments: '22',
  referrals: '9',
  avgDurationDays: '182,5',
};

/** Header row and one example row: UTF-8 with byte order mark and semicolons, as German Excel opens it. */
export function cmCsvTemplate(): ExportFile {
  const lines = [
    CSV_COLUMNS.map((c) => csvField(CM_LABELS[c])).join(';'),
    CSV_COLUMNS.map((c) => csvField(EXAMPLE[c])).join(';'),
  ];
  const text = `\uFEFF${lines.join('\r\n')}\r\n`;
  return { fileName: 'Vorlage CM-Kennzahlen.csv', mimeType: CSV_MIME, dataBase64: Buffer.from(text, 'utf8').toString('base64') };
}
