import type { OutputOf } from '../../../db/api/contract';
import { themePath } from '../themes/themePaths';
import { roundTablePath, roundTableTabPath } from '../roundTables/roundTablePaths';

export type DueOverview = OutputOf<'overview.dueItems'>;
export type DueItem = DueOverview['items'][number];
export type DueSeverity = DueItem['severity'];

/** The page where an item can be dealt with. */
export function duePath(link: DueItem['link']): string {
  switch (link.page) {
    case 'followUp': return '/lenkungsgruppe/beschlusskontrolle';
    case 'roundTable': return link.id ? roundTablePath(link.id) : roundTableTabPath('vereinbarungen');
    case 'group': return link.id ? `/gruppen/${link.id}` : '/gruppen';
    case 'theme': return themePath(link.id);
    case 'measure': return themePath(link.parentId ?? link.id);
    case 'reconstructions': return '/fallrekonstruktionen/loeschfristen';
    case 'reports': return '/berichte';
    case 'meeting': return link.id ? `/lenkungsgruppe/sitzung/${link.id}/einladung` : '/lenkungsgruppe';
  }
}

/** Said in words next to each item, so the state never depends on colour. */
export const SEVERITY_TEXT: Record<DueSeverity, string> = { overdue: 'Überfällig', due: 'Fällig', info: 'Hinweis' };

const KIND_LABELS: Record<DueItem['kind'], string> = {
  INVITATION: 'Sitzungsvorbereitung',
  DECISION_TASK: 'Aufgaben aus Beschlüssen',
  AGREEMENT: 'Vereinbarungen der Runden Tische',
  GROUP_REPORT: 'Berichte der Gruppen',
  MEASURE: 'Maßnahmen ohne Ergebnis',
  GAP: 'Lücken in der Themenkette',
  RETENTION: 'Löschfristen',
  REPORT_DEADLINE: 'Sachbericht',
};

export interface DueGroup { kind: DueItem['kind']; label: string; overdue: number; items: DueItem[] }

/** Items grouped by area; the groups with the most urgent item come first, items keep the core's order. */
export function groupDueItems(items: readonly DueItem[]): DueGroup[] {
  const groups = new Map<DueItem['kind'], DueGroup>();
  for (const item of items) {
    const group = groups.get(item.kind) ?? { kind: item.kind, label: KIND_LABELS[item.kind], overdue: 0, items: [] };
    group.items.push(item);
    if (item.severity === 'overdue') group.overdue += 1;
    groups.set(item.kind, group);
  }
  return [...groups.values()];
}

/** "2 überfällig, 3 fällig in den nächsten 14 Tagen, 1 Hinweis" – or that nothing is due. */
export function dueSummary(items: readonly DueItem[], horizonDays: number): string {
  const n = (s: DueSeverity) => items.filter((i) => i.severity === s).length;
  const parts = [
    n('overdue') > 0 ? `${n('overdue')} überfällig` : '',
    n('due') > 0 ? `${n('due')} fällig in den nächsten ${horizonDays} Tagen` : '',
    n('info') > 0 ? `${n('info')} ${n('info') === 1 ? 'Hinweis' : 'Hinweise'}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join(', ')}.` : `Nichts ist überfällig oder in den nächsten ${horizonDays} Tagen fällig.`;
}
