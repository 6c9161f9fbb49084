import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { municipalities, organisations } from '../../schema';
import type { Context } from '../../core/context';
import { validationError } from '../../api/errors';
import { crud } from '../crud';

export type Organisation = typeof organisations.$inferSelect;

export const ORGANISATION_LABELS = {
  name: 'Name',
  shortName: 'Kurzname',
  kind: 'Art',
  unitCode: 'Organisationseinheit',
  parentId: 'Übergeordnete Organisation',
  municipalityId: 'Kommune',
};

const L = ORGANISATION_LABELS;

/** True when `candidateParentId` is `id` itself or lies below it, i.e. making it the parent would close a loop. */
function isSelfOrDescendant(ctx: Context, candidateParentId: string, id: string): boolean {
  // Walks upwards from the candidate; UNION (not UNION ALL) stops even on a loop already in the data.
  const hit = ctx.sqlite.prepare(`
    WITH RECURSIVE up(id, parent_id) AS (
      SELECT id, parent_id FROM organisations WHERE id = ?
      UNION SELECT o.id, o.parent_id FROM organisations o JOIN up ON o.id = up.parent_id)
    SELECT 1 FROM up WHERE id = ? LIMIT 1`).get(candidateParentId, id);
  return hit !== undefined;
}

export const organisationCrud = crud<Organisation>({
  table: organisations,
  displayName: (row) => String(row.name),
  labels: L,
  check(ctx, next) {
    const parentId = next.parentId as string | null;
    if (!parentId) return;
    if (parentId === next.id) {
      throw validationError('parentId', `${L.parentId}: Eine Organisation kann nicht sich selbst übergeordnet sein.`);
    }
    if (isSelfOrDescendant(ctx, parentId, next.id)) {
      const parent = organisationCrud.get(ctx, parentId);
      throw validationError('parentId',
        `${L.parentId}: „${parent.name}“ ist dieser Organisation bereits untergeordnet; die Zuordnung ergäbe einen Kreis.`);
    }
  },
});

export interface OrganisationListRow extends Organisation {
  parentName: string | null;
  municipalityName: string | null;
}

export function listOrganisations(ctx: Context): OrganisationListRow[] {
  const parent = alias(organisations, 'parent');
  return ctx.db.select({
    id: organisations.id,
    name: organisations.name,
    shortName: organisations.shortName,
    kind: organisations.kind,
    unitCode: organisations.unitCode,
    parentId: organisations.parentId,
    parentName: parent.name,
    municipalityId: organisations.municipalityId,
    municipalityName: municipalities.name,
    createdAt: organisations.createdAt,
    updatedAt: organisations.updatedAt,
  }).from(organisations)
    .leftJoin(parent, eq(parent.id, organisations.parentId))
    .leftJoin(municipalities, eq(municipalities.id, organisations.municipalityId))
    .orderBy(asc(organisations.name), asc(organisations.id))
    .all();
}
