import type { Context } from '../../core/context';
import { notFound } from '../../api/errors';
import type { FindingKind, ReconstructionFormat, RoundTableFormat } from '../../domain/enums';

export type FindingSource =
  | {
    type: 'RECONSTRUCTION';
    id: string;
    date: string;
    format: ReconstructionFormat;
    /** Null once purged (or when the case had none). */
    caseCode: string | null;
    municipalityId: string | null;
    municipalityName: string | null;
    purged: boolean;
  }
  | {
    type: 'ROUND_TABLE';
    id: string;
    date: string;
    format: RoundTableFormat;
    title: string;
    municipalityNames: string[];
  };

export interface FindingRow {
  id: string;
  kind: FindingKind;
  description: string;
  themeId: string | null;
  themeTitle: string | null;
  organisations: Array<{ id: string; name: string }>;
  /** Null only for findings recorded without a source (older data, other parts of the app). */
  source: FindingSource | null;
  createdAt: string;
}

export interface FindingFilter {
  /** Only findings not yet taken into a theme (the coordination's inbox). */
  unassigned?: boolean;
  themeId?: string | null;
  kind?: FindingKind | null;
  /** Findings from a reconstruction in this municipality or a round table that covered it. */
  municipalityId?: string | null;
  reconstructionId?: string | null;
  roundTableId?: string | null;
}

interface Raw {
  id: string; kind: FindingKind; description: string; themeId: string | null; themeTitle: string | null; createdAt: string;
  recId: string | null; recDate: string | null; recFormat: ReconstructionFormat | null; caseCode: string | null;
  recMunicipalityId: string | null; recMunicipalityName: string | null; purgedAt: string | null;
  rtId: string | null; rtDate: string | null; rtFormat: RoundTableFormat | null; rtTitle: string | null; rtMunicipalities: string | null;
}

function where(filter: FindingFilter): { sql: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.unassigned) parts.push('f.theme_id IS NULL');
  if (filter.themeId) { parts.push('f.theme_id = @themeId'); params.themeId = filter.themeId; }
  if (filter.kind) { parts.push('f.kind = @kind'); params.kind = filter.kind; }
  if (filter.reconstructionId) { parts.push('f.reconstruction_id = @reconstructionId'); params.reconstructionId = filter.reconstructionId; }
  if (filter.roundTableId) { parts.push('f.round_table_id = @roundTableId'); params.roundTableId = filter.roundTableId; }
  if (filter.municipalityId) {
    parts.push(`(r.municipality_id = @municipalityId OR EXISTS (SELECT 1 FROM round_table_municipalities m
      WHERE m.round_table_id = f.round_table_id AND m.municipality_id = @municipalityId))`);
    params.municipalityId = filter.municipalityId;
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

const SELECT = `
  SELECT f.id, f.kind, f.description, f.theme_id AS themeId, t.title AS themeTitle, f.created_at AS createdAt,
    r.id AS recId, r.held_on AS recDate, r.format AS recFormat, r.case_code AS caseCode, r.municipality_id AS recMunicipalityId,
    rmu.name AS recMunicipalityName, r.purged_at AS purgedAt,
    rt.id AS rtId, rt.held_on AS rtDate, rt.format AS rtFormat, rt.title AS rtTitle,
    (SELECT group_concat(name, '|') FROM (SELECT mu.name FROM round_table_municipalities m JOIN municipalities mu ON mu.id = m.municipality_id
      WHERE m.round_table_id = rt.id ORDER BY mu.name)) AS rtMunicipalities
  FROM findings f
  LEFT JOIN themes t ON t.id = f.theme_id
  LEFT JOIN case_reconstructions r ON r.id = f.reconstruction_id
  LEFT JOIN municipalities rmu ON rmu.id = r.municipality_id
  LEFT JOIN round_tables rt ON rt.id = f.round_table_id`;

function source(raw: Raw): FindingSource | null {
  if (raw.recId) {
    return {
      type: 'RECONSTRUCTION', id: raw.recId, date: raw.recDate!, format: raw.recFormat!, caseCode: raw.caseCode,
      municipalityId: raw.recMunicipalityId, municipalityName: raw.recMunicipalityName, purged: raw.purgedAt != null,
    };
  }
  if (!raw.rtId) return null;
  return {
    type: 'ROUND_TABLE', id: raw.rtId, date: raw.rtDate!, format: raw.rtFormat!, title: raw.rtTitle!,
    municipalityNames: raw.rtMunicipalities ? raw.rtMunicipalities.split('|') : [],
  };
}

function organisationsOf(ctx: Context, ids: string[]): Map<string, Array<{ id: string; name: string }>> {
  const byFinding = new Map<string, Array<{ id: string; name: string }>>();
  // Chunks stay below SQLite's limit on bound parameters.
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = ctx.sqlite.prepare(`SELECT fo.finding_id AS findingId, o.id, o.name FROM finding_organisations fo
      JOIN organisations o ON o.id = fo.organisation_id WHERE fo.finding_id IN (${chunk.map(() => '?').join(',')}) ORDER BY o.name`)
      .all(...chunk) as Array<{ findingId: string; id: string; name: string }>;
    for (const r of rows) byFinding.set(r.findingId, [...(byFinding.get(r.findingId) ?? []), { id: r.id, name: r.name }]);
  }
  return byFinding;
}

function toRows(ctx: Context, raws: Raw[]): FindingRow[] {
  const orgs = organisationsOf(ctx, raws.map((r) => r.id));
  return raws.map((r) => ({
    id: r.id, kind: r.kind, description: r.description, themeId: r.themeId, themeTitle: r.themeTitle,
    organisations: orgs.get(r.id) ?? [], source: source(r), createdAt: r.createdAt,
  }));
}

/** Findings with where they come from, newest source first. */
export function listFindings(ctx: Context, filter: FindingFilter = {}): FindingRow[] {
  const w = where(filter);
  const raws = ctx.sqlite.prepare(`${SELECT} ${w.sql}
    ORDER BY coalesce(r.held_on, rt.held_on) DESC, f.created_at, f.id`).all(w.params) as Raw[];
  return toRows(ctx, raws);
}

export function getFinding(ctx: Context, id: string): FindingRow {
  const raw = ctx.sqlite.prepare(`${SELECT} WHERE f.id = ?`).get(id) as Raw | undefined;
  if (!raw) throw notFound('Erkenntnis');
  return toRows(ctx, [raw])[0];
}
