import { eq } from 'drizzle-orm';
import { roundTableMunicipalities, roundTableParticipants, roundTables } from '../../schema';
import type { Context } from '../../core/context';
import { ApiError, notFound, validationError } from '../../api/errors';
import type { ParticipantRole, RoundTableFormat } from '../../domain/enums';
import { newId } from '../../domain/ids';
import { formatNumber } from '../../domain/format';
import { recordAudit } from '../audit';
import { assertNotReferenced, assertReferencesExist } from '../references';
import { getRoundTable, type RoundTableDetail } from './getRoundTable';

export const ROUND_TABLE_LABELS = {
  format: 'Format',
  title: 'Titel',
  heldOn: 'Datum',
  startTime: 'Beginn',
  location: 'Ort',
  onlineUrl: 'Online-Link',
  countyWide: 'Kreisweit',
  municipalityIds: 'Kommunen',
  topics: 'Themen',
  notes: 'Notizen',
  participants: 'Teilnehmende',
  organisationId: 'Organisation',
  personId: 'Person',
  role: 'Rolle',
  headCount: 'Anzahl Personen',
  note: 'Bemerkung',
};
const L = ROUND_TABLE_LABELS;

export interface ParticipantInput {
  organisationId: string | null;
  personId: string | null;
  role: ParticipantRole;
  headCount: number | null;
  note: string | null;
}

export interface RoundTableInput {
  format: RoundTableFormat;
  title: string;
  heldOn: string;
  startTime: string | null;
  location: string | null;
  onlineUrl: string | null;
  countyWide: boolean;
  municipalityIds: string[];
  topics: string | null;
  notes: string | null;
  participants: ParticipantInput[];
}

type RoundTableRecord = typeof roundTables.$inferSelect;
type ParticipantRecord = typeof roundTableParticipants.$inferSelect;

/** The audited picture of a round table: the record with its municipalities and participants, as one snapshot. */
interface Snapshot extends RoundTableRecord {
  municipalityIds: string[];
  participants: ParticipantRecord[];
}

function snapshot(ctx: Context, id: string): Snapshot {
  const row = ctx.db.select().from(roundTables).where(eq(roundTables.id, id)).get();
  if (!row) throw notFound('Runder Tisch');
  const municipalityIds = ctx.db.select({ id: roundTableMunicipalities.municipalityId }).from(roundTableMunicipalities)
    .where(eq(roundTableMunicipalities.roundTableId, id)).all().map((r) => r.id).sort();
  const participants = ctx.db.select().from(roundTableParticipants).where(eq(roundTableParticipants.roundTableId, id)).all();
  return { ...row, municipalityIds, participants };
}

function checkInput(ctx: Context, input: RoundTableInput): string[] {
  const municipalityIds = [...new Set(input.municipalityIds)];
  if (!input.countyWide && municipalityIds.length === 0) {
    throw validationError('municipalityIds', `${L.municipalityIds}: Bitte mindestens eine Kommune auswählen oder „${L.countyWide}“ ankreuzen.`);
  }
  municipalityIds.forEach((municipalityId, i) => {
    const found = ctx.sqlite.prepare('SELECT 1 FROM municipalities WHERE id = ?').get(municipalityId);
    if (!found) throw validationError(`municipalityIds.${i}`, `${L.municipalityIds}: Die gewählte Kommune existiert nicht (mehr).`);
  });
  input.participants.forEach((p, i) => {
    if (!p.organisationId && !p.personId && p.headCount == null) {
      throw validationError(`participants.${i}.organisationId`,
        `${L.participants}: Bitte je Zeile eine Organisation, eine Person oder die Anzahl der Personen angeben.`);
    }
    try {
      assertReferencesExist(ctx, 'round_table_participants', { organisationId: p.organisationId, personId: p.personId }, L);
    } catch (error) {
      // Name the row, so the form can point at the participant that is wrong.
      if (error instanceof ApiError && error.issues) {
        throw new ApiError(error.code, error.message, error.issues.map((issue) => ({ ...issue, field: `participants.${i}.${issue.field}` })));
      }
      throw error;
    }
  });
  return municipalityIds;
}

