import { eq } from 'drizzle-orm';
import { caseReconstructions } from '../../schema';
import type { Context } from '../../core/context';
import { notFound } from '../../api/errors';
import type { FindingKind, LegalDomain } from '../../domain/enums';

export type ReconstructionRecord = typeof caseReconstructions.$inferSelect;

export interface ReconstructionParticipant {
  id: string;
  organisationId: string | null;
  organisationName: string | null;
  role: string;
}

export interface ReconstructionFinding {
  id: string;
  kind: FindingKind;
  description: string;
  themeId: string | null;
  themeTitle: string | null;
  organisations: Array<{ id: string; name: string }>;
}

export interface ReconstructionDetail {
  reconstruction: ReconstructionRecord;
  purged: boolean;
  facilitatorPostLabel: string | null;
  providerName: string | null;
  municipalityName: string | null;
  participants: ReconstructionParticipant[];
  fieldsOfAction: Array<{ code: string; label: string }>;
  legalDomains: LegalDomain[];
  findings: ReconstructionFinding[];
}

export function findReconstruction(ctx: Context, id: string): ReconstructionRecord | undefined {
  return ctx.db.select().from(caseReconstructions).where(eq(caseReconstructions.id, id)).get();
}

export function requireReconstruction(ctx: Context, id: string): ReconstructionRecord {
  const row = findReconstruction(ctx, id);
  if (!row) throw notFound('Fallrekonstruktion');
  return row;
}

/** The parts stored beside the record, in the shape the audit log keeps them. */
export function reconstructionSnapshot(ctx: Context, id: string) {
  const record = requireReconstruction(ctx, id);
  // With their ids, so a deleted reconstruction can be restored from this snapshot (db/services/history/embedded.ts).
  const participants = ctx.sqlite.prepare(`SELECT id, organisation_id AS organisationId, role FROM reconstruction_participants
    WHERE reconstruction_id = ? ORDER BY rowid`).all(id) as Array<{ id: string; organisationId: string | null; role: string }>;
  const fieldsOfAction = ctx.sqlite.prepare('SELECT field_of_action FROM reconstruction_fields WHERE reconstruction_id = ? ORDER BY 1')
    .pluck().all(id) as string[];
  const legalDomains = ctx.sqlite.prepare('SELECT legal_domain FROM reconstruction_legal_domains WHERE reconstruction_id = ? ORDER BY 1')
    .pluck().all(id) as LegalDomain[];
  return { ...record, participants, fieldsOfAction, legalDomains };
}

export function reconstructionFindings(ctx: Context, reconstructionId: string): ReconstructionFinding[] {
  const rows = ctx.sqlite.prepare(`
    SELECT f.id, f.kind, f.description, f.theme_id AS themeId, t.title AS themeTitle
    FROM findings f LEFT JOIN themes t ON t.id = f.theme_id
    WHERE f.reconstruction_id = ? ORDER BY f.created_at, f.id
  `).all(reconstructionId) as Array<Omit<ReconstructionFinding, 'organisations'>>;
  const orgs = ctx.sqlite.prepare(`SELECT o.id, o.name FROM finding_organisations fo JOIN organisations o ON o.id = fo.organisation_id
    WHERE fo.finding_id = ? ORDER BY o.name`);
  return rows.map((r) => ({ ...r, organisations: orgs.all(r.id) as Array<{ id: string; name: string }> }));
}

export function getReconstruction(ctx: Context, id: string): ReconstructionDetail {
  const reconstruction = requireReconstruction(ctx, id);
  const names = ctx.sqlite.prepare(`SELECT
      (SELECT label FROM posts WHERE id = @post) AS facilitatorPostLabel,
      (SELECT coalesce(short_name, name) FROM organisations WHERE id = @provider) AS providerName,
      (SELECT name FROM municipalities WHERE id = @municipality) AS municipalityName`)
    .get({ post: reconstruction.facilitatorPostId, provider: reconstruction.providerOrganisationId, municipality: reconstruction.municipalityId }) as
    Pick<ReconstructionDetail, 'facilitatorPostLabel' | 'providerName' | 'municipalityName'>;
  const participants = ctx.sqlite.prepare(`
    SELECT p.id, p.organisation_id AS organisationId, o.name AS organisationName, p.role
    FROM reconstruction_participants p LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE p.reconstruction_id = ? ORDER BY p.rowid
  `).all(id) as ReconstructionParticipant[];
  const fieldsOfAction = ctx.sqlite.prepare(`
    SELECT f.code, f.label FROM reconstruction_fields rf JOIN fields_of_action f ON f.code = rf.field_of_action
    WHERE rf.reconstruction_id = ? ORDER BY f.position
  `).all(id) as Array<{ code: string; label: string }>;
  const { legalDomains } = reconstructionSnapshot(ctx, id);
  return {
    reconstruction,
    purged: reconstruction.purgedAt != null,
    ...names,
    participants,
    fieldsOfAction,
    legalDomains,
    findings: reconstructionFindings(ctx, id),
  };
}
