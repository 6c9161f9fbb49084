import type { Context } from '../../core/context';
import type { FindingKind, ReconstructionFormat, RoundTableFormat } from '../../domain/enums';
import { LABELS } from '../../domain/labels';

/** Where a finding came from: a (mini) reconstruction or one of the round-table formats. */
export type SourceKind = `RECONSTRUCTION_${ReconstructionFormat}` | RoundTableFormat | 'UNKNOWN';

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  RECONSTRUCTION_FULL: LABELS.reconstructionFormat.FULL,
  RECONSTRUCTION_MINI: LABELS.reconstructionFormat.MINI,
  ...LABELS.roundTableFormat,
  UNKNOWN: 'ohne Quellenangabe',
};

/** The coarse source filter of the theme list. */
export const THEME_SOURCES = ['RECONSTRUCTION', 'ROUND_TABLE'] as const;
export type ThemeSource = (typeof THEME_SOURCES)[number];
export const THEME_SOURCE_LABELS: Record<ThemeSource, string> = {
  RECONSTRUCTION: 'Fallrekonstruktionen', ROUND_TABLE: 'Runde Tische und Konferenzen',
};

/** SQL: the source kind of finding f (joined to r = reconstruction and rt = round table). */
export const SOURCE_KIND_SQL = `CASE WHEN f.reconstruction_id IS NOT NULL THEN 'RECONSTRUCTION_' || r.format
  WHEN f.round_table_id IS NOT NULL THEN rt.format ELSE 'UNKNOWN' END`;

/** SQL: the date a finding was made, i.e. its session; the record date when it has no source. */
export const FINDING_DATE_SQL = 'coalesce(r.held_on, rt.held_on, substr(f.created_at, 1, 10))';

/** Municipalities per finding (and its theme): a reconstruction's municipality, or every municipality of the round table. */
export const FINDING_PLACES_SQL = `
  SELECT f.id AS findingId, f.theme_id AS themeId, r.municipality_id AS municipalityId FROM findings f
    JOIN case_reconstructions r ON r.id = f.reconstruction_id WHERE r.municipality_id IS NOT NULL
  UNION
  SELECT f.id, f.theme_id, rm.municipality_id FROM findings f JOIN round_table_municipalities rm ON rm.round_table_id = f.round_table_id`;

export interface FindingSource {
  type: 'RECONSTRUCTION' | 'ROUND_TABLE' | null;
  id: string | null;
  kind: SourceKind;
  kindLabel: string;
  date: string;
  /** "Fallrekonstruktion vom 12.03.2025" or the round table's title. */
  title: string;
  municipalityNames: string[];
  /** A reconstruction whose case code and summary were purged under the retention rule. */
  purged: boolean;
}

export interface ThemeFinding {
  id: string;
  kind: FindingKind;
  kindLabel: string;
  description: string;
  organisationNames: string[];
  source: FindingSource;
}

interface RawFinding {
  id: string; kind: FindingKind; description: string; reconstructionId: string | null; roundTableId: string | null;
  sourceKind: SourceKind; date: string; roundTableTitle: string | null; places: string | null; organisations: string | null; purged: number;
}

const list = (joined: string | null) => (joined ? joined.split('\u001f') : []);

/** Findings of one theme with where they came from, oldest first. */
export function themeFindings(ctx: Context, themeId: string): ThemeFinding[] {
  const rows = ctx.sqlite.prepare(`
    SELECT f.id, f.kind, f.description, f.reconstruction_id AS reconstructionId, f.round_table_id AS roundTableId,
      ${SOURCE_KIND_SQL} AS sourceKind, ${FINDING_DATE_SQL} AS date, rt.title AS roundTableTitle, r.purged_at IS NOT NULL AS purged,
      (SELECT group_concat(name, char(31)) FROM (SELECT DISTINCT mu.name FROM (${FINDING_PLACES_SQL}) p
         JOIN municipalities mu ON mu.id = p.municipalityId WHERE p.findingId = f.id ORDER BY mu.name)) AS places,
      (SELECT group_concat(name, char(31)) FROM (SELECT coalesce(o.short_name, o.name) AS name FROM finding_organisations fo
         JOIN organisations o ON o.id = fo.organisation_id WHERE fo.finding_id = f.id ORDER BY 1)) AS organisations
    FROM findings f LEFT JOIN case_reconstructions r ON r.id = f.reconstruction_id LEFT JOIN round_tables rt ON rt.id = f.round_table_id
    WHERE f.theme_id = ?
    ORDER BY date, f.created_at, f.id`).all(themeId) as RawFinding[];
  return rows.map((f) => ({
    id: f.id, kind: f.kind, kindLabel: LABELS.findingKind[f.kind] ?? f.kind, description: f.description,
    organisationNames: list(f.organisations),
    source: {
      type: f.reconstructionId ? 'RECONSTRUCTION' : f.roundTableId ? 'ROUND_TABLE' : null,
      id: f.reconstructionId ?? f.roundTableId,
      kind: f.sourceKind, kindLabel: SOURCE_KIND_LABELS[f.sourceKind] ?? f.sourceKind, date: f.date,
      title: f.roundTableTitle ?? `${SOURCE_KIND_LABELS[f.sourceKind]} vom ${f.date.split('-').reverse().join('.')}`,
      municipalityNames: list(f.places), purged: f.purged === 1,
    },
  }));
}

export interface Evidence {
  findingCount: number;
  /** Distinct reconstructed cases; a case reconstructed once counts once however many findings it gave. */
  caseCount: number;
  roundTableCount: number;
  municipalityCount: number;
  municipalityNames: string[];
  sourceKinds: Array<{ kind: SourceKind; label: string; count: number }>;
}

/** The evidence behind a theme, derived from its findings (nothing here is stored, so nothing can drift). */
export function summariseEvidence(findings: ThemeFinding[]): Evidence {
  const cases = new Set<string>();
  const tables = new Set<string>();
  const places = new Set<string>();
  const kinds = new Map<SourceKind, number>();
  for (const f of findings) {
    if (f.source.type === 'RECONSTRUCTION') cases.add(f.source.id!);
    if (f.source.type === 'ROUND_TABLE') tables.add(f.source.id!);
    f.source.municipalityNames.forEach((m) => places.add(m));
    kinds.set(f.source.kind, (kinds.get(f.source.kind) ?? 0) + 1);
  }
  const collator = new Intl.Collator('de');
  return {
    findingCount: findings.length, caseCount: cases.size, roundTableCount: tables.size, municipalityCount: places.size,
    municipalityNames: [...places].sort(collator.compare),
    sourceKinds: [...kinds].map(([kind, count]) => ({ kind, label: SOURCE_KIND_LABELS[kind] ?? kind, count }))
      .sort((a, b) => b.count - a.count || collator.compare(a.label, b.label)),
  };
}
