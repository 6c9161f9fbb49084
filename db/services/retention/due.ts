import type { Context } from '../../core/context';
import { berlinToday } from '../../domain/clock';
import type { CaseSource, ReconstructionFormat } from '../../domain/enums';

export interface DueReconstruction {
  id: string;
  heldOn: string;
  format: ReconstructionFormat;
  caseSource: CaseSource;
  caseCode: string | null;
  providerName: string | null;
  municipalityName: string | null;
  deleteAfter: string;
  findingCount: number;
  themeCount: number;
}

export interface DuePerson {
  id: string;
  name: string;
  organisationName: string | null;
  deleteAfter: string;
}

export interface RetentionDue {
  today: string;
  reconstructions: DueReconstruction[];
  /** Professional contacts past their deletion date: shown for review, deleted through the persons form. */
  persons: DuePerson[];
}

export function dueReconstructions(ctx: Context, today: string): DueReconstruction[] {
  return ctx.sqlite.prepare(`
    SELECT r.id, r.held_on AS heldOn, r.format, r.case_source AS caseSource, r.case_code AS caseCode,
      coalesce(o.short_name, o.name) AS providerName, mu.name AS municipalityName, r.delete_after AS deleteAfter,
      (SELECT count(*) FROM findings f WHERE f.reconstruction_id = r.id) AS findingCount,
      (SELECT count(DISTINCT f.theme_id) FROM findings f WHERE f.reconstruction_id = r.id) AS themeCount
    FROM case_reconstructions r
    LEFT JOIN organisations o ON o.id = r.provider_organisation_id
    LEFT JOIN municipalities mu ON mu.id = r.municipality_id
    WHERE r.purged_at IS NULL AND r.delete_after IS NOT NULL AND r.delete_after <= ?
    ORDER BY r.delete_after, r.held_on, r.id
  `).all(today) as DueReconstruction[];
}

/** What the "Löschfristen" view lists: reconstructions due for purging and contacts past their deletion date. */
export function retentionDue(ctx: Context): RetentionDue {
  const today = berlinToday(ctx.clock);
  const persons = ctx.sqlite.prepare(`
    SELECT p.id, p.name, o.name AS organisationName, p.delete_after AS deleteAfter
    FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE p.delete_after IS NOT NULL AND p.delete_after <= ?
    ORDER BY p.delete_after, p.name
  `).all(today) as DuePerson[];
  return { today, reconstructions: dueReconstructions(ctx, today), persons };
}
