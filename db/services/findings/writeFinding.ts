import { eq } from 'drizzle-orm';
import { findingOrganisations, findings } from '../../schema';
import type { Context } from '../../core/context';
import { ApiError, notFound, validationError } from '../../api/errors';
import type { FindingKind } from '../../domain/enums';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';
import { assertReferencesExist } from '../references';
import { assertNoPersonalData } from '../privacy/guard';
import { getFinding, type FindingRow } from './listFindings';

export const FINDING_LABELS = {
  reconstructionId: 'Fallrekonstruktion',
  roundTableId: 'Runder Tisch',
  kind: 'Art der Erkenntnis',
  description: 'Beschreibung',
  organisationIds: 'Beteiligte Organisationen',
};
const L = FINDING_LABELS;

export interface FindingInput {
  reconstructionId: string | null;
  roundTableId: string | null;
  kind: FindingKind;
  description: string;
  organisationIds: string[];
}

type FindingRecord = typeof findings.$inferSelect;

function requireFinding(ctx: Context, id: string): FindingRecord {
  const row = ctx.db.select().from(findings).where(eq(findings.id, id)).get();
  if (!row) throw notFound('Erkenntnis');
  return row;
}

function snapshot(ctx: Context, id: string) {
  const organisationIds = ctx.sqlite.prepare('SELECT organisation_id FROM finding_organisations WHERE finding_id = ? ORDER BY 1')
    .pluck().all(id) as string[];
  return { ...requireFinding(ctx, id), organisationIds };
}

function check(ctx: Context, input: FindingInput): void {
  if ((input.reconstructionId == null) === (input.roundTableId == null)) {
    throw validationError('reconstructionId', `${L.reconstructionId}: Bitte genau eine Herkunft angeben – eine Fallrekonstruktion oder einen Runden Tisch.`);
  }
  assertReferencesExist(ctx, 'findings', { reconstructionId: input.reconstructionId, roundTableId: input.roundTableId }, L);
  const organisation = ctx.sqlite.prepare('SELECT 1 FROM organisations WHERE id = ?');
  input.organisationIds.forEach((orgId, i) => {
    if (!organisation.get(orgId)) {
      throw validationError(`organisationIds.${i}`, `${L.organisationIds}: Die gewählte Organisation existiert nicht (mehr).`);
    }
  });
  // Findings stay when the case's texts are purged, so they must be anonymous from the start: no justification helps.
  assertNoPersonalData([{ field: 'description', label: L.description, text: input.description }],
    'Erkenntnisse bleiben nach Ablauf der Löschfrist erhalten und beschreiben Strukturen, keine Personen.');
}

function writeOrganisations(ctx: Context, id: string, organisationIds: string[]): void {
  ctx.db.delete(findingOrganisations).where(eq(findingOrganisations.findingId, id)).run();
  for (const organisationId of new Set(organisationIds)) ctx.db.insert(findingOrganisations).values({ findingId: id, organisationId }).run();
}

export function createFinding(ctx: Context, input: FindingInput): FindingRow {
  return ctx.write(() => {
    check(ctx, input);
    const now = ctx.nowIso();
    const id = newId();
    ctx.db.insert(findings).values({
      id, reconstructionId: input.reconstructionId, roundTableId: input.roundTableId, kind: input.kind,
      description: input.description, themeId: null, createdAt: now, updatedAt: now,
    }).run();
    writeOrganisations(ctx, id, input.organisationIds);
    recordAudit(ctx, 'findings', id, 'CREATE', null, snapshot(ctx, id));
    return getFinding(ctx, id);
  });
}

/** Replaces the finding's source, kind, text and organisations; its theme link is the themes' business. */
export function updateFinding(ctx: Context, id: string, input: FindingInput): FindingRow {
  return ctx.write(() => {
    const before = snapshot(ctx, id);
    check(ctx, input);
    ctx.db.update(findings).set({
      reconstructionId: input.reconstructionId, roundTableId: input.roundTableId, kind: input.kind,
      description: input.description, updatedAt: ctx.nowIso(),
    }).where(eq(findings.id, id)).run();
    writeOrganisations(ctx, id, input.organisationIds);
    recordAudit(ctx, 'findings', id, 'UPDATE', before, snapshot(ctx, id));
    return getFinding(ctx, id);
  });
}

/** A finding that is evidence of a theme is taken out of the theme first, so no theme loses evidence unnoticed. */
export function deleteFinding(ctx: Context, id: string): { id: string } {
  return ctx.write(() => {
    const before = snapshot(ctx, id);
    if (before.themeId) {
      const title = ctx.sqlite.prepare('SELECT title FROM themes WHERE id = ?').pluck().get(before.themeId) as string;
      throw new ApiError('CONFLICT', `Die Erkenntnis belegt das Thema „${title}“. Bitte sie zuerst aus dem Thema lösen.`);
    }
    ctx.db.delete(findings).where(eq(findings.id, id)).run();
    recordAudit(ctx, 'findings', id, 'DELETE', before, null);
    return { id };
  });
}
