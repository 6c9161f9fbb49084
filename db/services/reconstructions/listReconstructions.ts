import type { Context } from '../../core/context';
import type { CaseSource, ReconstructionFormat } from '../../domain/enums';

export interface ReconstructionListRow {
  id: string;
  heldOn: string;
  format: ReconstructionFormat;
  caseSource: CaseSource;
  municipalityName: string | null;
  findingCount: number;
  deleteAfter: string | null;
  purged: boolean;
}

export function listReconstructions(ctx: Context): ReconstructionListRow[] {
  const rows = ctx.sqlite.prepare(`
    SELECT r.id, r.held_on AS heldOn, r.format, r.case_source AS caseSource, mu.name AS municipalityName,
      (SELECT count(*) FROM findings f WHERE f.reconstruction_id = r.id) AS findingCount,
      r.delete_after AS deleteAfter, r.purged_at IS NOT NULL AS purged
    FROM case_reconstructions r LEFT JOIN municipalities mu ON mu.id = r.municipality_id
    ORDER BY r.held_on DESC
  `).all() as Array<Omit<ReconstructionListRow, 'purged'> & { purged: number }>;
  return rows.map((r) => ({ ...r, purged: r.purged === 1 }));
}
