import type { OutputOf } from '../../../db/api/contract';
import { formatInstant } from '../../format/date';

export type HistoryEntry = OutputOf<'history.list'>[number];

export interface ChangeRow {
  field: string;
  label: string;
  before: string;
  after: string;
  /** A sensitive text: the history says it changed, not what it said. */
  hidden: boolean;
}

export interface HistoryItem {
  seq: number;
  who: string;
  /** 'dd.mm.yyyy, HH:mm Uhr', Berlin time. */
  when: string;
  /** 'Angelegt', 'Geändert', 'Gelöscht', 'Wiederhergestellt' … */
  what: string;
  changes: ChangeRow[];
}

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A record's history as the dialog shows it: newest first, each entry with who, when and what, and its field changes. */
export function historyItems(entries: readonly HistoryEntry[]): HistoryItem[] {
  return [...entries].sort((a, b) => b.seq - a.seq).map((e) => ({
    seq: e.seq,
    who: e.actor,
    when: formatInstant(e.at),
    what: capitalise(e.actionLabel),
    changes: e.changes.map((c) => ({ field: c.field, label: c.label, before: c.beforeText, after: c.afterText, hidden: c.hidden === true })),
  }));
}

/** Long texts are cut in the table (at a word where possible), with a way to see them whole. */
export const SHORT_TEXT_LENGTH = 120;

export function shortText(text: string, max = SHORT_TEXT_LENGTH): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return { text: `${(space > max * 0.6 ? head.slice(0, space) : head).trimEnd()} …`, cut: true };
}

