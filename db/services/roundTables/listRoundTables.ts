import type { Context } from '../../core/context';
import type { RoundTableFormat } from '../../domain/enums';

export interface RoundTableListRow {
  id: string;
  title: string;
  format: RoundTableFormat;
  heldOn: string;
  municipalityNames: string;
  countyWide: boolean;
  agreementCount: number;
  openAgreementCount: number;
}

export function listRoundTables(ctx: Context): RoundTableListRow[] {
  const rows = ctx.sqlite.prepare(`
    SELECT r.id, r.title, r.format, r.held_on AS heldOn, r.county_wide AS countyWide,
      coalesce((SELECT group_concat(name, ', ') FROM (SELECT mu.name FROM round_table_municipalities rm
        JOIN municipalities mu ON mu.id = rm.municipality_id WHERE rm.round_table_id = r.id ORDER BY mu.name)), '') AS municipalityNames,
      (SELECT count(*) FROM action_items a WHERE a.round_table_id = r.id) AS agreementCount,
      (SELECT count(*) FROM action_items a WHERE a.round_table_id = r.id AND a.status IN ('OPEN', 'IN_PROGRESS')) AS openAgreementCount
    FROM round_tables r
    ORDER BY r.held_on DESC, r.title
  `).all() as Array<Omit<RoundTableListRow, 'countyWide'> & { countyWide: number }>;
  return rows.map((r) => ({ ...r, countyWide: r.countyWide === 1 }));
}
