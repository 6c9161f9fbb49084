import { eq } from 'drizzle-orm';
import { themes, themeStatusHistory } from '../../schema';
import type { Context } from '../../core/context';
import { ApiError, validationError } from '../../api/errors';
import type { ThemePriority } from '../../domain/enums';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';
import { assertReferencesExist } from '../references';
import { getTheme, type ThemeDetail } from './getTheme';
import {
  assertNotMerged, consolidateIfBundled, loadTheme, setFindingTheme, THEME_LABELS as L, writeInitialStatus, type Theme,
} from './themeRecord';

export interface ThemeFields {
  title: string;
  description: string | null;
  fieldOfAction: string | null;
  priority: ThemePriority | null;
}

const shorten = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/**
 * Checks a list of finding ids for a theme: each must exist, appear once and not belong to another theme (a finding
 * is evidence for one theme; moving evidence between themes is what merge and split are for). Returns the ids not
 * yet linked to `themeId`.
 */
export function checkFindings(ctx: Context, findingIds: readonly string[], themeId: string | null, field = 'findingIds'): string[] {
  const fresh: string[] = [];
  findingIds.forEach((findingId, i) => {
    const at = `${field}.${i}`;
    if (findingIds.indexOf(findingId) !== i) throw validationError(at, `${L.findingIds}: Eine Erkenntnis ist doppelt angegeben.`);
    const finding = ctx.sqlite.prepare(`SELECT f.description, f.theme_id AS themeId, t.title FROM findings f
      LEFT JOIN themes t ON t.id = f.theme_id WHERE f.id = ?`).get(findingId) as { description: string; themeId: string | null; title: string | null } | undefined;
    if (!finding) throw validationError(at, `${L.findingIds}: Der gewählte Eintrag existiert nicht (mehr).`);
    if (finding.themeId === themeId && themeId != null) return;
    if (finding.themeId) {
      throw validationError(at, `${L.findingIds}: „${shorten(finding.description)}“ gehört bereits zum Thema „${finding.title}“. `
        + 'Eine Erkenntnis gehört zu einem Thema; Themen lassen sich zusammenführen oder aufteilen.');
    }
    fresh.push(findingId);
  });
  return fresh;
}

function checkFields(ctx: Context, fields: ThemeFields): void {
  assertReferencesExist(ctx, 'themes', { fieldOfAction: fields.fieldOfAction }, L);
}

/** A new theme from findings: "erkannt", or "gebündelt" as soon as two findings back it. */
export function createTheme(ctx: Context, input: ThemeFields & { findingIds: readonly string[] }): ThemeDetail {
  return ctx.write(() => {
    checkFields(ctx, input);
    const linked = checkFindings(ctx, input.findingIds, null);
    const now = ctx.nowIso();
    const status = linked.length >= 2 ? 'CONSOLIDATED' as const : 'IDENTIFIED' as const;
    const row: Theme = {
      id: newId(), title: input.title, description: input.description, fieldOfAction: input.fieldOfAction, priority: input.priority,
      status, assignedCommitteeId: null, mergedIntoThemeId: null, createdAt: now, updatedAt: now,
    };
    ctx.db.insert(themes).values(row).run();
    recordAudit(ctx, 'themes', row.id, 'CREATE', null, row);
    const count = linked.length;
    writeInitialStatus(ctx, row.id, status, count === 0 ? null : `Angelegt aus ${count === 1 ? 'einer Erkenntnis' : `${count} Erkenntnissen`}`);
    for (const findingId of linked) setFindingTheme(ctx, findingId, row.id);
    return getTheme(ctx, row.id);
  });
}

/** Replaces title, description, field of action and priority; status changes go through setStatus. */
export function updateTheme(ctx: Context, id: string, input: ThemeFields): ThemeDetail {
  return ctx.write(() => {
    const before = loadTheme(ctx, id);
    assertNotMerged(ctx, before, 'id', L.themeId);
    checkFields(ctx, input);
    const values = { ...input, updatedAt: ctx.nowIso() };
    ctx.db.update(themes).set(values).where(eq(themes.id, id)).run();
    recordAudit(ctx, 'themes', id, 'UPDATE', before, { ...before, ...values });
    return getTheme(ctx, id);
  });
}

