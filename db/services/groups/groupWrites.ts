import { eq } from 'drizzle-orm';
import { committeeReportDues, committees } from '../../schema';
import type { Context } from '../../core/context';
import { ApiError, notFound, validationError } from '../../api/errors';
import { assertDateRange } from '../../api/fields';
import { berlinToday } from '../../domain/clock';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';
import { COMMITTEE_LABELS } from '../committees/committees';
import { germanDate } from '../meetings/wording';
import { getGroup, type GroupDetail } from './listGroups';

export const GROUP_LABELS = {
  committeeId: 'Gruppe',
  dueDate: 'Berichtstermin',
  topic: 'Gegenstand des Berichts',
  deliveredOn: 'Erstattet am',
  deliveredAgendaItemId: 'Erstattet unter (TOP)',
  endDate: 'Ende',
  closingResult: 'Ergebnis',
};
const L = GROUP_LABELS;

type Committee = typeof committees.$inferSelect;
type ReportDue = typeof committeeReportDues.$inferSelect;

function loadGroup(ctx: Context, id: string, field = 'committeeId'): Committee {
  const group = ctx.db.select().from(committees).where(eq(committees.id, id)).get();
  if (!group) throw notFound('Projekt- oder Arbeitsgruppe');
  if (group.kind === 'STEERING_GROUP') {
    throw validationError(field, `${L.committeeId}: „${group.name}“ ist eine Lenkungsgruppe; Berichtstermine und Abschluss gelten für Projekt- und Arbeitsgruppen.`);
  }
  return group;
}

function loadDue(ctx: Context, id: string): ReportDue {
  const due = ctx.db.select().from(committeeReportDues).where(eq(committeeReportDues.id, id)).get();
  if (!due) throw notFound('Berichtstermin');
  return due;
}

function assertFreeDate(ctx: Context, committeeId: string, dueDate: string, exceptId: string | null): void {
  const taken = ctx.sqlite.prepare('SELECT 1 FROM committee_report_dues WHERE committee_id = ? AND due_date = ? AND id IS NOT ?')
    .get(committeeId, dueDate, exceptId);
  if (taken) throw validationError('dueDate', `${L.dueDate}: Für den ${germanDate(dueDate)} ist bereits ein Bericht eingetragen.`);
}

function checkDelivery(ctx: Context, deliveredOn: string | null, agendaItemId: string | null): void {
  if (deliveredOn && deliveredOn > berlinToday(ctx.clock)) {
    throw validationError('deliveredOn', `${L.deliveredOn}: Darf nicht in der Zukunft liegen.`);
  }
  if (agendaItemId && !deliveredOn) throw validationError('deliveredOn', `${L.deliveredOn}: Bitte angeben, wenn ein TOP gewählt ist.`);
  if (agendaItemId && !ctx.sqlite.prepare('SELECT 1 FROM agenda_items WHERE id = ?').get(agendaItemId)) {
    throw validationError('deliveredAgendaItemId', `${L.deliveredAgendaItemId}: Der gewählte Eintrag existiert nicht (mehr).`);
  }
}

export function addReportDue(ctx: Context, input: { committeeId: string; dueDate: string; topic: string | null }): GroupDetail {
  return ctx.write(() => {
    const group = loadGroup(ctx, input.committeeId);
    if (group.status === 'CLOSED') throw new ApiError('CONFLICT', `„${group.name}“ ist abgeschlossen; neue Berichtstermine sind nicht mehr möglich.`);
    assertFreeDate(ctx, group.id, input.dueDate, null);
    const now = ctx.nowIso();
    const row: ReportDue = { id: newId(), committeeId: group.id, dueDate: input.dueDate, topic: input.topic, deliveredOn: null,
      deliveredAgendaItemId: null, createdAt: now, updatedAt: now };
    ctx.db.insert(committeeReportDues).values(row).run();
    recordAudit(ctx, 'committee_report_dues', row.id, 'CREATE', null, row);
    return getGroup(ctx, group.id);
  });
}

