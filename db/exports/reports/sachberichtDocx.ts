import type { FileChild } from 'docx';
import type { Context } from '../../core/context';
import { newId } from '../../domain/ids';
import { recordAudit } from '../../services/audit';
import { sachberichtPreview, type SachberichtPreview } from '../../services/reports/sachberichtPreview';
import { documentTitle, facts, heading, paragraph } from '../docx/blocks';
import { renderDocx, tableOfContents, type WordPart } from '../docx/document';
import { exportFile, type ExportFile } from '../exportFile';
import { blockToWord } from './reportBlocks';

function coverPage(model: SachberichtPreview): FileChild[] {
  return [
    paragraph(model.cover.officeName, { spaceBefore: 0 }),
    ...(model.cover.officeUnit ? [paragraph(model.cover.officeUnit, { small: true })] : []),
    ...documentTitle(model.cover.title, model.cover.subtitle),
    ...facts(model.cover.facts, 3300),
  ];
}

function chapters(model: SachberichtPreview): FileChild[] {
  return model.chapters.flatMap((chapter) => [
    heading(chapter.number ? `${chapter.number} ${chapter.title}` : chapter.title, 1, { pageBreakBefore: chapter.key === 'annex' }),
    ...chapter.generated.flatMap((b) => blockToWord(b, 1)),
    ...chapter.narrative.flatMap((b) => blockToWord(b, 1)),
    // Visible in the file so a chapter still waiting for its text is not handed in by mistake.
    ...(chapter.narrativeMissing ? [paragraph('Zu diesem Kapitel ist noch kein Text erfasst.', { small: true })] : []),
  ]);
}

/** The Word file of a preview model: cover, contents with page numbers, chapters; page numbers in the footer. */
export async function renderSachbericht(model: SachberichtPreview): Promise<Buffer> {
  const parts: WordPart[] = [
    { header: 'none', footer: 'none', children: coverPage(model) },
    { header: 'slim', children: tableOfContents('Inhalt', 2) },
    { header: 'slim', children: chapters(model) },
  ];
  return renderDocx({
    title: model.title,
    subject: 'Sachbericht Kommunales Integrationsmanagement',
    description: `Zahlenstand zum Stichtag ${model.snapshot.reportingDate}`,
    letterhead: { officeName: model.cover.officeName, officeUnit: model.cover.officeUnit },
    parts,
  });
}

/** exports.sachbericht: the report from its latest snapshot (refused without one); the export is logged. */
export async function exportSachbericht(ctx: Context, draftId: string): Promise<ExportFile> {
  const model = sachberichtPreview(ctx, draftId);
  const buffer = await renderSachbericht(model);
  const file = exportFile(`${model.title} – ${model.cover.officeName}`, 'docx', buffer);
  ctx.write(() => {
    const row = { id: newId(), draftId, snapshotId: model.snapshot.id, fileName: file.fileName, exportedAt: ctx.nowIso(), exportedBy: ctx.user };
    ctx.sqlite.prepare(`INSERT INTO report_exports (id, draft_id, snapshot_id, file_name, exported_at, exported_by)
      VALUES (@id, @draftId, @snapshotId, @fileName, @exportedAt, @exportedBy)`).run(row);
    recordAudit(ctx, 'report_exports', row.id, 'CREATE', null, row);
  });
  return file;
}