/**
 * Deletes a theme recorded by mistake. Its findings go back to the unassigned evidence. A theme the steering
 * group has dealt with, or that has measures, agenda items or merged themes, has history and is refused.
 */
export function deleteTheme(ctx: Context, id: string): { id: string } {
  return ctx.write(() => {
    const theme = loadTheme(ctx, id);
    assertNotMerged(ctx, theme, 'id', L.themeId);
    const uses = ctx.sqlite.prepare(`SELECT
        (SELECT count(DISTINCT d) FROM (SELECT decision_id AS d FROM theme_status_history WHERE theme_id = @id AND decision_id IS NOT NULL
           UNION SELECT decision_id FROM decision_effects WHERE target_type = 'THEME' AND target_id = @id)) AS decisions,
        (SELECT count(*) FROM measures WHERE theme_id = @id) AS measures,
        (SELECT count(*) FROM agenda_item_links WHERE target_type = 'THEME' AND target_id = @id) AS agendaItems,
        (SELECT count(*) FROM themes WHERE merged_into_theme_id = @id) AS merged`).get({ id }) as Record<string, number>;
    const what = [
      [uses.decisions, 'Beschluss', 'Beschlüsse'], [uses.measures, 'Maßnahme', 'Maßnahmen'],
      [uses.agendaItems, 'Tagesordnungspunkt', 'Tagesordnungspunkte'], [uses.merged, 'zusammengeführtes Thema', 'zusammengeführte Themen'],
    ].filter(([n]) => (n as number) > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
    if (what.length > 0) {
      throw new ApiError('REFERENCED', `Das Thema „${theme.title}“ kann nicht gelöscht werden, weil es schon eine Geschichte hat: ${what.join(', ')}. `
        + 'Bitte stattdessen abschließen oder mit einem anderen Thema zusammenführen.');
    }
    const findingIds = ctx.sqlite.prepare('SELECT id FROM findings WHERE theme_id = ?').pluck().all(id) as string[];
    for (const findingId of findingIds) setFindingTheme(ctx, findingId, null);
    for (const change of ctx.db.select().from(themeStatusHistory).where(eq(themeStatusHistory.themeId, id)).all()) {
      ctx.db.delete(themeStatusHistory).where(eq(themeStatusHistory.id, change.id)).run();
      recordAudit(ctx, 'theme_status_history', change.id, 'DELETE', change, null);
    }
    ctx.db.delete(themes).where(eq(themes.id, id)).run();
    recordAudit(ctx, 'themes', id, 'DELETE', theme, null);
    return { id };
  });
}

/** Adds findings as evidence to an existing theme; with two or more an "erkannt" theme counts as "gebündelt". */
export function addFindings(ctx: Context, themeId: string, findingIds: readonly string[]): ThemeDetail {
  return ctx.write(() => {
    const theme = loadTheme(ctx, themeId);
    assertNotMerged(ctx, theme, 'themeId', L.themeId);
    const linked = checkFindings(ctx, findingIds, themeId);
    for (const findingId of linked) setFindingTheme(ctx, findingId, themeId);
    if (linked.length > 0) consolidateIfBundled(ctx, themeId, 'Weitere Erkenntnisse zugeordnet');
    return getTheme(ctx, themeId);
  });
}

/** Takes one finding out of a theme; it becomes unassigned evidence again. The status stays as it is. */
export function removeFinding(ctx: Context, themeId: string, findingId: string): ThemeDetail {
  return ctx.write(() => {
    const theme = loadTheme(ctx, themeId);
    assertNotMerged(ctx, theme, 'themeId', L.themeId);
    const owner = ctx.sqlite.prepare('SELECT theme_id FROM findings WHERE id = ?').pluck().get(findingId) as string | null | undefined;
    if (owner === undefined) throw validationError('findingId', `${L.findingId}: Der gewählte Eintrag existiert nicht (mehr).`);
    if (owner !== themeId) throw validationError('findingId', `${L.findingId}: Gehört nicht zum Thema „${theme.title}“.`);
    setFindingTheme(ctx, findingId, null);
    return getTheme(ctx, themeId);
  });
}
