import { z } from 'zod';
import { bool, choice, date, id, idInput, input, int, optionalDate, optionalId, optionalText } from '../fields';
import { method } from '../define';
import { formatNumber } from '../../domain/format';
import { deleteCmFigure, listCmFigures, upsertCmFigure } from '../../services/cmFigures/cmFigures';
import { cmCsvTemplate } from '../../services/cmFigures/csvTemplate';
import { importCmFigures } from '../../services/cmFigures/importCsv';
import { CM_LABELS as L, MAX_COUNT, MAX_DURATION_DAYS } from '../../services/cmFigures/rules';
import { cmSummary, SUMMARY_GROUPS } from '../../services/cmFigures/summary';

const count = (label: string) => int(label, 0, MAX_COUNT);

const duration = z.number({ error: `${L.avgDurationDays}: Zahl erwartet.` })
  .min(0, { error: `${L.avgDurationDays}: Darf nicht negativ sein.` })
  .max(MAX_DURATION_DAYS, { error: `${L.avgDurationDays}: Höchstens ${formatNumber(MAX_DURATION_DAYS)} Tage.` })
  .nullable().optional()
  .transform((v) => (v == null ? null : Math.round(v * 10) / 10));

const MAX_CSV_CHARS = 5_000_000;

/** Case-management aggregates (never client data): grid entries, CSV import with a validation report, summaries. */
export const cmFigureMethods = {
  'cmFigures.list': method({
    input: z.strictObject({
      periodStart: optionalDate(L.periodStart),
      periodEnd: optionalDate(L.periodEnd),
      providerOrganisationId: optionalId(L.providerOrganisationId),
      municipalityId: optionalId(L.municipalityId),
    }).optional(),
    run: (ctx, filter) => listCmFigures(ctx, filter ?? {}),
  }),
  /** One grid cell (period × provider × municipality × field of action): created, or replaced when it exists. */
  'cmFigures.upsert': method({
    input: input({
      periodStart: date(L.periodStart),
      periodEnd: date(L.periodEnd),
      providerOrganisationId: id(L.providerOrganisationId),
      municipalityId: optionalId(L.municipalityId),
      fieldOfAction: optionalText(L.fieldOfAction, 64),
      newCases: count(L.newCases),
      activeCases: count(L.activeCases),
      closedCases: count(L.closedCases),
      contacts: count(L.contacts),
      accompaniments: count(L.accompaniments),
      referrals: count(L.referrals),
      avgDurationDays: duration,
      source: optionalText(L.source, 200),
    }),
    writes: ['cm_aggregates'],
    run: (ctx, values) => upsertCmFigure(ctx, values),
  }),
  'cmFigures.delete': method({ input: idInput(), writes: ['cm_aggregates'], run: (ctx, { id: key }) => deleteCmFigure(ctx, key) }),
  'cmFigures.summary': method({
    input: input({ year: int('Jahr', 2000, 2100), groupBy: choice('Gruppierung', SUMMARY_GROUPS) }),
    run: (ctx, { year, groupBy }) => cmSummary(ctx, year, groupBy),
  }),
  /** Checks a CSV file and, unless dryRun, imports all its rows in one transaction – or none if one row is bad. */
  'cmFigures.importCsv': method({
    input: input({
      csvText: z.string({ error: 'CSV-Datei: Text erwartet.' })
        .max(MAX_CSV_CHARS, { error: `CSV-Datei: Die Datei ist zu groß (höchstens ${formatNumber(MAX_CSV_CHARS)} Zeichen).` }),
      dryRun: bool('Nur prüfen'),
      replaceExisting: bool('Vorhandene Einträge ersetzen').default(false),
    }),
    writes: ['cm_aggregates'],
    run: (ctx, values) => importCmFigures(ctx, values),
  }),
  /** An empty CSV with the German header row and one example row; an `exports.*` name so the desktop shell saves it. */
  'exports.cmCsvTemplate': method({ input: z.strictObject({}).optional(), run: () => cmCsvTemplate() }),
};
