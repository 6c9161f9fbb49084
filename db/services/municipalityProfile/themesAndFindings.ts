import type { Context } from '../../core/context';
import type { FindingKind, ThemePriority, ThemeStatus } from '../../domain/enums';

export interface MunicipalityFinding {
  id: string;
  kind: FindingKind;
  description: string;
  /** The theme the finding feeds; a merged theme is reported as the theme it was merged into. */
  themeId: string | null;
  themeTitle: string | null;
  sourceType: 'ROUND_TABLE' | 'RECONSTRUCTION';
  sourceId: string;
  /** Round table title, or null for a reconstruction (anonymous by design). */
  sourceTitle: string | null;
  sourceDate: string;
  /** Which of the asked municipalities the finding names. */
  municipalityNames: string;
}

export interface MunicipalityTheme {
  id: string;
  title: string;
  status: ThemeStatus;
  priority: ThemePriority | null;
  fieldOfAction: string | null;
  fieldOfActionLabel: string | null;
  /** Findings naming the municipalities that feed this theme. */
  findingCount: number;
  lastFindingOn: string;
}

// A finding names a municipality through its reconstruction's municipality or its round table's municipalities.
const FINDINGS_SQL = `
  WITH asked AS (SELECT value AS id FROM json_each(@ids)),
  named AS (
    SELECT f.id AS findingId, r.municipality_id AS municipalityId FROM findings f
      JOIN case_reconstructions r ON r.id = f.reconstruction_id WHERE r.municipality_id IN (SELECT id FROM asked)
    UNION
    SELECT f.id, rm.municipality_id FROM findings f JOIN round_table_municipalities rm ON rm.round_table_id = f.round_table_id
      WHERE rm.municipality_id IN (SELECT id FROM asked))
  SELECT f.id, f.kind, f.description,
    coalesce(tm.id, th.id) AS themeId, coalesce(tm.title, th.title) AS themeTitle,
    CASE WHEN f.round_table_id IS NOT NULL THEN 'ROUND_TABLE' ELSE 'RECONSTRUCTION' END AS sourceType,
    coalesce(f.round_table_id, f.reconstruction_id) AS sourceId, rt.title AS sourceTitle, coalesce(rt.held_on, cr.held_on) AS sourceDate,
    (SELECT group_concat(name, ', ') FROM (SELECT mu.name FROM named n JOIN municipalities mu ON mu.id = n.municipalityId
      WHERE n.findingId = f.id ORDER BY mu.name)) AS municipalityNames
  FROM findings f
  LEFT JOIN themes th ON th.id = f.theme_id LEFT JOIN themes tm ON tm.id = th.merged_into_theme_id
  LEFT JOIN round_tables rt ON rt.id = f.round_table_id LEFT JOIN case_reconstructions cr ON cr.id = f.reconstruction_id
  WHERE f.id IN (SELECT findingId FROM named)
  ORDER BY sourceDate DESC, f.id`;

/** Findings from round tables and case reconstructions that name any of the municipalities, newest first. */
export function findingsNaming(ctx: Context, municipalityIds: readonly string[]): MunicipalityFinding[] {
  if (municipalityIds.length === 0) return [];
  return ctx.sqlite.prepare(FINDINGS_SQL).all({ ids: JSON.stringify(municipalityIds) }) as MunicipalityFinding[];
}

/** The themes those findings feed, most evidence first. */
export function themesOf(ctx: Context, findings: readonly MunicipalityFinding[]): MunicipalityTheme[] {
  const byTheme = new Map<string, { count: number; last: string }>();
  for (const f of findings) {
    if (!f.themeId) continue;
    const entry = byTheme.get(f.themeId) ?? { count: 0, last: '' };
    entry.count += 1;
    if (f.sourceDate > entry.last) entry.last = f.sourceDate;
    byTheme.set(f.themeId, entry);
  }
  if (byTheme.size === 0) return [];
  const rows = ctx.sqlite.prepare(`SELECT t.id, t.title, t.status, t.priority, t.field_of_action AS fieldOfAction,
      fa.label AS fieldOfActionLabel FROM themes t LEFT JOIN fields_of_action fa ON fa.code = t.field_of_action
    WHERE t.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify([...byTheme.keys()])) as
    Array<Omit<MunicipalityTheme, 'findingCount' | 'lastFindingOn'>>;
  return rows
    .map((t) => ({ ...t, findingCount: byTheme.get(t.id)!.count, lastFindingOn: byTheme.get(t.id)!.last }))
    .sort((a, b) => b.findingCount - a.findingCount || b.lastFindingOn.localeCompare(a.lastFindingOn) || a.title.localeCompare(b.title, 'de'));
}
