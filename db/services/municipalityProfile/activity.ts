import type { Context } from '../../core/context';

export interface ActivityPeriod {
  /** '2025-Q2' for a quarter, '2025' for a year. */
  key: string;
  year: number;
  /** 1–4; null in the yearly series. */
  quarter: number | null;
  /** Round tables (any format) held in the period, planned ones included. */
  roundTables: number;
  /** Agreements made at those round tables. */
  agreements: number;
  /** Agreements completed in the period (by completion day). */
  completed: number;
}

export interface MunicipalityActivity {
  /** Every quarter from the first activity to the current quarter (or the last planned date), gaps as zero. */
  quarters: ActivityPeriod[];
  years: ActivityPeriod[];
}

const quarterOf = (isoDate: string) => ({ year: Number(isoDate.slice(0, 4)), quarter: Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3) + 1 });
const index = (p: { year: number; quarter: number }) => p.year * 4 + p.quarter - 1;

/** Round tables and agreements of one municipality over time, for the small chart on its page. */
export function municipalityActivity(ctx: Context, municipalityId: string, today: string): MunicipalityActivity {
  const held = ctx.sqlite.prepare(`SELECT r.held_on AS day, (SELECT count(*) FROM action_items a WHERE a.round_table_id = r.id) AS agreements
    FROM round_table_municipalities rm JOIN round_tables r ON r.id = rm.round_table_id WHERE rm.municipality_id = ?`)
    .all(municipalityId) as Array<{ day: string; agreements: number }>;
  const completed = ctx.sqlite.prepare(`SELECT a.completed_on FROM action_items a
    WHERE a.status = 'DONE' AND a.completed_on IS NOT NULL
      AND a.round_table_id IN (SELECT round_table_id FROM round_table_municipalities WHERE municipality_id = ?)`)
    .pluck().all(municipalityId) as string[];
  if (held.length === 0) return { quarters: [], years: [] };

  const counts = new Map<number, ActivityPeriod>();
  const at = (isoDate: string) => {
    const q = quarterOf(isoDate);
    const key = index(q);
    let period = counts.get(key);
    if (!period) {
      period = { key: `${q.year}-Q${q.quarter}`, year: q.year, quarter: q.quarter, roundTables: 0, agreements: 0, completed: 0 };
      counts.set(key, period);
    }
    return period;
  };
  for (const r of held) {
    const period = at(r.day);
    period.roundTables += 1;
    period.agreements += r.agreements;
  }
  for (const day of completed) at(day).completed += 1;

  const first = Math.min(...counts.keys());
  const last = Math.max(index(quarterOf(today)), ...counts.keys());
  const quarters: ActivityPeriod[] = [];
  for (let i = first; i <= last; i++) {
    const year = Math.floor(i / 4);
    const quarter = (i % 4) + 1;
    quarters.push(counts.get(i) ?? { key: `${year}-Q${quarter}`, year, quarter, roundTables: 0, agreements: 0, completed: 0 });
  }
  const years = new Map<number, ActivityPeriod>();
  for (const q of quarters) {
    const y = years.get(q.year) ?? { key: String(q.year), year: q.year, quarter: null, roundTables: 0, agreements: 0, completed: 0 };
    y.roundTables += q.roundTables;
    y.agreements += q.agreements;
    y.completed += q.completed;
    years.set(q.year, y);
  }
  return { quarters, years: [...years.values()] };
}
