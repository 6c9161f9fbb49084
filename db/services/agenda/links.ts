import { agendaItemLinks } from '../../schema';
import type { Context } from '../../core/context';
import { validationError } from '../../api/errors';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';
import { proposeThemeOnAgenda } from '../themes/lifecycle';

export const LINK_TARGET_TYPES = ['THEME', 'MEASURE', 'DOCUMENT', 'COMMITTEE', 'DECISION', 'REPORT_DUE', 'BACKLOG_TOPIC'] as const;
export type LinkTargetType = (typeof LINK_TARGET_TYPES)[number];

export interface LinkInput {
  targetType: LinkTargetType;
  targetId: string;
}

const TARGET_TABLE: Record<LinkTargetType, string> = {
  THEME: 'themes',
  MEASURE: 'measures',
  DOCUMENT: 'documents',
  COMMITTEE: 'committees',
  DECISION: 'decisions',
  REPORT_DUE: 'committee_report_dues',
  BACKLOG_TOPIC: 'backlog_topics',
};

export const LINK_TYPE_LABELS: Record<LinkTargetType, string> = {
  THEME: 'Thema', MEASURE: 'Maßnahme', DOCUMENT: 'Dokument', COMMITTEE: 'Gremium', DECISION: 'Beschluss',
  REPORT_DUE: 'Berichtstermin', BACKLOG_TOPIC: 'Themenspeicher',
};

/** Drops duplicates and refuses links to records that do not exist, naming the position in the list. */
export function checkLinks(ctx: Context, links: readonly LinkInput[]): LinkInput[] {
  const seen = new Set<string>();
  const unique: LinkInput[] = [];
  links.forEach((link, index) => {
    const key = `${link.targetType}:${link.targetId}`;
    if (seen.has(key)) return;
    seen.add(key);
    const found = ctx.sqlite.prepare(`SELECT 1 FROM ${TARGET_TABLE[link.targetType]} WHERE id = ?`).get(link.targetId);
    if (!found) {
      throw validationError(`links.${index}.targetId`,
        `Verknüpfungen: ${LINK_TYPE_LABELS[link.targetType]} existiert nicht (mehr).`);
    }
    unique.push(link);
  });
  return unique;
}

export function insertLinks(ctx: Context, agendaItemId: string, links: readonly LinkInput[]): void {
  const now = ctx.nowIso();
  for (const link of links) {
    const row = { id: newId(), agendaItemId, targetType: link.targetType, targetId: link.targetId, createdAt: now, updatedAt: now };
    ctx.db.insert(agendaItemLinks).values(row).run();
    recordAudit(ctx, 'agenda_item_links', row.id, 'CREATE', null, row);
    if (link.targetType === 'THEME') proposeThemeOnAgenda(ctx, link.targetId, agendaItemId);
  }
}

/** Replaces an item's links with `links`, auditing only what actually changed. */
export function replaceLinks(ctx: Context, agendaItemId: string, links: readonly LinkInput[]): void {
  const existing = ctx.sqlite.prepare(`SELECT id, agenda_item_id AS agendaItemId, target_type AS targetType, target_id AS targetId,
    created_at AS createdAt, updated_at AS updatedAt FROM agenda_item_links WHERE agenda_item_id = ?`).all(agendaItemId) as
    Array<LinkInput & { id: string }>;
  const wanted = new Set(links.map((l) => `${l.targetType}:${l.targetId}`));
  const have = new Set(existing.map((l) => `${l.targetType}:${l.targetId}`));
  for (const old of existing) {
    if (wanted.has(`${old.targetType}:${old.targetId}`)) continue;
    ctx.sqlite.prepare('DELETE FROM agenda_item_links WHERE id = ?').run(old.id);
    recordAudit(ctx, 'agenda_item_links', old.id, 'DELETE', old, null);
  }
  insertLinks(ctx, agendaItemId, links.filter((l) => !have.has(`${l.targetType}:${l.targetId}`)));
}
