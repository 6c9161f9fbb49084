import { minutesText } from '../../meetingWording';

/**
 * The order after dropping `movedId` on `targetId`: before it, or after it when dropped on its lower half.
 * Unknown ids or a drop on itself leave the order as it was.
 */
export function dropOrder(ids: readonly string[], movedId: string, targetId: string, after: boolean): string[] {
  if (movedId === targetId || !ids.includes(movedId) || !ids.includes(targetId)) return [...ids];
  const rest = ids.filter((id) => id !== movedId);
  const at = rest.indexOf(targetId) + (after ? 1 : 0);
  return [...rest.slice(0, at), movedId, ...rest.slice(at)];
}

/** What a screen reader hears after a move: "„Termine“ ist jetzt TOP 3 von 9." */
export function positionAnnouncement(title: string, ids: readonly string[], id: string): string {
  return `„${title}“ ist jetzt TOP ${ids.indexOf(id) + 1} von ${ids.length}.`;
}

export interface PlannedTime {
  text: string;
  /** Set when the planned minutes exceed the meeting's length: the warning to show. */
  warning: string | null;
}

/** Planned minutes against the meeting length: "Geplant: 95 von 120 Minuten; 3 Punkte ohne Zeitangabe." */
export function plannedTime(items: readonly { plannedMinutes: number | null }[], durationMinutes: number): PlannedTime {
  const planned = items.reduce((sum, i) => sum + (i.plannedMinutes ?? 0), 0);
  const missing = items.filter((i) => i.plannedMinutes == null).length;
  const gaps = missing === 0 ? '' : `; ${missing === 1 ? '1 Punkt' : `${missing} Punkte`} ohne Zeitangabe`;
  const over = planned - durationMinutes;
  return {
    text: `Geplant: ${planned} von ${minutesText(durationMinutes)}${gaps}.`,
    warning: over > 0
      ? `Die geplanten Zeiten (${minutesText(planned)}) überschreiten die Sitzungsdauer von ${minutesText(durationMinutes)} um ${minutesText(over)}.`
      : null,
  };
}
