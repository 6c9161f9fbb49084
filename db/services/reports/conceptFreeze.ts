import type { Context } from '../../core/context';
import { berlinToday } from '../../domain/clock';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';
import type { ReportBlock } from './blocks';
import { conceptGeneratedBlocks } from './conceptChapters';
import { sectionsOf, type DraftRow } from './drafts';

/** What report_snapshots.data_json holds for a published Konzept version: the generated part of every generated section. */
interface FrozenConcept {
  kind: 'CONCEPT_UPDATE';
  sections: Record<string, ReportBlock[]>;
}

/**
 * Stores the generated content of every generated section (switched off ones too) as it is now. Runs inside the
 * caller's transaction, so the status change and the frozen content are written together or not at all.
 */
export function freezeConcept(ctx: Context, draftId: string): void {
  const sections = Object.fromEntries(sectionsOf(ctx, draftId).filter((s) => s.generated).map((s) => [s.key, conceptGeneratedBlocks(ctx, s.key)]));
  const frozen: FrozenConcept = { kind: 'CONCEPT_UPDATE', sections };
  const info = { id: newId(), draftId, takenAt: ctx.nowIso(), reportingDate: berlinToday(ctx.clock), createdBy: ctx.user };
  ctx.sqlite.prepare(`INSERT INTO report_snapshots (id, draft_id, taken_at, reporting_date, data_json, created_by)
    VALUES (@id, @draftId, @takenAt, @reportingDate, @dataJson, @createdBy)`).run({ ...info, dataJson: JSON.stringify(frozen) });
  recordAudit(ctx, 'report_snapshots', info.id, 'CREATE', null, { ...info, sections: Object.keys(sections) });
}

function frozenSections(ctx: Context, draftId: string): Record<string, ReportBlock[]> | null {
  const json = ctx.sqlite.prepare('SELECT data_json FROM report_snapshots WHERE draft_id = ? ORDER BY taken_at DESC, rowid DESC LIMIT 1')
    .pluck().get(draftId) as string | undefined;
  if (!json) return null;
  const data = JSON.parse(json) as Partial<FrozenConcept>;
  return data.kind === 'CONCEPT_UPDATE' && data.sections ? data.sections : null;
}

/**
 * The generated blocks of a version: frozen at publication for a published one, from the records as they are now
 * for a draft. A version published before freezing existed has nothing stored and is shown from the records.
 */
export function conceptBlocksOf(ctx: Context, draft: DraftRow): (key: string) => ReportBlock[] {
  const frozen = draft.status === 'PUBLISHED' ? frozenSections(ctx, draft.id) : null;
  if (frozen) return (key) => frozen[key] ?? [];
  return (key) => conceptGeneratedBlocks(ctx, key);
}

/** The generated content as lines of text (a table row as its cells), so two versions can be compared line by line. */
export function blockLines(blocks: readonly ReportBlock[]): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.kind) {
      case 'heading': case 'paragraph': case 'note': return [b.text];
      case 'bullets': return b.items;
      case 'table': return [...b.rows, ...(b.footer ? [b.footer] : [])].map((row) => `${b.caption}: ${row.filter(Boolean).join(' · ')}`);
      case 'chart': return [`${b.title}: ${b.altText}`];
    }
  });
}

export interface LineChange {
  kind: 'added' | 'removed';
  text: string;
}

/**
 * Lines of the generated content that one version has and the other has not (counted, so a repeated line matters),
 * removed ones first, each group in document order. Order changes alone are not reported.
 */
export function lineChanges(before: readonly string[], after: readonly string[]): LineChange[] {
  const count = (lines: readonly string[]) => lines.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const only = (lines: readonly string[], other: Map<string, number>, kind: LineChange['kind']): LineChange[] => {
    const left = new Map(other);
    return lines.flatMap((text) => {
      const n = left.get(text) ?? 0;
      if (n > 0) { left.set(text, n - 1); return []; }
      return [{ kind, text }];
    });
  };
  return [...only(before, count(after), 'removed'), ...only(after, count(before), 'added')];
}
