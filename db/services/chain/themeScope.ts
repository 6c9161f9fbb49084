/**
 * Everything that belongs to a theme's chain, as SQL common table expressions over the parameter @themeId:
 *  - scope: the theme and every theme merged into it (their history is part of the story),
 *  - theme_measures: the measures of those themes,
 *  - chain_groups: the group the theme is assigned to and the groups working on its measures,
 *  - chain_items: agenda items about the theme or its measures,
 *  - chain_decisions: decisions that changed the theme's status, approved its measures, commissioned its groups
 *    or were taken on an agenda item about it.
 */
export const SCOPE_CTE = `
  scope(id) AS (SELECT @themeId UNION SELECT t.id FROM themes t JOIN scope s ON t.merged_into_theme_id = s.id),
  theme_measures AS (SELECT id, committee_id FROM measures WHERE theme_id IN (SELECT id FROM scope)),
  chain_groups AS (
    SELECT assigned_committee_id AS id FROM themes WHERE id IN (SELECT id FROM scope) AND assigned_committee_id IS NOT NULL
    UNION SELECT committee_id FROM theme_measures WHERE committee_id IS NOT NULL),
  chain_items AS (
    SELECT agenda_item_id AS id FROM agenda_item_links WHERE target_type = 'THEME' AND target_id IN (SELECT id FROM scope)
    UNION SELECT agenda_item_id FROM agenda_item_links WHERE target_type = 'MEASURE' AND target_id IN (SELECT id FROM theme_measures)),
  chain_decisions AS (
    SELECT decision_id AS id FROM theme_status_history WHERE theme_id IN (SELECT id FROM scope) AND decision_id IS NOT NULL
    UNION SELECT decision_id FROM decision_effects WHERE target_type = 'THEME' AND target_id IN (SELECT id FROM scope)
    UNION SELECT decision_id FROM decision_effects WHERE target_type = 'MEASURE' AND target_id IN (SELECT id FROM theme_measures)
    UNION SELECT approved_by_decision_id FROM measures WHERE id IN (SELECT id FROM theme_measures) AND approved_by_decision_id IS NOT NULL
    UNION SELECT id FROM decisions WHERE agenda_item_id IN (SELECT id FROM chain_items)
    UNION SELECT commissioned_by_decision_id FROM committees WHERE id IN (SELECT id FROM chain_groups) AND commissioned_by_decision_id IS NOT NULL)`;

export const WITH_SCOPE = `WITH RECURSIVE ${SCOPE_CTE}`;
