import { eq } from 'drizzle-orm';
import {
  caseReconstructions, reconstructionFields, reconstructionLegalDomains, reconstructionParticipants,
} from '../../schema';
import type { Context } from '../../core/context';
import { ApiError, validationError } from '../../api/errors';
import { berlinToday } from '../../domain/clock';
import { formatDate } from '../../domain/format';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';
import { assertNotReferenced, assertReferencesExist } from '../references';
import { assertNoPersonalData, assertPrivacyOrJustified } from '../privacy/guard';
import { reconstructionDeleteAfter } from '../retention/deleteAfter';
import { scrubAuditRows, withoutPurgedText, withSecureDelete } from '../retention/scrubAudit';
import { caseCodeProblem } from './caseCode';
import { getReconstruction, reconstructionSnapshot, requireReconstruction, type ReconstructionDetail } from './getReconstruction';
import { RECONSTRUCTION_LABELS as L, type ReconstructionInput } from './labels';

const MIN_JUSTIFICATION = 15;

function checkStructure(ctx: Context, input: ReconstructionInput): void {
  if (input.heldOn > berlinToday(ctx.clock)) {
    throw validationError('heldOn', `${L.heldOn}: Liegt in der Zukunft – erfasst werden durchgeführte Fallrekonstruktionen.`);
  }
  if (input.caseCode) {
    const problem = caseCodeProblem(input.caseCode);
    if (problem) throw validationError('caseCode', problem);
  }
  assertReferencesExist(ctx, 'case_reconstructions', {
    facilitatorPostId: input.facilitatorPostId, providerOrganisationId: input.providerOrganisationId, municipalityId: input.municipalityId,
  }, L);
  if (input.fieldsOfAction.length === 0) {
    throw validationError('fieldsOfAction', `${L.fieldsOfAction}: Bitte mindestens ein Handlungsfeld auswählen.`);
  }
  const known = new Set(ctx.sqlite.prepare('SELECT code FROM fields_of_action').pluck().all() as string[]);
  const unknown = input.fieldsOfAction.find((code) => !known.has(code));
  if (unknown !== undefined) {
    throw validationError('fieldsOfAction', `${L.fieldsOfAction}: „${unknown}“ ist kein bekanntes Handlungsfeld.`);
  }
  const seen = new Set<string>();
  const organisation = ctx.sqlite.prepare('SELECT 1 FROM organisations WHERE id = ?');
  input.participants.forEach((p, i) => {
    if (!organisation.get(p.organisationId)) {
      throw validationError(`participants.${i}.organisationId`, `${L.participants} ${i + 1}: Die gewählte Organisation existiert nicht (mehr).`);
    }
    if (seen.has(p.organisationId)) {
      throw validationError(`participants.${i}.organisationId`, `${L.participants} ${i + 1}: Diese Organisation ist bereits aufgeführt.`);
    }
    seen.add(p.organisationId);
  });
}

/** Free texts that are stored with the case and purged with it; a justification lets them through. */
function checkPrivacy(input: ReconstructionInput): void {
  const justification = input.privacyJustification;
  if (justification) {
    if (justification.length < MIN_JUSTIFICATION) {
      throw validationError('privacyJustification',
        `${L.privacyJustification}: Bitte in einem Satz begründen, warum die Angaben nötig sind (mindestens ${MIN_JUSTIFICATION} Zeichen).`);
    }
    assertNoPersonalData([{ field: 'privacyJustification', label: L.privacyJustification, text: justification }],
      'die Begründung erklärt, warum Angaben nötig sind, sie wiederholt sie nicht.');
  }
  assertPrivacyOrJustified([
    { field: 'summary', label: L.summary, text: input.summary },
    ...input.participants.map((p, i) => ({ field: `participants.${i}.role`, label: `${L.participants} ${i + 1}, ${L.role}`, text: p.role })),
  ], justification, L.privacyJustification);
}

