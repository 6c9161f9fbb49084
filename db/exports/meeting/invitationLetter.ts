import type { FileChild } from 'docx';
import { formatDate } from '../../domain/format';
import { bold, gap, heading, paragraph } from '../docx/blocks';
import type { MeetingExportData } from './data/meetingData';
import { agendaTable, meetingFacts } from './agendaBlocks';
import { committeeGenitive } from './wording';

export interface InvitationOptions {
  /** The letter's date (the day the invitation is sent or printed), ISO. */
  letterDate: string;
  /** Enclosures listed under the signature, e.g. what the meeting pack holds besides the letter. */
  enclosures?: readonly string[];
}

/**
 * The Einladung: recipients, date, subject, the meeting's facts, the agenda as a table, a request to name a
 * deputy when prevented, and the signature of the committee's Geschäftsführung.
 */
export function invitationLetter(data: MeetingExportData, options: InvitationOptions): FileChild[] {
  const { committee, meeting } = data.detail;
  const signer = data.signatory;
  const closingLines = [signer?.name, signer?.role, data.letterhead?.officeName].filter((l): l is string => !!l);
  return [
    paragraph(`An die Mitglieder ${committeeGenitive(committee)}`, { spaceAfter: 0 }),
    paragraph('und ihre Stellvertretungen', { spaceAfter: 240 }),
    paragraph(formatDate(options.letterDate), { align: 'right', spaceAfter: 240 }),
    heading(`Einladung zur ${data.name}`, 1),
    paragraph('Sehr geehrte Damen und Herren,'),
    paragraph(`hiermit lade ich Sie herzlich zur ${data.name} ein.`),
    ...meetingFacts(data),
    ...(meeting.onlineUrl && meeting.location
      ? [paragraph('Sie können vor Ort oder über den angegebenen Link online teilnehmen.', { spaceBefore: 120 })] : []),
    heading('Tagesordnung', 2),
    agendaTable(data),
    paragraph('Sollten Sie verhindert sein, geben Sie bitte Ihrer Stellvertretung Bescheid und teilen Sie uns mit, '
      + 'wer Sie vertritt. Weitere Themen für die Tagesordnung nehmen wir gern bis eine Woche vor der Sitzung auf.',
    { spaceBefore: 240, keepNext: true }),
    paragraph('Mit freundlichen Grüßen', { spaceBefore: 120, keepNext: true }),
    gap(2, { keepNext: true }),
    ...closingLines.map((line, i) => paragraph(line, { spaceAfter: 0, keepNext: i < closingLines.length - 1 })),
    // One compact paragraph, so the enclosures rarely push a page of their own.
    ...(options.enclosures && options.enclosures.length > 0
      ? [paragraph([bold('Anlagen: '), options.enclosures.join('; ')], { spaceBefore: 240 })]
      : []),
  ];
}
