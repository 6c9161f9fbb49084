import { DeletedTextRun, InsertedTextRun, Paragraph, TextRun, type FileChild } from 'docx';
import type { Context } from '../../core/context';
import { berlinToday, fixedClock } from '../../domain/clock';
import { formatDate } from '../../domain/format';
import { conceptPreview, type ConceptChapter, type ConceptPreview } from '../../services/reports/conceptPreview';
import type { DiffPart } from '../../services/reports/wordDiff';
import { documentTitle, heading, paragraph } from '../docx/blocks';
import { renderDocx, tableOfContents } from '../docx/document';
import { exportFile, type ExportFile } from '../exportFile';
import { blockToWord } from './reportBlocks';
import { trackedStructure } from './conceptTracked';

/**
 * The text with Word's tracked changes (w:ins / w:del), so the reader accepts or rejects them in Word; paragraphs,
 * line breaks and bullet points follow the new text.
 */
function trackedParagraphs(parts: readonly DiffPart[], author: string, date: string, ids: { last: number }): Paragraph[] {
  const run = (part: DiffPart) => {
    if (part.kind === 'same') return new TextRun(part.text);
    if (part.kind === 'added') return new InsertedTextRun({ id: ++ids.last, author, date, text: part.text });
    return new DeletedTextRun({ id: ++ids.last, author, date, text: part.text });
  };
  return trackedStructure(parts).map((p) => {
    const children = p.lines.flatMap((line, i) => [...(i > 0 ? [new TextRun({ break: 1 })] : []), ...line.map(run)]);
    return p.bullet ? new Paragraph({ bullet: { level: 0 }, children, spacing: { after: 40 } }) : new Paragraph({ children });
  });
}

/** `ids` counts the tracked changes across the document: Word expects each revision id once. */
function chapter(c: ConceptChapter, author: string, date: string, ids: { last: number }): FileChild[] {
  return [
    heading(`${c.number} ${c.title}`, c.depth),
    ...c.generated.flatMap((b) => blockToWord(b, c.depth)),
    ...(c.changes ? trackedParagraphs(c.changes, author, date, ids) : c.narrative.flatMap((b) => blockToWord(b, c.depth))),
  ];
}

export async function renderConcept(model: ConceptPreview, author: string, date: string): Promise<Buffer> {
  const ids = { last: 0 };
  const cover: FileChild[] = [
    paragraph(model.officeName),
    ...documentTitle('KIM-Konzept', model.versionLabel ?? undefined),
    paragraph(model.publishedAt ? `Veröffentlichte Fassung vom ${formatDate(berlinToday(fixedClock(model.publishedAt)))}` : 'Entwurf', { small: true }),
    ...(model.basedOnTitle ? [paragraph(`Fortschreibung von: ${model.basedOnTitle}`, { small: true })] : []),
    ...(model.chapters.some((c) => c.changes) ? [paragraph('Geänderte Texte sind gegenüber der Vorversion als Überarbeitungen markiert (in Word: Überprüfen › '
      + 'Änderungen annehmen oder ablehnen). Tabellen und Listen aus den erfassten Daten zeigen den Stand dieser Version.', { small: true })] : []),
  ];
  return renderDocx({
    title: model.title, subject: 'Kommunales Integrationsmanagement', letterhead: { officeName: model.officeName },
    parts: [
      { header: 'none', footer: 'none', children: cover },
      { header: 'slim', children: tableOfContents('Inhalt', 2) },
      { header: 'slim', children: model.chapters.flatMap((c) => chapter(c, author, date, ids)) },
    ],
  });
}

/** exports.konzept: a version as .docx; with markChanges the changes against its predecessor as tracked changes. */
export async function exportConcept(ctx: Context, draftId: string, markChanges: boolean): Promise<ExportFile> {
  const model = conceptPreview(ctx, draftId, { markChanges });
  const buffer = await renderConcept(model, 'KIM Desk', ctx.nowIso().replace(/\.\d{3}Z$/, 'Z'));
  return exportFile(`${model.title}${markChanges ? ' (Änderungen markiert)' : ''}`, 'docx', buffer);
}
