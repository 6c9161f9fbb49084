import type { AgendaItemKind, StandingItem } from '../../domain/enums';
import { LABELS } from '../../domain/labels';

interface StandingDefault { kind: AgendaItemKind; plannedMinutes: number }

// Approving minutes is a formal decision; the two reports are reports; the rest is information.
// Minutes are a starting point for the time plan, editable like any other item.
const DEFAULTS: Record<StandingItem, StandingDefault> = {
  OPENING_QUORUM: { kind: 'INFO', plannedMinutes: 5 },
  APPROVE_MINUTES: { kind: 'DECISION', plannedMinutes: 5 },
  COORDINATION_REPORT: { kind: 'REPORT', plannedMinutes: 20 },
  DECISION_STATUS: { kind: 'REPORT', plannedMinutes: 15 },
  MISCELLANEOUS: { kind: 'INFO', plannedMinutes: 10 },
  DATES: { kind: 'INFO', plannedMinutes: 5 },
};

/** Standing items that close a meeting; new topics go in front of them. */
export const CLOSING_STANDING_ITEMS: ReadonlySet<StandingItem> = new Set(['MISCELLANEOUS', 'DATES']);

export interface StandingItemDraft {
  standingItem: StandingItem;
  title: string;
  kind: AgendaItemKind;
  plannedMinutes: number;
}

/** The standing items of a new meeting in their usual order; minutes approval only when there are minutes to approve. */
export function standingItemDrafts(options: { approveMinutes: boolean }): StandingItemDraft[] {
  const order: StandingItem[] = ['OPENING_QUORUM', 'APPROVE_MINUTES', 'COORDINATION_REPORT', 'DECISION_STATUS', 'MISCELLANEOUS', 'DATES'];
  return order
    .filter((s) => s !== 'APPROVE_MINUTES' || options.approveMinutes)
    .map((s) => ({ standingItem: s, title: LABELS.standingItem[s], ...DEFAULTS[s] }));
}
