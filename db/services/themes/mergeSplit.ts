import { and, eq } from 'drizzle-orm';
import { agendaItemLinks, measures, themes } from '../../schema';
import type { Context } from '../../core/context';
import { validationError } from '../../api/errors';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';
import { getTheme, type ThemeDetail } from './getTheme';
import {
  assertNotMerged, consolidateIfBundled, findingCount, loadTheme, setFindingTheme, THEME_LABELS as L, writeInitialStatus, writeStatus,
  type Theme,
} from './themeRecord';
import { checkFindings, type ThemeFields } from './themeWrites';

function moveMeasure(ctx: Context, measureId: string, themeId: string): void {
  const before = ctx.db.select().from(measures).where(eq(measures.id, measureId)).get()!;
  const values = { themeId, updatedAt: ctx.nowIso() };
  ctx.db.update(measures).set(values).where(eq(measures.id, measureId)).run();
  recordAudit(ctx, 'measures', measureId, 'UPDATE', before, { ...before, ...values });
}

/** Agenda items about the source are about the target from now on; an item linking both keeps one link. */
function moveAgendaLinks(ctx: Context, sourceId: string, targetId: string): void {
  const links = ctx.db.select().from(agendaItemLinks)
    .where(and(eq(agendaItemLinks.targetType, 'THEME'), eq(agendaItemLinks.targetId, sourceId))).all();
  for (const link of links) {
    const twin = ctx.sqlite.prepare(`SELECT 1 FROM agenda_item_links WHERE agenda_item_id = ? AND target_type = 'THEME' AND target_id = ?`)
      .get(link.agendaItemId, targetId);
    if (twin) {
      ctx.db.delete(agendaItemLinks).where(eq(agendaItemLinks.id, link.id)).run();
      recordAudit(ctx, 'agenda_item_links', link.id, 'DELETE', link, null);
    } else {
      const values = { targetId, updatedAt: ctx.nowIso() };
      ctx.db.update(agendaItemLinks).set(values).where(eq(agendaItemLinks.id, link.id)).run();
      recordAudit(ctx, 'agenda_item_links', link.id, 'UPDATE', link, { ...link, ...values });
    }
  }
}

function loadSources(ctx: Context, ids: readonly string[], target: Theme): Theme[] {
  return ids.map((id, i) => {
    const field = `sourceThemeIds.${i}`;
    if (ids.indexOf(id) !== i) throw validationError(field, `${L.sourceThemeIds}: Ein Thema ist doppelt angegeben.`);
    if (id === target.id) throw validationError(field, `${L.sourceThemeIds}: Das Zielthema „${target.title}“ kann nicht mit sich selbst zusammengeführt werden.`);
    const source = ctx.db.select().from(themes).where(eq(themes.id, id)).get();
    if (!source) throw validationError(field, `${L.sourceThemeIds}: Der gewählte Eintrag existiert nicht (mehr).`);
    assertNotMerged(ctx, source, field, L.sourceThemeIds);
    return source;
  });
}

/**
 * Merges themes into a target: findings, measures and agenda links move to the target; each source is closed with a
 * history row and points to the target, so its decisions and history stay readable. Nothing of the evidence is lost:
 * the target's findings afterwards are exactly the union of all findings before.
 */
export function mergeThemes(ctx: Context, input: { sourceThemeIds: readonly string[]; targetThemeId: string }): ThemeDetail {
  return ctx.write(() => {
    const target = loadTheme(ctx, input.targetThemeId);
    assertNotMerged(ctx, target, 'targetThemeId', L.targetThemeId);
    const sources = loadSources(ctx, input.sourceThemeIds, target);
    for (const source of sources) {
      const findingIds = ctx.sqlite.prepare('SELECT id FROM findings WHERE theme_id = ?').pluck().all(source.id) as string[];
      for (const findingId of findingIds) setFindingTheme(ctx, findingId, target.id);
      const measureIds = ctx.sqlite.prepare('SELECT id FROM measures WHERE theme_id = ?').pluck().all(source.id) as string[];
      for (const measureId of measureIds) moveMeasure(ctx, measureId, target.id);
      moveAgendaLinks(ctx, source.id, target.id);
      // Themes merged into the source earlier now point straight at the surviving theme.
      for (const earlier of ctx.db.select().from(themes).where(eq(themes.mergedIntoThemeId, source.id)).all()) {
        const values = { mergedIntoThemeId: target.id, updatedAt: ctx.nowIso() };
        ctx.db.update(themes).set(values).where(eq(themes.id, earlier.id)).run();
        recordAudit(ctx, 'themes', earlier.id, 'UPDATE', earlier, { ...earlier, ...values });
      }
      writeStatus(ctx, source, 'CLOSED', { note: `Mit dem Thema „${target.title}“ zusammengeführt`, mergedIntoThemeId: target.id });
    }
    consolidateIfBundled(ctx, target.id, `Zusammengeführt mit ${sources.map((s) => `„${s.title}“`).join(', ')}`);
    return getTheme(ctx, target.id);
  });
}

