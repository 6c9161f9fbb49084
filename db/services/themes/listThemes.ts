import type { Context } from '../../core/context';
import type { ThemePriority, ThemeStatus } from '../../domain/enums';

export interface ThemeListRow {
  id: string;
  title: string;
  status: ThemeStatus;
  fieldOfAction: string | null;
  priority: ThemePriority | null;
  findingCount: number;
  measureCount: number;
}

export function listThemes(ctx: Context): ThemeListRow[] {
  // Themes merged into another are shown through the surviving theme only.
  return ctx.sqlite.prepare(`
    SELECT t.id, t.title, t.status, t.field_of_action AS fieldOfAction, t.priority,
      (SELECT count(*) FROM findings f WHERE f.theme_id = t.id) AS findingCount,
      (SELECT count(*) FROM measures me WHERE me.theme_id = t.id) AS measureCount
    FROM themes t
    WHERE t.merged_into_theme_id IS NULL
    ORDER BY t.updated_at DESC
  `).all() as ThemeListRow[];
}
