import type { Context } from '../../core/context';
import { ApiError } from '../../api/errors';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';
import type { ReportBlock } from './blocks';
import { blockLines, conceptBlocksOf, freezeConcept, lineChanges, type LineChange } from './conceptFreeze';
import { CONCEPT_OUTLINE } from './conceptOutline';
import { draftOf, listDrafts, sectionsOf, type DraftRow } from './drafts';
import { wordDiff, type DiffPart } from './wordDiff';

export interface CreateConceptInput {
  versionLabel: string;
  basedOnDraftId?: string | null;
}

/**
 * A new version of the KIM-Konzept ("Fortschreibung Januar 2025"). It starts as a copy of the version it is based
 * on (by default the newest one), narratives included, so the office edits what changed; the first version gets
 * the default structure.
 */
export function createConcept(ctx: Context, input: CreateConceptInput): DraftRow {
  return ctx.write(() => {
    const base = input.basedOnDraftId ? draftOf(ctx, input.basedOnDraftId) : listDrafts(ctx, { kind: 'CONCEPT_UPDATE' })[0] ?? null;
    if (base && base.kind !== 'CONCEPT_UPDATE') throw new ApiError('VALIDATION', 'Grundlage: Bitte eine Version des KIM-Konzepts auswählen.', [
      { field: 'basedOnDraftId', message: 'Grundlage: Bitte eine Version des KIM-Konzepts auswählen.' }]);
    if (listDrafts(ctx, { kind: 'CONCEPT_UPDATE' }).some((d) => d.versionLabel === input.versionLabel)) {
      throw new ApiError('CONFLICT', `Eine Version „${input.versionLabel}“ des KIM-Konzepts gibt es bereits.`);
    }
    const now = ctx.nowIso();
    const draft = {
      id: newId(), kind: 'CONCEPT_UPDATE' as const, year: null, title: `KIM-Konzept – ${input.versionLabel}`, versionLabel: input.versionLabel,
      reportingDate: null, recipient: null, reference: null, status: 'DRAFT' as const, publishedAt: null, basedOnDraftId: base?.id ?? null,
      createdAt: now, updatedAt: now,
    };
    ctx.sqlite.prepare(`INSERT INTO report_drafts (id, kind, year, title, version_label, reporting_date, recipient, reference, status,
      published_at, based_on_draft_id, created_at, updated_at) VALUES (@id, @kind, @year, @title, @versionLabel, @reportingDate, @recipient,
      @reference, @status, @publishedAt, @basedOnDraftId, @createdAt, @updatedAt)`).run(draft);
    recordAudit(ctx, 'report_drafts', draft.id, 'CREATE', null, draft);
    const sections = base
      ? sectionsOf(ctx, base.id).map((s) => ({ key: s.key, parentKey: s.parentKey, title: s.title, enabled: s.enabled, generated: s.generated, narrative: s.narrative }))
      : CONCEPT_OUTLINE.map((s) => ({ key: s.key, parentKey: s.parentKey ?? null, title: s.title, enabled: true, generated: s.generated, narrative: '' }));
    const insert = ctx.sqlite.prepare(`INSERT INTO report_sections (id, draft_id, key, parent_key, position, title, enabled, generated,
      narrative, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)`);
    sections.forEach((s, i) => {
      const id = newId();
      insert.run(id, draft.id, s.key, s.parentKey, i + 1, s.title, s.enabled ? 1 : 0, s.generated ? 1 : 0, s.narrative, now, now);
      recordAudit(ctx, 'report_sections', id, 'CREATE', null, { draftId: draft.id, ...s, position: i + 1 });
    });
    return draftOf(ctx, draft.id);
  });
}

/**
 * Freezes a version: from now on its chapters, order and snapshots can no longer change. A Konzept version also keeps
 * its generated sections as they are at this moment, so "Fortschreibung Januar 2025" reads the same in later years.
 */
export function publishDraft(ctx: Context, draftId: string): DraftRow {
  return ctx.write(() => {
    const before = draftOf(ctx, draftId);
    if (before.status === 'PUBLISHED') throw new ApiError('CONFLICT', `„${before.title}“ ist bereits veröffentlicht.`);
    const now = ctx.nowIso();
    if (before.kind === 'CONCEPT_UPDATE') freezeConcept(ctx, draftId);
    ctx.sqlite.prepare("UPDATE report_drafts SET status = 'PUBLISHED', published_at = ?, updated_at = ? WHERE id = ?").run(now, now, draftId);
    const after = draftOf(ctx, draftId);
    recordAudit(ctx, 'report_drafts', draftId, 'UPDATE', before, after);
    return after;
  });
}

export interface SectionDiff {
  key: string;
  title: string;
  change: 'added' | 'removed' | 'changed' | 'unchanged';
  titleBefore: string | null;
  /** The section has a part built from the records. */
  generated: boolean;
  /** The office's text word by word. */
  parts: DiffPart[];
  /** Lines of the part built from the records (list items, table rows) that only one of the versions has. */
  generatedChanges: LineChange[];
}

function conceptOf(ctx: Context, draftId: string): DraftRow {
  const draft = draftOf(ctx, draftId);
  if (draft.kind !== 'CONCEPT_UPDATE') throw new ApiError('CONFLICT', `„${draft.title}“ ist keine Version des KIM-Konzepts.`);
  return draft;
}

/**
 * Section by section (matched by key), what changed from one version to another: the text word by word, the
 * generated content line by line (frozen for a published version, from the records for a draft).
 */
export function diffDrafts(ctx: Context, fromDraftId: string, toDraftId: string): { from: DraftRow; to: DraftRow; sections: SectionDiff[] } {
  const from = conceptOf(ctx, fromDraftId);
  const to = conceptOf(ctx, toDraftId);
  const blocksBefore = conceptBlocksOf(ctx, from);
  const blocksAfter = conceptBlocksOf(ctx, to);
  const lines = (blocks: (key: string) => ReportBlock[], s: { key: string; generated: boolean }) =>
    s.generated ? blockLines(blocks(s.key)) : [];
  const before = new Map(sectionsOf(ctx, fromDraftId).filter((s) => s.enabled).map((s) => [s.key, s]));
  const after = sectionsOf(ctx, toDraftId).filter((s) => s.enabled);
  const sections: SectionDiff[] = after.map((s) => {
    const old = before.get(s.key);
    if (!old) {
      return { key: s.key, title: s.title, change: 'added', titleBefore: null, generated: s.generated, parts: s.narrative ? [{ kind: 'added', text: s.narrative }] : [],
        generatedChanges: lineChanges([], lines(blocksAfter, s)) };
    }
    const parts = wordDiff(old.narrative, s.narrative);
    const generatedChanges = lineChanges(lines(blocksBefore, old), lines(blocksAfter, s));
    const changed = old.title !== s.title || parts.some((p) => p.kind !== 'same') || generatedChanges.length > 0;
    return {
      key: s.key, title: s.title, change: changed ? 'changed' : 'unchanged', titleBefore: old.title === s.title ? null : old.title,
      generated: s.generated, parts, generatedChanges,
    };
  });
  const kept = new Set(after.map((s) => s.key));
  for (const old of before.values()) {
    if (kept.has(old.key)) continue;
    sections.push({ key: old.key, title: old.title, change: 'removed', titleBefore: old.title, generated: old.generated,
      parts: old.narrative ? [{ kind: 'removed', text: old.narrative }] : [], generatedChanges: lineChanges(lines(blocksBefore, old), []) });
  }
  return { from, to, sections };
}