function recordValues(ctx: Context, input: ReconstructionInput) {
  return {
    heldOn: input.heldOn,
    format: input.format,
    facilitatorPostId: input.facilitatorPostId,
    caseCode: input.caseCode,
    caseSource: input.caseSource,
    providerOrganisationId: input.providerOrganisationId,
    municipalityId: input.municipalityId,
    ageBand: input.ageBand,
    summary: input.summary,
    privacyJustification: input.privacyJustification,
    deleteAfter: reconstructionDeleteAfter(ctx, input.heldOn),
  };
}

function replaceChildren(ctx: Context, id: string, input: ReconstructionInput): void {
  ctx.db.delete(reconstructionParticipants).where(eq(reconstructionParticipants.reconstructionId, id)).run();
  ctx.db.delete(reconstructionFields).where(eq(reconstructionFields.reconstructionId, id)).run();
  ctx.db.delete(reconstructionLegalDomains).where(eq(reconstructionLegalDomains.reconstructionId, id)).run();
  for (const p of input.participants) {
    ctx.db.insert(reconstructionParticipants).values({ id: newId(), reconstructionId: id, organisationId: p.organisationId, role: p.role }).run();
  }
  for (const code of new Set(input.fieldsOfAction)) {
    ctx.db.insert(reconstructionFields).values({ reconstructionId: id, fieldOfAction: code }).run();
  }
  for (const legalDomain of new Set(input.legalDomains)) {
    ctx.db.insert(reconstructionLegalDomains).values({ reconstructionId: id, legalDomain }).run();
  }
}

export function createReconstruction(ctx: Context, input: ReconstructionInput): ReconstructionDetail {
  return ctx.write(() => {
    checkStructure(ctx, input);
    checkPrivacy(input);
    const now = ctx.nowIso();
    const id = newId();
    ctx.db.insert(caseReconstructions).values({ id, ...recordValues(ctx, input), purgedAt: null, createdAt: now, updatedAt: now }).run();
    replaceChildren(ctx, id, input);
    recordAudit(ctx, 'case_reconstructions', id, 'CREATE', null, reconstructionSnapshot(ctx, id));
    return getReconstruction(ctx, id);
  });
}

export function updateReconstruction(ctx: Context, id: string, input: ReconstructionInput): ReconstructionDetail {
  return ctx.write(() => {
    const existing = requireReconstruction(ctx, id);
    // Bringing a summary back after the purge would undo the retention rule.
    if (existing.purgedAt) {
      throw new ApiError('CONFLICT', `Die Fallrekonstruktion vom ${formatDate(existing.heldOn)} wurde nach Ablauf der Löschfrist bereinigt und kann nicht mehr geändert werden. Ihre Erkenntnisse bleiben bearbeitbar.`);
    }
    checkStructure(ctx, input);
    checkPrivacy(input);
    const before = reconstructionSnapshot(ctx, id);
    ctx.db.update(caseReconstructions).set({ ...recordValues(ctx, input), updatedAt: ctx.nowIso() }).where(eq(caseReconstructions.id, id)).run();
    replaceChildren(ctx, id, input);
    recordAudit(ctx, 'case_reconstructions', id, 'UPDATE', before, reconstructionSnapshot(ctx, id));
    return getReconstruction(ctx, id);
  });
}

/**
 * Deletes a reconstruction that has no findings (findings are evidence of themes and must be removed first).
 * Its texts leave the audit log with it, as with a purge.
 */
export function deleteReconstruction(ctx: Context, id: string): { id: string } {
  return withSecureDelete(ctx, () => ctx.write(() => {
    const existing = requireReconstruction(ctx, id);
    assertNotReferenced(ctx, 'case_reconstructions', id, `vom ${formatDate(existing.heldOn)}`);
    const before = reconstructionSnapshot(ctx, id);
    ctx.db.delete(caseReconstructions).where(eq(caseReconstructions.id, id)).run();
    scrubAuditRows(ctx, id);
    recordAudit(ctx, 'case_reconstructions', id, 'DELETE', withoutPurgedText(before), null);
    return { id };
  }));
}
