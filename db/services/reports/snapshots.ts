import type { Context } from '../../core/context';
import { ApiError } from '../../api/errors';
import { formatDate } from '../../domain/format';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';
import { assertEditable, draftOf } from './drafts';
import { computeSachberichtFigures, type SachberichtFigures } from './sachberichtFigures';
import { flattenFigures } from './figurePaths';

export interface SnapshotInfo {
  id: string;
  draftId: string;
  takenAt: string;
  reportingDate: string;
  createdBy: string | null;
}

export interface Snapshot extends SnapshotInfo {
  figures: SachberichtFigures;
}

const SELECT = `SELECT id, draft_id AS draftId, taken_at AS takenAt, reporting_date AS reportingDate, created_by AS createdBy, data_json AS dataJson
  FROM report_snapshots`;

type Raw = SnapshotInfo & { dataJson: string };
const toSnapshot = ({ dataJson, ...info }: Raw): Snapshot => ({ ...info, figures: JSON.parse(dataJson) as SachberichtFigures });

/** Snapshots of a report, newest first (rowid breaks ties when two are taken within the same millisecond). */
export function snapshotsOf(ctx: Context, draftId: string, limit = 2): Snapshot[] {
  return (ctx.sqlite.prepare(`${SELECT} WHERE draft_id = ? ORDER BY taken_at DESC, rowid DESC LIMIT ?`).all(draftId, limit) as Raw[]).map(toSnapshot);
}

export function latestSnapshot(ctx: Context, draftId: string): Snapshot | null {
  return snapshotsOf(ctx, draftId, 1)[0] ?? null;
}

/**
 * Freezes every figure of the report at the Stichtag. Taking one is always an explicit action: exports read the
 * latest snapshot and never compute figures themselves.
 */
export function takeSnapshot(ctx: Context, draftId: string, reportingDate: string): SnapshotInfo {
  return ctx.write(() => {
    const draft = draftOf(ctx, draftId);
    assertEditable(draft);
    if (draft.kind !== 'SACHBERICHT' || draft.year == null) {
      throw new ApiError('CONFLICT', 'Einen Zahlenstand gibt es nur für Sachberichte.');
    }
    if (reportingDate < `${draft.year}-01-01`) {
      throw new ApiError('VALIDATION', `Stichtag: Darf nicht vor dem Förderjahr ${draft.year} liegen.`,
        [{ field: 'reportingDate', message: `Stichtag: Darf nicht vor dem Förderjahr ${draft.year} liegen.` }]);
    }
    const figures = computeSachberichtFigures(ctx, draft.year, reportingDate);
    const info: SnapshotInfo = { id: newId(), draftId, takenAt: ctx.nowIso(), reportingDate, createdBy: ctx.user };
    ctx.sqlite.prepare(`INSERT INTO report_snapshots (id, draft_id, taken_at, reporting_date, data_json, created_by)
      VALUES (@id, @draftId, @takenAt, @reportingDate, @dataJson, @createdBy)`).run({ ...info, dataJson: JSON.stringify(figures) });
    if (draft.reportingDate !== reportingDate) {
      ctx.sqlite.prepare('UPDATE report_drafts SET reporting_date = ?, updated_at = ? WHERE id = ?').run(reportingDate, info.takenAt, draftId);
      recordAudit(ctx, 'report_drafts', draftId, 'UPDATE', { reportingDate: draft.reportingDate }, { reportingDate });
    }
    // The figures themselves stay out of the audit row: they are in the snapshot, and the log would double the database.
    recordAudit(ctx, 'report_snapshots', info.id, 'CREATE', null, info);
    return info;
  });
}

export interface FigureChange {
  path: string;
  label: string;
  before: string | number | boolean | null;
  after: string | number | boolean | null;
}

export interface SnapshotDiff {
  from: SnapshotInfo | null;
  to: SnapshotInfo | null;
  changes: FigureChange[];
  message: string | null;
}

const info = ({ figures: _figures, ...rest }: Snapshot): SnapshotInfo => rest;

/** What changed between the last two snapshots of a report, figure by figure. */
export function snapshotDiff(ctx: Context, draftId: string): SnapshotDiff {
  draftOf(ctx, draftId);
  const [latest, previous] = snapshotsOf(ctx, draftId, 2);
  if (!latest || !previous) {
    return {
      from: previous ? info(previous) : null, to: latest ? info(latest) : null, changes: [],
      message: latest ? `Es gibt erst einen Zahlenstand (vom ${formatDate(latest.takenAt)}); zum Vergleich fehlt ein früherer.`
        : 'Für diesen Bericht wurde noch kein Zahlenstand erstellt.',
    };
  }
  const before = flattenFigures(previous.figures);
  const after = flattenFigures(latest.figures);
  const changes: FigureChange[] = [];
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(path);
    const a = after.get(path);
    if (b?.value === a?.value) continue;
    changes.push({ path, label: (a ?? b)!.label, before: b?.value ?? null, after: a?.value ?? null });
  }
  return { from: info(previous), to: info(latest), changes, message: null };
}
