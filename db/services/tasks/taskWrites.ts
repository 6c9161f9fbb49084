import { eq } from 'drizzle-orm';
import { actionItemNotes, actionItems } from '../../schema';
import type { Context } from '../../core/context';
import { notFound, validationError } from '../../api/errors';
import { berlinToday } from '../../domain/clock';
import type { TaskSource, TaskStatus } from '../../domain/enums';
import { LABELS } from '../../domain/labels';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';
import { assertReferencesExist } from '../references';
import { ACTIVE_TASK_STATUSES, getTask, type TaskDetail, type TaskNote } from './listTasks';

export const TASK_LABELS = {
  source: 'Herkunft',
  decisionId: 'Beschluss',
  meetingId: 'Sitzung',
  roundTableId: 'Runder Tisch',
  title: 'Aufgabe',
  description: 'Beschreibung',
  ownerOrganisationId: 'Verantwortliche Organisation',
  ownerPersonId: 'Verantwortliche Person',
  ownerText: 'Verantwortlich (Freitext)',
  dueDate: 'Fällig am',
  status: 'Status',
  reviewDate: 'Wiedervorlage am',
  delayReason: 'Grund der Verzögerung',
  evidenceText: 'Nachweis',
  evidenceDocumentId: 'Nachweis (Dokument)',
  text: 'Notiz',
};
const L = TASK_LABELS;

export interface TaskInput {
  source: TaskSource;
  decisionId: string | null;
  meetingId: string | null;
  roundTableId: string | null;
  title: string;
  description: string | null;
  ownerOrganisationId: string | null;
  ownerPersonId: string | null;
  ownerText: string | null;
  dueDate: string | null;
  status: TaskStatus;
  reviewDate: string | null;
  delayReason: string | null;
  evidenceText: string | null;
  evidenceDocumentId: string | null;
}

type TaskRecord = typeof actionItems.$inferSelect;
type RefKey = 'decisionId' | 'meetingId' | 'roundTableId';

const REQUIRED_REF: Record<TaskSource, RefKey> = {
  DECISION: 'decisionId', MEETING: 'meetingId', GROUP_MEETING: 'meetingId', ROUND_TABLE: 'roundTableId',
};

/**
 * Exactly the reference the source names. A decision's task also carries the decision's meeting, so lists can
 * show where it was agreed without a second lookup; a matching meetingId sent back by a form is accepted.
 */
function resolveSource(ctx: Context, input: TaskInput): Pick<TaskRecord, RefKey> {
  const required = REQUIRED_REF[input.source];
  const sourceLabel = LABELS.taskSource[input.source];
  if (!input[required]) throw validationError(required, `${L[required]}: Bitte auswählen (Herkunft „${sourceLabel}“).`);
  assertReferencesExist(ctx, 'action_items', { [required]: input[required] }, L);
  let derivedMeeting: string | null = null;
  if (input.source === 'DECISION') {
    derivedMeeting = ctx.sqlite.prepare('SELECT meeting_id FROM decisions WHERE id = ?').pluck().get(input.decisionId) as string;
  }
  for (const key of ['decisionId', 'meetingId', 'roundTableId'] as const) {
    if (key === required || input[key] == null) continue;
    if (key === 'meetingId' && input.meetingId === derivedMeeting) continue;
    throw validationError(key, `${L[key]}: Passt nicht zur Herkunft „${sourceLabel}“.`);
  }
  return {
    decisionId: input.source === 'DECISION' ? input.decisionId : null,
    meetingId: input.source === 'DECISION' ? derivedMeeting : input.meetingId,
    roundTableId: input.source === 'ROUND_TABLE' ? input.roundTableId : null,
  };
}

