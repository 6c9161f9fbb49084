import type { DragEvent } from 'react';
import { enumLabel, useEnums } from '../../../../api/enums';
import type { MeetingDetail } from '../MeetingPage';
import { minutesText } from '../../meetingWording';
import { LINK_LABELS } from './agendaItemFields';

export type AgendaItem = MeetingDetail['agenda'][number];

export interface RowControls {
  isFirst: boolean;
  isLast: boolean;
  dropMark: 'before' | 'after' | null;
  onMove(direction: 'up' | 'down'): void;
  onEdit(): void;
  onRemove(): void;
  onDragStart(event: DragEvent<HTMLLIElement>): void;
  onDragOver(event: DragEvent<HTMLLIElement>): void;
  onDrop(event: DragEvent<HTMLLIElement>): void;
  onDragEnd(): void;
}

/** One TOP: number, title, kind, presenter, time and links; when the agenda is open, buttons to move, edit and remove it. */
export function AgendaItemRow({ item, controls }: { item: AgendaItem; controls?: RowControls }) {
  const enums = useEnums();
  const meta = [
    enumLabel(enums, 'agendaItemKind', item.kind),
    item.presenter ? `Vortrag: ${item.presenter}` : null,
    item.plannedMinutes != null ? minutesText(item.plannedMinutes) : 'ohne Zeitangabe',
    item.isPublic ? null : 'nicht öffentlich',
  ].filter(Boolean).join(' · ');
  const drop = controls?.dropMark ? ` agenda-item--drop-${controls.dropMark}` : '';
  return (
    <li className={`agenda-item${drop}`} data-item-id={item.id} draggable={controls ? true : undefined}
      onDragStart={controls?.onDragStart} onDragOver={controls?.onDragOver} onDrop={controls?.onDrop} onDragEnd={controls?.onDragEnd}>
      {controls ? <span className="kern-icon kern-icon--dehaze agenda-item__grip" aria-hidden="true" title="Zum Verschieben ziehen" /> : null}
      <span className="agenda-item__number">{item.number}</span>
      <div className="agenda-item__body">
        <p className="agenda-item__title" tabIndex={-1} data-item-title={item.id}>{item.title}</p>
        <p className="kern-body kern-body--small agenda-item__meta">
          {meta}
          {item.standingItem ? <span className="kern-badge kern-badge--small tag">Standardpunkt</span> : null}
          {item.carryCount > 0 ? <span className="kern-badge kern-badge--warning kern-badge--small tag">{item.carryCount}-mal vertagt</span> : null}
          {item.status !== 'OPEN' ? <span className="kern-badge kern-badge--info kern-badge--small tag">{enumLabel(enums, 'agendaItemStatus', item.status)}</span> : null}
        </p>
        {item.links.length > 0 ? (
          <ul className="agenda-item__links">
            {item.links.map((l) => <li key={l.id}>{LINK_LABELS[l.targetType] ?? l.targetType}: {l.title ?? '(gelöscht)'}</li>)}
          </ul>
        ) : null}
        {item.description ? <p className="kern-body kern-body--small agenda-item__description">{item.description}</p> : null}
      </div>
      {controls ? (
        <div className="agenda-item__actions">
          <IconButton icon="arrow-up" label={`Nach oben: ${item.title}`} move={`${item.id}:up`} disabled={controls.isFirst} onClick={() => controls.onMove('up')} />
          <IconButton icon="arrow-down" label={`Nach unten: ${item.title}`} move={`${item.id}:down`} disabled={controls.isLast} onClick={() => controls.onMove('down')} />
          <IconButton icon="edit" label={`Bearbeiten: ${item.title}`} onClick={controls.onEdit} />
          <IconButton icon="delete" label={`Entfernen: ${item.title}`} onClick={controls.onRemove} />
        </div>
      ) : null}
    </li>
  );
}

interface IconButtonProps {
  icon: string;
  label: string;
  onClick(): void;
  disabled?: boolean;
  move?: string;
}

function IconButton({ icon, label, onClick, disabled = false, move }: IconButtonProps) {
  return (
    <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" title={label} onClick={onClick} disabled={disabled} data-move={move}>
      <span className={`kern-icon kern-icon--${icon}`} aria-hidden="true" />
      <span className="kern-sr-only">{label}</span>
    </button>
  );
}
