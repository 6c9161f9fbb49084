import type { Context } from '../../core/context';
import { monthsBefore, officeLimits } from '../../services/municipalityProfile/contact';
import { municipalityProfile, type MunicipalityProfile } from '../../services/municipalityProfile/municipalityProfile';
import { readLetterhead } from '../meeting/data/meetingData';
import type { Letterhead } from '../docx/headerFooter';

/** Case-management figures of the latest reported period, summed over the providers working in the municipality. */
export interface CaseFigures {
  periodStart: string;
  periodEnd: string;
  newCases: number;
  activeCases: number;
  closedCases: number;
  contacts: number;
  /** Where the figures come from (e.g. "synthetisch (Demo)"), as recorded with them. */
  sources: string | null;
}

export interface SteckbriefData {
  profile: MunicipalityProfile;
  letterhead: Letterhead | null;
  smallCountThreshold: number;
  /** Round tables held in the 24 months up to today, newest first. */
  recentRoundTables: MunicipalityProfile['roundTables'];
  caseFigures: CaseFigures | null;
}

const RECENT_MONTHS = 24;

function latestCaseFigures(ctx: Context, municipalityId: string, today: string): CaseFigures | null {
  const row = ctx.sqlite.prepare(`SELECT period_start AS periodStart, period_end AS periodEnd, sum(new_cases) AS newCases,
      sum(active_cases) AS activeCases, sum(closed_cases) AS closedCases, sum(contacts) AS contacts,
      group_concat(DISTINCT source) AS sources
    FROM cm_aggregates WHERE municipality_id = @id AND period_end <= @today
    GROUP BY period_start, period_end ORDER BY period_end DESC, period_start DESC LIMIT 1`).get({ id: municipalityId, today }) as CaseFigures | undefined;
  return row ?? null;
}

export function loadSteckbriefData(ctx: Context, municipalityId: string): SteckbriefData {
  const profile = municipalityProfile(ctx, municipalityId);
  const since = monthsBefore(profile.today, RECENT_MONTHS);
  return {
    profile,
    letterhead: readLetterhead(ctx),
    smallCountThreshold: officeLimits(ctx).smallCountThreshold,
    recentRoundTables: profile.roundTables.filter((r) => !r.planned && r.heldOn > since),
    caseFigures: latestCaseFigures(ctx, municipalityId, profile.today),
  };
}
