import { asc, eq } from 'drizzle-orm';
import { municipalities, organisations, providerAssignments } from '../../schema';
import type { Context } from '../../core/context';
import { validationError } from '../../api/errors';
import { assertDateRange } from '../../api/fields';
import { crud } from '../crud';

export type ProviderAssignment = typeof providerAssignments.$inferSelect;

export const PROVIDER_ASSIGNMENT_LABELS = {
  providerOrganisationId: 'Träger',
  municipalityId: 'Kommune',
  countyWide: 'Kreisweit',
  targetGroup: 'Zielgruppe',
  validFrom: 'Gültig ab',
  validTo: 'Gültig bis',
  note: 'Anmerkung',
};

const L = PROVIDER_ASSIGNMENT_LABELS;

export const providerAssignmentCrud = crud<ProviderAssignment>({
  table: providerAssignments,
  displayName: (row) => String(row.id),
  labels: L,
  check(_ctx, next) {
    const row = next as Partial<ProviderAssignment>;
    // A county-wide assignment covers every municipality; naming one as well would make the scope ambiguous.
    if (row.countyWide && row.municipalityId) {
      throw validationError('municipalityId', `${L.municipalityId}: Bei kreisweiter Zuständigkeit bitte keine Kommune angeben.`);
    }
    if (!row.countyWide && !row.municipalityId) {
      throw validationError('municipalityId', `${L.municipalityId}: Bitte auswählen oder „${L.countyWide}“ ankreuzen.`);
    }
    assertDateRange(row, 'validFrom', 'validTo', L);
  },
});

export interface ProviderAssignmentListRow {
  id: string;
  providerOrganisationId: string;
  providerName: string;
  municipalityId: string | null;
  municipalityName: string | null;
  countyWide: boolean;
  targetGroup: ProviderAssignment['targetGroup'];
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

export function listProviderAssignments(ctx: Context): ProviderAssignmentListRow[] {
  return ctx.db.select({
    id: providerAssignments.id,
    providerOrganisationId: providerAssignments.providerOrganisationId,
    providerName: organisations.name,
    municipalityId: providerAssignments.municipalityId,
    municipalityName: municipalities.name,
    countyWide: providerAssignments.countyWide,
    targetGroup: providerAssignments.targetGroup,
    validFrom: providerAssignments.validFrom,
    validTo: providerAssignments.validTo,
    note: providerAssignments.note,
    createdAt: providerAssignments.createdAt,
    updatedAt: providerAssignments.updatedAt,
  }).from(providerAssignments)
    // Inner join: the provider is a required foreign key, so every assignment has one.
    .innerJoin(organisations, eq(organisations.id, providerAssignments.providerOrganisationId))
    .leftJoin(municipalities, eq(municipalities.id, providerAssignments.municipalityId))
    // County-wide rows (no municipality) sort first within a provider.
    .orderBy(asc(organisations.name), asc(municipalities.name), asc(providerAssignments.id))
    .all();
}
