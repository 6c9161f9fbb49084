import { useEffect, useLayoutEffect, useRef, useState, type DragEvent } from 'react';
import { api } from '../../../../api/client';
import { ApiFailure } from '../../../../api/ApiFailure';
import { dataChanged } from '../../../../api/changes';
import type { AgendaItem } from './AgendaItemRow';
import { dropOrder, positionAnnouncement } from './agendaOrder';

interface DragState {
  draggedId: string | null;
  overId: string | null;
  after: boolean;
}

/**
 * Reordering by buttons and by drag and drop. The core's answer is shown at once; focus stays on the button that was
 * pressed (or its twin when the item reached an end), and the new position is announced.
 */
export function useAgendaOrder(meetingId: string, items: readonly AgendaItem[], announce: (text: string) => void) {
  const [override, setOverride] = useState<AgendaItem[] | null>(null);
  const [failure, setFailure] = useState<ApiFailure>();
  const [drag, setDrag] = useState<DragState>({ draggedId: null, overId: null, after: false });
  const pendingFocus = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);
  const shown = override ?? items;

  useEffect(() => setOverride(null), [items]);

  useLayoutEffect(() => {
    const want = pendingFocus.current;
    if (!want) return;
    const find = (d: string) => document.querySelector<HTMLButtonElement>(`[data-move="${want.id}:${d}"]`);
    const button = find(want.direction);
    const target = button && !button.disabled ? button : find(want.direction === 'up' ? 'down' : 'up');
    target?.focus();
    pendingFocus.current = null;
  });

  const apply = (result: AgendaItem[], movedId: string) => {
    setOverride(result);
    const moved = result.find((i) => i.id === movedId);
    if (moved) announce(positionAnnouncement(moved.title, result.map((i) => i.id), movedId));
    dataChanged();
  };

  const move = async (item: AgendaItem, direction: 'up' | 'down') => {
    setFailure(undefined);
    try {
      const result = await api.send('agenda.moveItem', { id: item.id, direction });
      pendingFocus.current = { id: item.id, direction };
      apply(result, item.id);
    } catch (error) {
      setFailure(ApiFailure.from(error));
    }
  };

  const dropOn = async (targetId: string) => {
    const movedId = drag.draggedId;
    setDrag({ draggedId: null, overId: null, after: false });
    if (!movedId) return;
    const ids = shown.map((i) => i.id);
    const next = dropOrder(ids, movedId, targetId, drag.after);
    if (next.join() === ids.join()) return;
    setFailure(undefined);
    try {
      apply(await api.send('agenda.reorder', { meetingId, itemIds: next }), movedId);
    } catch (error) {
      setFailure(ApiFailure.from(error));
    }
  };

  const dragHandlers = (item: AgendaItem) => ({
    dropMark: drag.overId === item.id && drag.draggedId !== item.id ? (drag.after ? 'after' as const : 'before' as const) : null,
    onDragStart(event: DragEvent<HTMLLIElement>) {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', item.title);
      setDrag({ draggedId: item.id, overId: null, after: false });
    },
    onDragOver(event: DragEvent<HTMLLIElement>) {
      if (!drag.draggedId) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      const box = event.currentTarget.getBoundingClientRect();
      const after = event.clientY > box.top + box.height / 2;
      if (drag.overId !== item.id || drag.after !== after) setDrag({ ...drag, overId: item.id, after });
    },
    onDrop(event: DragEvent<HTMLLIElement>) {
      event.preventDefault();
      void dropOn(item.id);
    },
    onDragEnd() {
      setDrag({ draggedId: null, overId: null, after: false });
    },
  });

  return { shown, failure, move, dragHandlers };
}