export interface SplitInput {
  themeId: string;
  newTheme: ThemeFields;
  findingIds: readonly string[];
  measureIds?: readonly string[];
}

/**
 * Splits part of a theme's evidence off into a new theme: the chosen findings (and measures, if given) move; the
 * rest stays. The new theme starts as "erkannt" or, with two findings or more, "gebündelt".
 */
export function splitTheme(ctx: Context, input: SplitInput): { source: ThemeDetail; created: ThemeDetail } {
  return ctx.write(() => {
    const source = loadTheme(ctx, input.themeId);
    assertNotMerged(ctx, source, 'themeId', L.themeId);
    input.findingIds.forEach((findingId, i) => {
      const owner = ctx.sqlite.prepare('SELECT theme_id FROM findings WHERE id = ?').pluck().get(findingId) as string | null | undefined;
      if (owner !== undefined && owner !== source.id) {
        throw validationError(`findingIds.${i}`, `${L.findingIds}: Eine der Erkenntnisse gehört nicht zum Thema „${source.title}“.`);
      }
    });
    checkFindings(ctx, input.findingIds, source.id);
    if (input.findingIds.length >= findingCount(ctx, source.id)) {
      throw validationError('findingIds', `${L.findingIds}: Mindestens eine Erkenntnis muss beim Thema „${source.title}“ bleiben.`);
    }
    const measureIds = input.measureIds ?? [];
    measureIds.forEach((measureId, i) => {
      const owner = ctx.sqlite.prepare('SELECT theme_id FROM measures WHERE id = ?').pluck().get(measureId) as string | null | undefined;
      if (measureIds.indexOf(measureId) !== i) throw validationError(`measureIds.${i}`, `${L.measureIds}: Eine Maßnahme ist doppelt angegeben.`);
      if (owner !== source.id) throw validationError(`measureIds.${i}`, `${L.measureIds}: Eine der Maßnahmen gehört nicht zum Thema „${source.title}“.`);
    });
    const fields = input.newTheme;
    const fieldKnown = fields.fieldOfAction == null
      || ctx.sqlite.prepare('SELECT 1 FROM fields_of_action WHERE code = ?').get(fields.fieldOfAction) !== undefined;
    if (!fieldKnown) throw validationError('newTheme.fieldOfAction', `${L.fieldOfAction}: Der gewählte Eintrag existiert nicht (mehr).`);
    const now = ctx.nowIso();
    const status = input.findingIds.length >= 2 ? 'CONSOLIDATED' as const : 'IDENTIFIED' as const;
    const row: Theme = {
      id: newId(), title: fields.title, description: fields.description, fieldOfAction: fields.fieldOfAction, priority: fields.priority,
      status, assignedCommitteeId: null, mergedIntoThemeId: null, createdAt: now, updatedAt: now,
    };
    ctx.db.insert(themes).values(row).run();
    recordAudit(ctx, 'themes', row.id, 'CREATE', null, row);
    writeInitialStatus(ctx, row.id, status, `Abgespalten vom Thema „${source.title}“`);
    for (const findingId of input.findingIds) setFindingTheme(ctx, findingId, row.id);
    for (const measureId of measureIds) moveMeasure(ctx, measureId, row.id);
    return { source: getTheme(ctx, source.id), created: getTheme(ctx, row.id) };
  });
}
