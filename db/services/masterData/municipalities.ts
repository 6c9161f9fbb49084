import { asc, sql } from 'drizzle-orm';
import { municipalities } from '../../schema';
import type { Context } from '../../core/context';
import { crud } from '../crud';

export type Municipality = typeof municipalities.$inferSelect;

export const MUNICIPALITY_LABELS = { name: 'Name', status: 'Stadt/Gemeinde', officialKey: 'Amtlicher Gemeindeschlüssel', active: 'Aktiv' };

export const municipalityCrud = crud<Municipality>({
  table: municipalities,
  displayName: (row) => String(row.name),
  labels: MUNICIPALITY_LABELS,
});

export interface MunicipalityListRow extends Municipality {
  providerNames: string;
  roundTableCount: number;
  lastContactOn: string | null;
}

// drizzle renders a column inside sql`` unqualified; correlated subqueries need the table name.
const M_ID = sql.raw('municipalities.id');

export function listMunicipalities(ctx: Context): MunicipalityListRow[] {
  // Providers and last contact are shown in the list, so one grouped query beats N lookups.
  // County-wide providers (e.g. for young people) are responsible in every municipality too.
  return ctx.db.select({
    id: municipalities.id,
    name: municipalities.name,
    status: municipalities.status,
    officialKey: municipalities.officialKey,
    active: municipalities.active,
    createdAt: municipalities.createdAt,
    updatedAt: municipalities.updatedAt,
    providerNames: sql<string>`coalesce((
      SELECT group_concat(name, ', ') FROM (
        SELECT DISTINCT coalesce(o.short_name, o.name) AS name FROM provider_assignments pa
        JOIN organisations o ON o.id = pa.provider_organisation_id
        WHERE pa.municipality_id = ${M_ID} OR pa.county_wide = 1 ORDER BY 1)), '')`,
    roundTableCount: sql<number>`(SELECT count(*) FROM round_table_municipalities rtm WHERE rtm.municipality_id = ${M_ID})`,
    lastContactOn: sql<string | null>`(SELECT max(rt.held_on) FROM round_table_municipalities rtm
      JOIN round_tables rt ON rt.id = rtm.round_table_id WHERE rtm.municipality_id = ${M_ID})`,
  }).from(municipalities).orderBy(asc(municipalities.name)).all();
}
