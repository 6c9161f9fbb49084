import type { Context } from '../../core/context';
import { berlinToday } from '../../domain/clock';
import type { FundingModule, MeetingStatus, RoundTableFormat } from '../../domain/enums';

const COUNTED = {
  municipalities: 'SELECT count(*) FROM municipalities',
  organisations: 'SELECT count(*) FROM organisations',
  persons: 'SELECT count(*) FROM persons',
  posts: 'SELECT count(*) FROM posts',
  committees: 'SELECT count(*) FROM committees',
  meetings: "SELECT count(*) FROM meetings WHERE status <> 'CANCELLED'",
  decisions: 'SELECT count(*) FROM decisions',
  openTasks: "SELECT count(*) FROM action_items WHERE status IN ('OPEN', 'IN_PROGRESS')",
  roundTables: 'SELECT count(*) FROM round_tables',
  reconstructions: 'SELECT count(*) FROM case_reconstructions',
  themes: 'SELECT count(*) FROM themes WHERE merged_into_theme_id IS NULL',
  measures: 'SELECT count(*) FROM measures',
} as const;

export type SummaryCounts = Record<keyof typeof COUNTED, number>;

export interface OverviewSummary {
  counts: SummaryCounts;
  upcomingMeetings: Array<{ id: string; committeeName: string; startsAt: string; title: string | null; status: MeetingStatus }>;
  recentRoundTables: Array<{ id: string; title: string; heldOn: string; format: RoundTableFormat; municipalityNames: string; countyWide: boolean }>;
  postsByModule: Array<{ fundingModule: FundingModule; fundedFte: number; filledFte: number; posts: number }>;
}

export function overviewSummary(ctx: Context): OverviewSummary {
  const counts = Object.fromEntries(
    Object.entries(COUNTED).map(([key, sql]) => [key, ctx.sqlite.prepare(sql).pluck().get() as number]),
  ) as SummaryCounts;
  const today = berlinToday(ctx.clock);
  const upcomingMeetings = ctx.sqlite.prepare(`
    SELECT m.id, c.name AS committeeName, m.starts_at AS startsAt, m.title, m.status
    FROM meetings m JOIN committees c ON c.id = m.committee_id
    WHERE substr(m.starts_at, 1, 10) >= ? AND m.status <> 'CANCELLED'
    ORDER BY m.starts_at LIMIT 5
  `).all(today) as OverviewSummary['upcomingMeetings'];
  const recentRoundTables = (ctx.sqlite.prepare(`
    SELECT r.id, r.title, r.held_on AS heldOn, r.format, r.county_wide = 1 AS countyWide,
      coalesce((SELECT group_concat(name, ', ') FROM (SELECT mu.name FROM round_table_municipalities rm
        JOIN municipalities mu ON mu.id = rm.municipality_id WHERE rm.round_table_id = r.id ORDER BY mu.name)), '') AS municipalityNames
    FROM round_tables r WHERE r.held_on <= ? ORDER BY r.held_on DESC LIMIT 5
  `).all(today) as Array<Omit<OverviewSummary['recentRoundTables'][number], 'countyWide'> & { countyWide: number }>)
    .map((r) => ({ ...r, countyWide: r.countyWide === 1 }));
  return { counts, upcomingMeetings, recentRoundTables, postsByModule: postsByModule(ctx) };
}

/** Funded and filled FTE per funding module; the charts show the same figures without the rest of the summary. */
export function postsByModule(ctx: Context): OverviewSummary['postsByModule'] {
  // FTE are summed in hundredths so 0.1 + 0.2 does not print as 0.30000000000000004.
  return (ctx.sqlite.prepare(`
    SELECT funding_module AS fundingModule, sum(round(fte * 100)) AS funded,
      sum(CASE WHEN status = 'FILLED' THEN round(fte * 100) ELSE 0 END) AS filled, count(*) AS posts
    FROM posts GROUP BY funding_module ORDER BY funding_module
  `).all() as Array<{ fundingModule: FundingModule; funded: number; filled: number; posts: number }>)
    .map((r) => ({ fundingModule: r.fundingModule, fundedFte: r.funded / 100, filledFte: r.filled / 100, posts: r.posts }));
}