export interface ReportDueInput {
  id: string;
  dueDate: string;
  topic: string | null;
  deliveredOn: string | null;
  deliveredAgendaItemId: string | null;
}

/** Replaces a report due as a whole, delivery included (clearing deliveredOn takes a delivery back). */
export function updateReportDue(ctx: Context, input: ReportDueInput): GroupDetail {
  return ctx.write(() => {
    const before = loadDue(ctx, input.id);
    assertFreeDate(ctx, before.committeeId, input.dueDate, before.id);
    checkDelivery(ctx, input.deliveredOn, input.deliveredAgendaItemId);
    const values = { dueDate: input.dueDate, topic: input.topic, deliveredOn: input.deliveredOn,
      deliveredAgendaItemId: input.deliveredAgendaItemId, updatedAt: ctx.nowIso() };
    ctx.db.update(committeeReportDues).set(values).where(eq(committeeReportDues.id, before.id)).run();
    recordAudit(ctx, 'committee_report_dues', before.id, 'UPDATE', before, { ...before, ...values });
    return getGroup(ctx, before.committeeId);
  });
}

/** The report was given (usually under a TOP of the steering group); the due stops being open. */
export function markDelivered(ctx: Context, input: { id: string; deliveredOn: string; agendaItemId: string | null }): GroupDetail {
  return ctx.write(() => {
    const before = loadDue(ctx, input.id);
    if (before.deliveredOn) {
      throw new ApiError('CONFLICT', `Der Bericht zum ${germanDate(before.dueDate)} ist bereits am ${germanDate(before.deliveredOn)} erstattet worden.`);
    }
    checkDelivery(ctx, input.deliveredOn, input.agendaItemId);
    const values = { deliveredOn: input.deliveredOn, deliveredAgendaItemId: input.agendaItemId, updatedAt: ctx.nowIso() };
    ctx.db.update(committeeReportDues).set(values).where(eq(committeeReportDues.id, before.id)).run();
    recordAudit(ctx, 'committee_report_dues', before.id, 'UPDATE', before, { ...before, ...values });
    return getGroup(ctx, before.committeeId);
  });
}

/** Removes a due entered by mistake; a delivered report is part of the record. */
export function removeReportDue(ctx: Context, id: string): GroupDetail {
  return ctx.write(() => {
    const due = loadDue(ctx, id);
    if (due.deliveredOn) {
      throw new ApiError('CONFLICT', `Der Bericht zum ${germanDate(due.dueDate)} wurde bereits erstattet und kann nicht gelöscht werden.`);
    }
    ctx.db.delete(committeeReportDues).where(eq(committeeReportDues.id, id)).run();
    recordAudit(ctx, 'committee_report_dues', id, 'DELETE', due, null);
    return getGroup(ctx, due.committeeId);
  });
}

/** Ends a group's work with its result; open report dates stay visible as what was still owed. */
export function closeGroup(ctx: Context, input: { id: string; endDate: string; closingResult: string }): GroupDetail {
  return ctx.write(() => {
    const group = loadGroup(ctx, input.id, 'id');
    if (group.status === 'CLOSED') {
      throw new ApiError('CONFLICT', `„${group.name}“ ist bereits${group.endDate ? ` seit dem ${germanDate(group.endDate)}` : ''} abgeschlossen.`);
    }
    assertDateRange({ startDate: group.startDate, endDate: input.endDate }, 'startDate', 'endDate', COMMITTEE_LABELS);
    const values = { status: 'CLOSED' as const, endDate: input.endDate, closingResult: input.closingResult, updatedAt: ctx.nowIso() };
    ctx.db.update(committees).set(values).where(eq(committees.id, group.id)).run();
    recordAudit(ctx, 'committees', group.id, 'UPDATE', group, { ...group, ...values });
    return getGroup(ctx, group.id);
  });
}
