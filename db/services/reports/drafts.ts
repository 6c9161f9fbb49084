import type { Context } from '../../core/context';
import { ApiError, notFound } from '../../api/errors';
import type { ReportKind, ReportSectionStatus } from '../../domain/enums';
import { LABELS } from '../../domain/labels';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';
import { SACHBERICHT_OUTLINE } from './sachberichtOutline';

export interface DraftRow {
  id: string;
  kind: ReportKind;
  kindLabel: string;
  year: number | null;
  title: string;
  versionLabel: string | null;
  reportingDate: string | null;
  recipient: string | null;
  reference: string | null;
  status: 'DRAFT' | 'PUBLISHED';
  publishedAt: string | null;
  basedOnDraftId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SectionRow {
  id: string;
  draftId: string;
  key: string;
  parentKey: string | null;
  position: number;
  title: string;
  enabled: boolean;
  generated: boolean;
  narrative: string;
  status: ReportSectionStatus;
  statusLabel: string;
  updatedAt: string;
}

const DRAFT_SELECT = `SELECT id, kind, year, title, version_label AS versionLabel, reporting_date AS reportingDate, recipient, reference,
  status, published_at AS publishedAt, based_on_draft_id AS basedOnDraftId, created_at AS createdAt, updated_at AS updatedAt FROM report_drafts`;
const SECTION_SELECT = `SELECT id, draft_id AS draftId, key, parent_key AS parentKey, position, title, enabled, generated,
  coalesce(narrative, '') AS narrative, status, updated_at AS updatedAt FROM report_sections`;

type RawSection = Omit<SectionRow, 'enabled' | 'generated' | 'statusLabel'> & { enabled: number; generated: number };
const toSection = (r: RawSection): SectionRow => ({
  ...r, enabled: r.enabled === 1, generated: r.generated === 1, statusLabel: LABELS.reportSectionStatus[r.status],
});
const toDraft = (r: Omit<DraftRow, 'kindLabel'>): DraftRow => ({ ...r, kindLabel: LABELS.reportKind[r.kind] });

/** Newest first (within a year for Sachberichte); rowid orders drafts created within the same millisecond. */
export function listDrafts(ctx: Context, filter: { kind?: ReportKind | null } = {}): DraftRow[] {
  return (ctx.sqlite.prepare(`${DRAFT_SELECT} WHERE (@kind IS NULL OR kind = @kind) ORDER BY year DESC, created_at DESC, rowid DESC`)
    .all({ kind: filter.kind ?? null }) as Array<Omit<DraftRow, 'kindLabel'>>).map(toDraft);
}

export function draftOf(ctx: Context, id: string): DraftRow {
  const row = ctx.sqlite.prepare(`${DRAFT_SELECT} WHERE id = ?`).get(id) as Omit<DraftRow, 'kindLabel'> | undefined;
  if (!row) throw notFound('Der Bericht');
  return toDraft(row);
}

export function sectionsOf(ctx: Context, draftId: string): SectionRow[] {
  return (ctx.sqlite.prepare(`${SECTION_SELECT} WHERE draft_id = ? ORDER BY position, id`).all(draftId) as RawSection[]).map(toSection);
}

export function sectionOf(ctx: Context, id: string): SectionRow {
  const row = ctx.sqlite.prepare(`${SECTION_SELECT} WHERE id = ?`).get(id) as RawSection | undefined;
  if (!row) throw notFound('Das Kapitel');
  return toSection(row);
}

export function sachberichtOfYear(ctx: Context, year: number): DraftRow | null {
  return listDrafts(ctx, { kind: 'SACHBERICHT' }).find((d) => d.year === year) ?? null;
}

export interface CreateSachberichtInput {
  year: number;
  reportingDate?: string | null;
  recipient?: string | null;
  reference?: string | null;
}

/** A Sachbericht per funding year, with the default chapters; a second one for the same year is refused. */
export function createSachbericht(ctx: Context, input: CreateSachberichtInput): DraftRow {
  return ctx.write(() => {
    if (sachberichtOfYear(ctx, input.year)) {
      throw new ApiError('CONFLICT', `Für ${input.year} gibt es bereits einen Sachbericht.`);
    }
    const now = ctx.nowIso();
    const id = newId();
    const draft = {
      id, kind: 'SACHBERICHT' as const, year: input.year, title: `Sachbericht ${input.year}`, versionLabel: null,
      reportingDate: input.reportingDate ?? `${input.year}-12-31`, recipient: input.recipient ?? null, reference: input.reference ?? null,
      status: 'DRAFT' as const, publishedAt: null, basedOnDraftId: null, createdAt: now, updatedAt: now,
    };
    ctx.sqlite.prepare(`INSERT INTO report_drafts (id, kind, year, title, version_label, reporting_date, recipient, reference, status,
      published_at, based_on_draft_id, created_at, updated_at) VALUES (@id, @kind, @year, @title, @versionLabel, @reportingDate, @recipient,
      @reference, @status, @publishedAt, @basedOnDraftId, @createdAt, @updatedAt)`).run(draft);
    recordAudit(ctx, 'report_drafts', id, 'CREATE', null, draft);
    const insert = ctx.sqlite.prepare(`INSERT INTO report_sections (id, draft_id, key, parent_key, position, title, enabled, generated,
      narrative, status, created_at, updated_at) VALUES (?, ?, ?, NULL, ?, ?, 1, ?, '', 'DRAFT', ?, ?)`);
    SACHBERICHT_OUTLINE.forEach((s, i) => {
      const sectionId = newId();
      insert.run(sectionId, id, s.key, i + 1, s.title, s.generated ? 1 : 0, now, now);
      recordAudit(ctx, 'report_sections', sectionId, 'CREATE', null, { draftId: id, key: s.key, position: i + 1, title: s.title });
    });
    return toDraft(draft);
  });
}

export function assertEditable(draft: DraftRow): void {
  if (draft.status === 'PUBLISHED') {
    throw new ApiError('CONFLICT', `„${draft.title}“ ist veröffentlicht und kann nicht mehr geändert werden.`);
  }
}

export interface SectionChange {
  id: string;
  title?: string;
  enabled?: boolean;
  position?: number;
  narrative?: string | null;
  status?: ReportSectionStatus;
}

/** The autosave target: only the given fields change. */
export function updateSection(ctx: Context, change: SectionChange): SectionRow {
  return ctx.write(() => {
    const before = sectionOf(ctx, change.id);
    assertEditable(draftOf(ctx, before.draftId));
    const next = {
      title: change.title ?? before.title,
      enabled: change.enabled ?? before.enabled,
      position: change.position ?? before.position,
      narrative: change.narrative === undefined ? before.narrative : change.narrative ?? '',
      status: change.status ?? before.status,
    };
    ctx.sqlite.prepare(`UPDATE report_sections SET title = @title, enabled = @enabled, position = @position, narrative = @narrative,
      status = @status, updated_at = @now WHERE id = @id`).run({ ...next, enabled: next.enabled ? 1 : 0, now: ctx.nowIso(), id: change.id });
    const after = sectionOf(ctx, change.id);
    recordAudit(ctx, 'report_sections', change.id, 'UPDATE', before, after);
    return after;
  });
}

/** Puts the chapters in the given order; the list must name every chapter of the report exactly once. */
export function reorderSections(ctx: Context, draftId: string, sectionIds: readonly string[]): SectionRow[] {
  return ctx.write(() => {
    assertEditable(draftOf(ctx, draftId));
    const before = sectionsOf(ctx, draftId);
    const known = new Set(before.map((s) => s.id));
    if (sectionIds.length !== known.size || new Set(sectionIds).size !== sectionIds.length || sectionIds.some((id) => !known.has(id))) {
      throw new ApiError('VALIDATION', 'Kapitel: Die Reihenfolge muss jedes Kapitel des Berichts genau einmal nennen.');
    }
    const now = ctx.nowIso();
    const update = ctx.sqlite.prepare('UPDATE report_sections SET position = ?, updated_at = ? WHERE id = ?');
    sectionIds.forEach((id, i) => update.run(i + 1, now, id));
    recordAudit(ctx, 'report_drafts', draftId, 'UPDATE',
      { sectionOrder: before.map((s) => s.id) }, { sectionOrder: [...sectionIds] });
    return sectionsOf(ctx, draftId);
  });
}
