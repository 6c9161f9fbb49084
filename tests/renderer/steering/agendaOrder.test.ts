import { describe, expect, it } from 'vitest';
import { dropOrder, plannedTime, positionAnnouncement } from '../../../renderer/pages/steering/meeting/preparation/agendaOrder';

describe('reordering the agenda by drag and drop', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('puts the dropped item before the target, or after it when dropped on its lower half', () => {
    expect(dropOrder(ids, 'd', 'b', false)).toEqual(['a', 'd', 'b', 'c']);
    expect(dropOrder(ids, 'd', 'b', true)).toEqual(['a', 'b', 'd', 'c']);
    expect(dropOrder(ids, 'a', 'd', true)).toEqual(['b', 'c', 'd', 'a']);
    expect(dropOrder(ids, 'a', 'c', false)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('leaves the order alone for a drop on itself or unknown ids', () => {
    expect(dropOrder(ids, 'b', 'b', true)).toEqual(ids);
    expect(dropOrder(ids, 'x', 'b', true)).toEqual(ids);
    expect(dropOrder(ids, 'b', 'x', true)).toEqual(ids);
  });

  it('announces the new position in German', () => {
    expect(positionAnnouncement('Termine', ['a', 'b', 'c'], 'b')).toBe('„Termine“ ist jetzt TOP 2 von 3.');
  });
});

describe('planned time against the meeting length', () => {
  it('sums the planned minutes and counts items without a time', () => {
    expect(plannedTime([{ plannedMinutes: 30 }, { plannedMinutes: null }, { plannedMinutes: 15 }], 120))
      .toEqual({ text: 'Geplant: 45 von 120 Minuten; 1 Punkt ohne Zeitangabe.', warning: null });
    expect(plannedTime([{ plannedMinutes: null }, { plannedMinutes: null }], 90).text).toBe('Geplant: 0 von 90 Minuten; 2 Punkte ohne Zeitangabe.');
  });

  it('warns only when the plan exceeds the meeting, and by how much', () => {
    expect(plannedTime([{ plannedMinutes: 120 }], 120).warning).toBeNull();
    expect(plannedTime([{ plannedMinutes: 100 }, { plannedMinutes: 21 }], 120).warning)
      .toBe('Die geplanten Zeiten (121 Minuten) überschreiten die Sitzungsdauer von 120 Minuten um 1 Minute.');
  });
});
