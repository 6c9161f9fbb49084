import type { Context } from '../../core/context';
import { ApiError } from '../../api/errors';
import { berlinToday } from '../../domain/clock';
import { meetingLabel } from '../../services/meetings/wording';
import { buildMinutes } from '../../services/minutes/buildMinutes';
import { renderDocx } from '../docx/document';
import { exportFile, type ExportFile } from '../exportFile';
import { agendaSection } from './agendaBlocks';
import { invitationLetter } from './invitationLetter';
import { minutesSection } from './minutesBlocks';
import { exportBaseName, loadMeetingExportData, type MeetingExportData } from './data/meetingData';

export function assertNotCancelled(data: MeetingExportData, what: string): void {
  if (data.detail.meeting.status !== 'CANCELLED') return;
  throw new ApiError('CONFLICT', `Die ${meetingLabel(data.detail.meeting)} ist abgesagt; ${what} gibt es dafür nicht.`);
}

/** The day the letter bears: when the invitation was recorded as sent, else today. */
export function letterDate(ctx: Context, data: MeetingExportData): string {
  return data.detail.meeting.invitationSentOn ?? berlinToday(ctx.clock);
}

export async function exportInvitation(ctx: Context, meetingId: string): Promise<ExportFile> {
  const data = loadMeetingExportData(ctx, meetingId);
  assertNotCancelled(data, 'eine Einladung');
  const title = `Einladung zur ${data.name}`;
  const buffer = await renderDocx({
    title, subject: data.detail.committee.name, letterhead: data.letterhead,
    parts: [{ header: 'letterhead', children: invitationLetter(data, { letterDate: letterDate(ctx, data) }) }],
  });
  return exportFile(exportBaseName(data, 'Einladung'), 'docx', buffer);
}

export async function exportAgenda(ctx: Context, meetingId: string): Promise<ExportFile> {
  const data = loadMeetingExportData(ctx, meetingId);
  assertNotCancelled(data, 'eine Tagesordnung');
  const buffer = await renderDocx({
    title: `Tagesordnung der ${data.name}`, subject: data.detail.committee.name, letterhead: data.letterhead,
    parts: [{ header: 'letterhead', children: agendaSection(data, 1) }],
  });
  return exportFile(exportBaseName(data, 'Tagesordnung'), 'docx', buffer);
}

export function assertMinutesExist(data: MeetingExportData): void {
  const { status } = data.detail.meeting;
  if (status === 'HELD' || status === 'MINUTES_APPROVED') return;
  throw new ApiError('CONFLICT',
    `Die ${meetingLabel(data.detail.meeting)} ist noch nicht durchgeführt; ein Protokoll gibt es erst danach.`);
}

export async function exportMinutes(ctx: Context, meetingId: string): Promise<ExportFile> {
  const data = loadMeetingExportData(ctx, meetingId);
  assertMinutesExist(data);
  const model = buildMinutes(ctx, meetingId);
  const buffer = await renderDocx({
    title: `Ergebnisprotokoll der ${data.name}`, subject: data.detail.committee.name, letterhead: data.letterhead,
    parts: [{ header: 'letterhead', children: minutesSection(model, { name: data.name, depth: 1 }) }],
  });
  return exportFile(exportBaseName(data, model.status === 'APPROVED' ? 'Protokoll' : 'Protokoll-Entwurf'), 'docx', buffer);
}
