import type { Context } from '../../core/context';
import { berlinToday } from '../../domain/clock';
import { FUNDING_MODULES, type FundingModule, type PostKind, type PostStatus } from '../../domain/enums';
import { LABELS } from '../../domain/labels';
import { holderChangesOf, vacanciesOf, type HolderChange, type Vacancy } from './changes';
import { fteOf, loadPostGrid, monthKeys, PRO_RATA_RULE } from './monthGrid';

export interface StaffingMonth {
  month: string;
  status: PostStatus | null;
  /** Funded FTE in the month (any status while the post exists). */
  fte: number;
  filledFte: number;
  holderName: string | null;
}

export interface StaffingPost {
  postId: string;
  label: string;
  fundingModule: FundingModule;
  kind: PostKind;
  hostOrganisationName: string | null;
  months: StaffingMonth[];
  /** Average over the twelve months, i.e. FTE-years. */
  fundedFte: number;
  filledFte: number;
  vacantMonths: number;
}

export interface FteMonth {
  month: string;
  fundedFte: number;
  filledFte: number;
  vacantFte: number;
}

export interface StaffingModule {
  fundingModule: FundingModule;
  label: string;
  months: FteMonth[];
  fundedFte: number;
  filledFte: number;
  /** Filled share of the funded FTE-years; null when nothing was funded. */
  filledShare: number | null;
}

export interface StaffingReport {
  year: number;
  rule: string;
  months: string[];
  posts: StaffingPost[];
  modules: StaffingModule[];
  total: Omit<StaffingModule, 'fundingModule' | 'label'>;
  vacancies: Vacancy[];
  holderChanges: HolderChange[];
  /** People who left a post in the year (departures and handovers) and people who started. */
  turnover: { departures: number; arrivals: number; handovers: number };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function sumMonths(months: readonly string[], cells: ReadonlyArray<ReadonlyArray<{ funded: number; filled: number }>>): FteMonth[] {
  return months.map((month, i) => {
    const funded = cells.reduce((s, c) => s + c[i].funded, 0);
    const filled = cells.reduce((s, c) => s + c[i].filled, 0);
    return { month, fundedFte: fteOf(funded), filledFte: fteOf(filled), vacantFte: fteOf(funded - filled) };
  });
}

function averages(months: readonly FteMonth[]) {
  const funded = round2(months.reduce((s, m) => s + m.fundedFte, 0) / 12);
  const filled = round2(months.reduce((s, m) => s + m.filledFte, 0) / 12);
  return { fundedFte: funded, filledFte: filled, filledShare: funded > 0 ? round2(filled / funded) : null };
}

/**
 * "Nachweis des geförderten Personals": every post month by month under the pro-rata rule, funded against filled
 * FTE per Baustein, vacancies with their durations and the holder changes of the year.
 */
export function staffingMonthly(ctx: Context, year: number): StaffingReport {
  const months = monthKeys(year);
  const grid = loadPostGrid(ctx, year);
  const today = berlinToday(ctx.clock);
  const cellsOf = (post: (typeof grid)[number]) => post.months.map((p) => ({
    funded: p?.fteHundredths ?? 0,
    filled: p?.status === 'FILLED' ? p.fteHundredths : 0,
  }));

  const posts: StaffingPost[] = grid.map((post) => {
    const cells = cellsOf(post);
    return {
      postId: post.id, label: post.label, fundingModule: post.fundingModule, kind: post.kind,
      hostOrganisationName: post.hostOrganisationName,
      months: months.map((month, i) => ({
        month,
        status: post.months[i]?.status ?? null,
        fte: fteOf(cells[i].funded),
        filledFte: fteOf(cells[i].filled),
        holderName: post.months[i]?.status === 'FILLED' ? post.months[i]!.holderName : null,
      })),
      fundedFte: round2(cells.reduce((s, c) => s + c.funded, 0) / 1200),
      filledFte: round2(cells.reduce((s, c) => s + c.filled, 0) / 1200),
      vacantMonths: post.months.filter((p) => p != null && p.status !== 'FILLED').length,
    };
  });

  const modules = FUNDING_MODULES.map((fundingModule): StaffingModule => {
    const moduleMonths = sumMonths(months, grid.filter((p) => p.fundingModule === fundingModule).map(cellsOf));
    return { fundingModule, label: LABELS.fundingModule[fundingModule], months: moduleMonths, ...averages(moduleMonths) };
  });
  const totalMonths = sumMonths(months, grid.map(cellsOf));
  const holderChanges = grid.flatMap((post) => holderChangesOf(post, year)).sort((a, b) => a.on.localeCompare(b.on));

  return {
    year,
    rule: PRO_RATA_RULE,
    months,
    posts,
    modules,
    total: { months: totalMonths, ...averages(totalMonths) },
    vacancies: grid.flatMap((post) => vacanciesOf(post, year, today)).sort((a, b) => a.from.localeCompare(b.from)),
    holderChanges,
    turnover: {
      departures: holderChanges.filter((c) => c.kind === 'DEPARTURE').length,
      arrivals: holderChanges.filter((c) => c.kind === 'ARRIVAL').length,
      handovers: holderChanges.filter((c) => c.kind === 'HANDOVER').length,
    },
  };
}