function writeChildren(ctx: Context, id: string, municipalityIds: string[], participants: ParticipantInput[], now: string): void {
  if (municipalityIds.length > 0) {
    ctx.db.insert(roundTableMunicipalities).values(municipalityIds.map((municipalityId) => ({ roundTableId: id, municipalityId }))).run();
  }
  if (participants.length > 0) {
    ctx.db.insert(roundTableParticipants).values(participants.map((p) => ({
      id: newId(), roundTableId: id, organisationId: p.organisationId, personId: p.personId, role: p.role,
      headCount: p.headCount, note: p.note, createdAt: now, updatedAt: now,
    }))).run();
  }
}

function record(input: RoundTableInput): Omit<RoundTableRecord, 'id' | 'createdAt' | 'updatedAt'> {
  return {
    format: input.format, title: input.title, heldOn: input.heldOn, startTime: input.startTime, location: input.location,
    onlineUrl: input.onlineUrl, countyWide: input.countyWide, topics: input.topics, notes: input.notes,
  };
}

export function createRoundTable(ctx: Context, input: RoundTableInput): RoundTableDetail {
  return ctx.write(() => {
    const municipalityIds = checkInput(ctx, input);
    const now = ctx.nowIso();
    const id = newId();
    ctx.db.insert(roundTables).values({ ...record(input), id, createdAt: now, updatedAt: now }).run();
    writeChildren(ctx, id, municipalityIds, input.participants, now);
    recordAudit(ctx, 'round_tables', id, 'CREATE', null, snapshot(ctx, id));
    return getRoundTable(ctx, id);
  });
}

/** Replaces the record, its municipalities and its participants (the form always sends the whole list). */
export function updateRoundTable(ctx: Context, id: string, input: RoundTableInput): RoundTableDetail {
  return ctx.write(() => {
    const before = snapshot(ctx, id);
    const municipalityIds = checkInput(ctx, input);
    const now = ctx.nowIso();
    ctx.db.update(roundTables).set({ ...record(input), updatedAt: now }).where(eq(roundTables.id, id)).run();
    ctx.db.delete(roundTableMunicipalities).where(eq(roundTableMunicipalities.roundTableId, id)).run();
    ctx.db.delete(roundTableParticipants).where(eq(roundTableParticipants.roundTableId, id)).run();
    writeChildren(ctx, id, municipalityIds, input.participants, now);
    recordAudit(ctx, 'round_tables', id, 'UPDATE', before, snapshot(ctx, id));
    return getRoundTable(ctx, id);
  });
}

/**
 * Agreements are the point of a round table: deleting one with agreements would lose what was promised, so the
 * agreements must be deleted (or were recorded at the wrong meeting and moved) first.
 */
export function deleteRoundTable(ctx: Context, id: string): { id: string } {
  return ctx.write(() => {
    const before = snapshot(ctx, id);
    const agreements = ctx.sqlite.prepare('SELECT count(*) FROM action_items WHERE round_table_id = ?').pluck().get(id) as number;
    if (agreements > 0) {
      throw new ApiError('REFERENCED', `Der Runde Tisch „${before.title}“ kann nicht gelöscht werden, weil dort `
        + `${formatNumber(agreements, 0)} ${agreements === 1 ? 'Vereinbarung getroffen wurde' : 'Vereinbarungen getroffen wurden'}. `
        + 'Bitte zuerst die Vereinbarungen löschen.');
    }
    assertNotReferenced(ctx, 'round_tables', id, before.title);
    ctx.db.delete(roundTables).where(eq(roundTables.id, id)).run();
    recordAudit(ctx, 'round_tables', id, 'DELETE', before, null);
    return { id };
  });
}