function checkTask(ctx: Context, input: TaskInput, existing?: TaskRecord): void {
  if (!input.ownerOrganisationId && !input.ownerPersonId && !input.ownerText) {
    throw validationError('ownerOrganisationId',
      `${L.ownerOrganisationId}: Bitte eine verantwortliche Organisation, Person oder einen Freitext angeben.`);
  }
  assertReferencesExist(ctx, 'action_items', {
    ownerOrganisationId: input.ownerOrganisationId, ownerPersonId: input.ownerPersonId, evidenceDocumentId: input.evidenceDocumentId,
  }, L);
  if (input.status === 'DEFERRED' && !input.delayReason) {
    throw validationError('delayReason', `${L.delayReason}: Bitte angeben, warum die Aufgabe zurückgestellt wird.`);
  }
  const today = berlinToday(ctx.clock);
  const wasOverdue = existing && ACTIVE_TASK_STATUSES.includes(existing.status) && existing.dueDate != null && existing.dueDate < today;
  const postponed = existing && input.dueDate !== existing.dueDate && input.status !== 'DONE' && input.status !== 'DISCARDED';
  if (wasOverdue && postponed && !input.delayReason) {
    throw validationError('delayReason', `${L.delayReason}: Bitte angeben, wenn eine überfällige Aufgabe einen neuen Termin bekommt.`);
  }
}

function completedOn(ctx: Context, status: TaskStatus, existing?: TaskRecord): string | null {
  if (status !== 'DONE') return null;
  return existing?.status === 'DONE' && existing.completedOn ? existing.completedOn : berlinToday(ctx.clock);
}

function findTask(ctx: Context, id: string): TaskRecord {
  const row = ctx.db.select().from(actionItems).where(eq(actionItems.id, id)).get();
  if (!row) throw notFound('Aufgabe');
  return row;
}

export function createTask(ctx: Context, input: TaskInput): TaskDetail {
  return ctx.write(() => {
    const refs = resolveSource(ctx, input);
    checkTask(ctx, input);
    const now = ctx.nowIso();
    const row: TaskRecord = { ...input, ...refs, id: newId(), completedOn: completedOn(ctx, input.status), createdAt: now, updatedAt: now };
    ctx.db.insert(actionItems).values(row).run();
    recordAudit(ctx, 'action_items', row.id, 'CREATE', null, row);
    return getTask(ctx, row.id);
  });
}

export function updateTask(ctx: Context, id: string, input: TaskInput): TaskDetail {
  return ctx.write(() => {
    const existing = findTask(ctx, id);
    const refs = resolveSource(ctx, input);
    checkTask(ctx, input, existing);
    const values = { ...input, ...refs, completedOn: completedOn(ctx, input.status, existing), updatedAt: ctx.nowIso() };
    ctx.db.update(actionItems).set(values).where(eq(actionItems.id, id)).run();
    recordAudit(ctx, 'action_items', id, 'UPDATE', existing, { ...existing, ...values });
    return getTask(ctx, id);
  });
}

export function deleteTask(ctx: Context, id: string): { id: string } {
  return ctx.write(() => {
    const existing = findTask(ctx, id);
    // The notes go with the task (cascade); auditing each lets the history restore them with it.
    const notes = ctx.db.select().from(actionItemNotes).where(eq(actionItemNotes.actionItemId, id)).all();
    ctx.db.delete(actionItems).where(eq(actionItems.id, id)).run();
    recordAudit(ctx, 'action_items', id, 'DELETE', existing, null);
    for (const note of notes) recordAudit(ctx, 'action_item_notes', note.id, 'DELETE', note, null);
    return { id };
  });
}

/** A dated progress note ("Entwurf liegt vor"), so the status report can say more than "in Arbeit". */
export function addTaskNote(ctx: Context, id: string, text: string): TaskNote {
  return ctx.write(() => {
    findTask(ctx, id);
    const now = ctx.nowIso();
    const row = { id: newId(), actionItemId: id, notedOn: berlinToday(ctx.clock), text, author: ctx.user, createdAt: now, updatedAt: now };
    ctx.db.insert(actionItemNotes).values(row).run();
    recordAudit(ctx, 'action_item_notes', row.id, 'CREATE', null, row);
    return { id: row.id, notedOn: row.notedOn, text: row.text, author: row.author, createdAt: row.createdAt };
  });
}
