import type { Context } from '../../core/context';
import { entriesOfUnit, overlaps, periodText, samePeriod, type CmFigure } from './cmFigures';
import { issueAt, type CmColumn, type ImportIssue, type RawCmRecord } from './importTypes';
import { parseCount, parseDate, parseDuration, quoted, type Parsed } from './importValues';
import { fieldIndex, municipalityIndex, organisationIndex, type Lookup } from './nameIndex';
import { CM_LABELS, COUNT_FIELDS, plausibilityIssues, type CmFigureValues } from './rules';

export interface ResolvedRow extends CmFigureValues {
  row: number;
  providerName: string;
  municipalityName: string | null;
  fieldOfActionLabel: string | null;
  /** The stored entry this row replaces (same period and unit), when replacing was asked for. */
  replacesId: string | null;
}

const unitKey = (v: CmFigureValues) => `${v.providerOrganisationId}|${v.municipalityId ?? ''}|${v.fieldOfAction ?? ''}`;

function lookupText(found: Lookup, raw: string, what: string, hint: string): string {
  if (found.found) return '';
  if (found.candidates.length > 1) {
    return `${quoted(raw.trim())} passt zu mehreren Einträgen (${found.candidates.map((c) => c.fullName ?? c.label).join(', ')}); bitte eindeutig angeben`;
  }
  return `${quoted(raw.trim())} ist ${what} (${hint})`;
}

/** Reads, resolves and checks one record; returns the values or the problems, each naming the column. */
function resolveRecord(record: RawCmRecord, today: string, indexes: ReturnType<typeof makeIndexes>): { issues: ImportIssue[]; row?: ResolvedRow } {
  const issues: ImportIssue[] = [];
  const cell = (column: CmColumn) => record.values[column] ?? '';
  const take = <T>(column: CmColumn, parsed: Parsed<T>): T | undefined => {
    if (parsed.ok) return parsed.value;
    issues.push(issueAt(record.row, CM_LABELS[column], parsed.text));
    return undefined;
  };
  const periodStart = take('periodStart', parseDate(cell('periodStart')));
  const periodEnd = take('periodEnd', parseDate(cell('periodEnd')));

  let provider: Lookup | null = null;
  if (cell('providerOrganisationId').trim() === '') issues.push(issueAt(record.row, CM_LABELS.providerOrganisationId, 'bitte ausfüllen'));
  else {
    provider = indexes.organisations.find(cell('providerOrganisationId'));
    const text = lookupText(provider, cell('providerOrganisationId'), 'keine bekannte Organisation', 'Name oder Kurzname wie in den Stammdaten');
    if (text) issues.push(issueAt(record.row, CM_LABELS.providerOrganisationId, text));
  }
  const optional = (column: 'municipalityId' | 'fieldOfAction', find: (t: string) => Lookup, what: string, hint: string) => {
    const raw = cell(column);
    if (raw.trim() === '') return null;
    const found = find(raw);
    const text = lookupText(found, raw, what, hint);
    if (text) issues.push(issueAt(record.row, CM_LABELS[column], text));
    return found.found;
  };
  const municipality = optional('municipalityId', (t) => indexes.municipalities.findTown(t), 'keine bekannte Kommune', 'Name oder Gemeindeschlüssel; leer lassen, wenn nicht aufgeschlüsselt');
  const field = optional('fieldOfAction', (t) => indexes.fields.find(t), 'kein bekanntes Handlungsfeld', 'Bezeichnung oder Kürzel; leer lassen, wenn nicht aufgeschlüsselt');
  const counts = Object.fromEntries(COUNT_FIELDS.map((f) => [f, take(f, parseCount(cell(f)))]));
  const avgDurationDays = take('avgDurationDays', parseDuration(cell('avgDurationDays')));
  if (issues.length > 0) return { issues };

  const values = {
    periodStart: periodStart!, periodEnd: periodEnd!, providerOrganisationId: provider!.found!.id,
    municipalityId: municipality?.id ?? null, fieldOfAction: field?.id ?? null,
    ...(counts as Record<(typeof COUNT_FIELDS)[number], number>), avgDurationDays: avgDurationDays ?? null,
  };
  const rules = plausibilityIssues(values, today).map((i) => issueAt(record.row, CM_LABELS[i.field], i.text));
  if (rules.length > 0) return { issues: rules };
  return {
    issues,
    row: {
      ...values, row: record.row, providerName: provider!.found!.label, municipalityName: municipality?.label ?? null,
      fieldOfActionLabel: field?.label ?? null, replacesId: null,
    },
  };
}

function makeIndexes(ctx: Context) {
  return { organisations: organisationIndex(ctx), municipalities: municipalityIndex(ctx), fields: fieldIndex(ctx) };
}

const SAME_UNIT = 'für denselben Träger, dieselbe Kommune und dasselbe Handlungsfeld';

/**
 * Resolves every record and checks the rows against each other and against what is stored: the same period and
 * unit twice in the file, periods that overlap, and entries that exist already (replaced only when asked to).
 */
export function resolveRecords(ctx: Context, records: readonly RawCmRecord[], today: string, replaceExisting: boolean) {
  const indexes = makeIndexes(ctx);
  const issues: ImportIssue[] = [];
  const rows: ResolvedRow[] = [];
  for (const record of records) {
    const result = resolveRecord(record, today, indexes);
    issues.push(...result.issues);
    if (result.row) rows.push(result.row);
  }

  const seen = new Map<string, ResolvedRow[]>();
  const stored = new Map<string, CmFigure[]>();
  for (const row of rows) {
    const key = unitKey(row);
    const earlier = seen.get(key) ?? [];
    const twin = earlier.find((e) => samePeriod(e, row));
    const clash = earlier.find((e) => overlaps(e, row));
    seen.set(key, [...earlier, row]);
    if (twin) {
      issues.push(issueAt(row.row, null, `dieselbe Kombination aus Zeitraum, Träger, Kommune und Handlungsfeld steht schon in Zeile ${twin.row}`));
      continue;
    }
    if (clash) {
      issues.push(issueAt(row.row, CM_LABELS.periodStart, `der Zeitraum überschneidet sich mit Zeile ${clash.row} (${periodText(clash)}) ${SAME_UNIT}`));
      continue;
    }
    if (!stored.has(key)) stored.set(key, entriesOfUnit(ctx, row));
    const existing = stored.get(key)!;
    const same = existing.find((e) => samePeriod(e, row));
    const overlap = existing.find((e) => e !== same && overlaps(e, row));
    if (overlap) {
      issues.push(issueAt(row.row, CM_LABELS.periodStart, `der Zeitraum überschneidet sich mit dem bereits erfassten Zeitraum ${periodText(overlap)} ${SAME_UNIT}`));
    } else if (same && !replaceExisting) {
      issues.push(issueAt(row.row, null, `für diesen Zeitraum, Träger, Kommune und Handlungsfeld sind bereits Zahlen erfasst; `
        + 'zum Überschreiben „Vorhandene Einträge ersetzen“ wählen'));
    } else if (same) {
      row.replacesId = same.id;
    }
  }
  return { rows, issues: issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
}
