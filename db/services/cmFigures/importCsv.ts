import { eq } from 'drizzle-orm';
import { cmAggregates } from '../../schema';
import type { Context } from '../../core/context';
import { berlinToday } from '../../domain/clock';
import { formatDate, formatNumber } from '../../domain/format';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';
import { germanCsvAdapter } from './germanCsvAdapter';
import { issueAt, type CmImportAdapter, type ImportIssue } from './importTypes';
import { resolveRecords, type ResolvedRow } from './importRows';

/** Enough to fix a file; a file with more problems is usually the wrong file or has shifted columns. */
const MAX_REPORTED = 300;

export interface CmImportPreviewRow extends Omit<ResolvedRow, 'replacesId'> {
  action: 'CREATE' | 'REPLACE';
}

export interface CmImportReport {
  /** All rows are valid: importing (dryRun false) writes every row, otherwise nothing at all. */
  valid: boolean;
  dryRun: boolean;
  imported: boolean;
  adapter: string;
  separator: string | null;
  rowCount: number;
  createCount: number;
  replaceCount: number;
  errors: ImportIssue[];
  /** Errors beyond those listed. */
  moreErrors: number;
  warnings: string[];
  rows: CmImportPreviewRow[];
}

export interface CmImportInput {
  csvText: string;
  dryRun: boolean;
  replaceExisting: boolean;
}

const storedValues = (r: ResolvedRow) => ({
  periodStart: r.periodStart, periodEnd: r.periodEnd, providerOrganisationId: r.providerOrganisationId,
  municipalityId: r.municipalityId, fieldOfAction: r.fieldOfAction, newCases: r.newCases, activeCases: r.activeCases,
  closedCases: r.closedCases, contacts: r.contacts, accompaniments: r.accompaniments, referrals: r.referrals,
  avgDurationDays: r.avgDurationDays,
});

function writeRows(ctx: Context, rows: readonly ResolvedRow[], source: string): void {
  const now = ctx.nowIso();
  for (const resolved of rows) {
    const { replacesId } = resolved;
    const values = storedValues(resolved);
    if (replacesId) {
      const before = ctx.db.select().from(cmAggregates).where(eq(cmAggregates.id, replacesId)).get();
      ctx.db.update(cmAggregates).set({ ...values, source, updatedAt: now }).where(eq(cmAggregates.id, replacesId)).run();
      recordAudit(ctx, 'cm_aggregates', replacesId, 'UPDATE', before, ctx.db.select().from(cmAggregates).where(eq(cmAggregates.id, replacesId)).get());
    } else {
      const row = { id: newId(), ...values, source, createdAt: now, updatedAt: now };
      ctx.db.insert(cmAggregates).values(row).run();
      recordAudit(ctx, 'cm_aggregates', row.id, 'CREATE', null, row);
    }
  }
}

/**
 * Checks a file of case-management figures and, unless it is a dry run, imports it – all rows in one transaction,
 * or none when a single row has a problem. The report names every bad row and column in German.
 */
export function importCmFigures(ctx: Context, input: CmImportInput, adapter: CmImportAdapter = germanCsvAdapter): CmImportReport {
  const run = (): CmImportReport => {
    const today = berlinToday(ctx.clock);
    const read = adapter.read(input.csvText);
    const resolved = read.issues.length > 0 ? { rows: [], issues: [] } : resolveRecords(ctx, read.records, today, input.replaceExisting);
    const errors = [...read.issues, ...resolved.issues];
    if (errors.length === 0 && read.records.length === 0) errors.push(issueAt(null, null, 'die Datei enthält keine Datenzeilen unter der Kopfzeile'));
    const valid = errors.length === 0;
    const imported = valid && !input.dryRun;
    if (imported) writeRows(ctx, resolved.rows, `CSV-Import vom ${formatDate(today)}`);
    const warnings = [...read.warnings];
    if (errors.length > MAX_REPORTED) warnings.push(`Es werden die ersten ${formatNumber(MAX_REPORTED)} von ${formatNumber(errors.length)} Fehlern angezeigt.`);
    return {
      valid,
      dryRun: input.dryRun,
      imported,
      adapter: adapter.name,
      separator: read.separator,
      rowCount: read.records.length,
      createCount: resolved.rows.filter((r) => !r.replacesId).length,
      replaceCount: resolved.rows.filter((r) => r.replacesId).length,
      errors: errors.slice(0, MAX_REPORTED),
      moreErrors: Math.max(0, errors.length - MAX_REPORTED),
      warnings,
      rows: resolved.rows.map(({ replacesId, ...row }) => ({ ...row, action: replacesId ? 'REPLACE' : 'CREATE' })),
    };
  };
  // The checks read what is stored; when importing they run inside the write transaction, so nothing can change between.
  return input.dryRun ? run() : ctx.write(run);
}
