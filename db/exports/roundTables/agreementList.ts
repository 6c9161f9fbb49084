import type { Context } from '../../core/context';
import { notFound } from '../../api/errors';
import { berlinToday } from '../../domain/clock';
import type { RoundTableFormat } from '../../domain/enums';
import { LABELS } from '../../domain/labels';
import { listTasks, type TaskListStatus, type TaskRow } from '../../services/tasks/listTasks';
import { officeLimits } from '../../services/municipalityProfile/contact';
import { csvExport } from '../csv/csvFile';
import { safeFileName, type ExportFile } from '../exportFile';
import type { TabularColumn } from '../csv/tabular';
import { XLSX_MIME, xlsxTable } from '../xlsx/xlsxTable';

export interface AgreementFilter {
  municipalityId?: string | null;
  /** As in tasks.list; the export's default is every agreement (ALL). */
  status?: TaskListStatus | null;
}

export interface AgreementExportRow extends TaskRow {
  municipalityNames: string;
  roundTableFormat: RoundTableFormat;
  roundTableHeldOn: string;
  lastNote: string | null;
}

/** The agreement list as it leaves the office; German titles, one agreement per row. */
export const AGREEMENT_COLUMNS: ReadonlyArray<TabularColumn<AgreementExportRow>> = [
  { header: 'Kommune(n)', kind: 'text', width: 22, value: (r) => r.municipalityNames },
  { header: 'Datum Runder Tisch', kind: 'date', width: 12, value: (r) => r.roundTableHeldOn },
  { header: 'Format', kind: 'text', width: 20, value: (r) => LABELS.roundTableFormat[r.roundTableFormat] },
  { header: 'Runder Tisch', kind: 'text', width: 30, value: (r) => r.roundTableTitle },
  { header: 'Vereinbarung', kind: 'text', width: 45, value: (r) => r.title },
  { header: 'Verantwortlich', kind: 'text', width: 26, value: (r) => r.ownerName },
  { header: 'Fällig am', kind: 'date', width: 12, value: (r) => r.dueDate },
  { header: 'Status', kind: 'text', width: 13, value: (r) => LABELS.taskStatus[r.status] },
  { header: 'Tage überfällig', kind: 'integer', width: 9, value: (r) => (r.overdue ? r.daysOverdue : null) },
  { header: 'Erledigt am', kind: 'date', width: 12, value: (r) => r.completedOn },
  { header: 'Grund der Verzögerung', kind: 'text', width: 30, value: (r) => r.delayReason },
  { header: 'Letzte Fortschrittsnotiz', kind: 'text', width: 40, value: (r) => r.lastNote },
];

const STATUS_NAMES: Record<TaskListStatus, string | null> = {
  ALL: null, OPEN_ALL: 'offen', DUE_SOON: 'bald fällig', OVERDUE: 'überfällig', DONE: 'erledigt',
};

/** Round-table agreements (optionally of one municipality and one status), ordered by municipality, round table and due date. */
export function agreementRows(ctx: Context, filter: AgreementFilter): AgreementExportRow[] {
  const tasks = listTasks(ctx, { source: 'ROUND_TABLE', municipalityId: filter.municipalityId ?? null, status: filter.status ?? 'ALL' });
  const roundTables = new Map((ctx.sqlite.prepare(`SELECT r.id, r.format, r.held_on AS heldOn,
      coalesce((SELECT group_concat(name, ', ') FROM (SELECT mu.name FROM round_table_municipalities rm JOIN municipalities mu ON mu.id = rm.municipality_id
        WHERE rm.round_table_id = r.id ORDER BY mu.name)), CASE WHEN r.county_wide = 1 THEN 'kreisweit' ELSE '' END) AS municipalityNames
    FROM round_tables r WHERE r.id IN (SELECT DISTINCT round_table_id FROM action_items WHERE source = 'ROUND_TABLE')`).all() as
    Array<{ id: string; format: RoundTableFormat; heldOn: string; municipalityNames: string }>).map((r) => [r.id, r]));
  const lastNote = ctx.sqlite.prepare(`SELECT text FROM action_item_notes WHERE action_item_id = ?
    ORDER BY noted_on DESC, created_at DESC, id DESC LIMIT 1`).pluck();
  return tasks.map((t) => {
    const rt = roundTables.get(t.roundTableId!)!;
    return {
      ...t, municipalityNames: rt.municipalityNames, roundTableFormat: rt.format, roundTableHeldOn: rt.heldOn,
      lastNote: (lastNote.get(t.id) as string | undefined) ?? null,
    };
  }).sort((a, b) => a.municipalityNames.localeCompare(b.municipalityNames, 'de') || a.roundTableHeldOn.localeCompare(b.roundTableHeldOn)
    || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.title.localeCompare(b.title, 'de'));
}

/** "2025-06-15 Vereinbarungen Runde Tische Zülpich überfällig" */
function baseName(ctx: Context, filter: AgreementFilter): string {
  const municipality = filter.municipalityId
    ? ctx.sqlite.prepare('SELECT name FROM municipalities WHERE id = ?').pluck().get(filter.municipalityId) as string | undefined
    : 'alle Kommunen';
  if (municipality === undefined) throw notFound('Kommune');
  const status = STATUS_NAMES[filter.status ?? 'ALL'];
  return [berlinToday(ctx.clock), 'Vereinbarungen Runde Tische', municipality, status].filter(Boolean).join(' ');
}

export async function exportAgreementsXlsx(ctx: Context, filter: AgreementFilter): Promise<ExportFile> {
  const name = baseName(ctx, filter);
  const buffer = await xlsxTable({
    sheetName: 'Vereinbarungen', title: name.slice(11), columns: AGREEMENT_COLUMNS, rows: agreementRows(ctx, filter),
    created: ctx.clock.now(), smallCountThreshold: officeLimits(ctx).smallCountThreshold,
  });
  return { fileName: safeFileName(name, 'xlsx'), mimeType: XLSX_MIME, dataBase64: buffer.toString('base64') };
}

export function exportAgreementsCsv(ctx: Context, filter: AgreementFilter): ExportFile {
  const name = baseName(ctx, filter);
  return csvExport(name, AGREEMENT_COLUMNS, agreementRows(ctx, filter), { smallCountThreshold: officeLimits(ctx).smallCountThreshold });
}
