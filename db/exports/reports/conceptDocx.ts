import { DeletedTextRun, InsertedTextRun, Paragraph, TextRun, type FileChild } from 'docx';
import type { Context } from '../../core/context';
import { conceptPreview, type ConceptChapter, type ConceptPreview } from '../../services/reports/conceptPreview';
import type { DiffPart } from '../../services/reports/wordDiff';
import { documentTitle, heading, paragraph } from '../docx/blocks';
import { renderDocx, tableOfContents } from '../docx/document';
import { exportFile, type ExportFile } from '../exportFile';
import { blockToWord } from './reportBlocks';

/**
 * The text with Word's tracked changes (w:ins / w:del), so the reader accepts or rejects them in Word; blank
 * lines still separate paragraphs.
 */
function trackedParagraphs(parts: readonly DiffPart[], author: string, date: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let runs: Array<TextRun | InsertedTextRun | DeletedTextRun> = [];
  let id = 0;
  const flush = () => {
    if (runs.length) paragraphs.push(new Paragraph({ children: runs }));
    runs = [];
  };
  for (const part of parts) {
    part.text.split(/\n\s*\n/).forEach((chunk, i) => {
      if (i > 0) flush();
      if (!chunk) return;
      const text = chunk.replace(/\n/g, ' ');
      if (part.kind === 'same') runs.push(new TextRun(text));
      else if (part.kind === 'added') runs.push(new InsertedTextRun({ id: ++id, author, date, text }));
      else runs.push(new DeletedTextRun({ id: ++id, author, date, text }));
    });
  }
  flush();
  return paragraphs;
}

function chapter(c: ConceptChapter, author: string, date: string): FileChild[] {
  return [
    heading(`${c.number} ${c.title}`, c.depth),
    ...c.generated.flatMap((b) => blockToWord(b, c.depth)),
    ...(c.changes ? trackedParagraphs(c.changes, author, date) : c.narrative.flatMap((b) => blockToWord(b, c.depth))),
  ];
}

export async function renderConcept(model: ConceptPreview, author: string, date: string): Promise<Buffer> {
  const cover: FileChild[] = [
    paragraph(model.officeName),
    ...documentTitle('KIM-Konzept', model.versionLabel ?? undefined),
    paragraph(model.status === 'PUBLISHED' ? 'Veröffentlichte Fassung' : 'Entwurf', { small: true }),
    ...(model.basedOnTitle ? [paragraph(`Fortschreibung von: ${model.basedOnTitle}`, { small: true })] : []),
  ];
  return renderDocx({
    title: model.title, subject: 'Kommunales Integrationsmanagement', letterhead: { officeName: model.officeName },
    parts: [
      { header: 'none', footer: 'none', children: cover },
      { header: 'slim', children: tableOfContents('Inhalt', 2) },
      { header: 'slim', children: model.chapters.flatMap((c) => chapter(c, author, date)) },
    ],
  });
}

/** exports.konzept: a version as .docx; with markChanges the changes against its predecessor as tracked changes. */
export async function exportConcept(ctx: Context, draftId: string, markChanges: boolean): Promise<ExportFile> {
  const model = conceptPreview(ctx, draftId, { markChanges });
  const buffer = await renderConcept(model, 'KIM Desk', ctx.nowIso().replace(/\.\d{3}Z$/, 'Z'));
  return exportFile(`${model.title}${markChanges ? ' (Änderungen markiert)' : ''}`, 'docx', buffer);
}
