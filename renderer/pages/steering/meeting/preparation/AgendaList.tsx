import { useEffect, useMemo, useState } from 'react';
import type { InputOf } from '../../../../../db/api/contract';
import { api } from '../../../../api/client';
import { dataChanged } from '../../../../api/changes';
import { useEnums } from '../../../../api/enums';
import { Alert } from '../../../../components/Alert';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { FormDialog } from '../../../../components/form/FormDialog';
import type { MeetingDetail } from '../MeetingPage';
import { agendaItemFields } from './agendaItemFields';
import { AgendaItemRow, type AgendaItem } from './AgendaItemRow';
import { plannedTime } from './agendaOrder';
import { useAgendaOrder } from './useAgendaOrder';

type Editing = { mode: 'create' } | { mode: 'edit'; item: AgendaItem } | { mode: 'remove'; item: AgendaItem } | undefined;
type ItemInput = Omit<InputOf<'agenda.updateItem'>, 'id'>;

interface AgendaListProps {
  detail: MeetingDetail;
  editable: boolean;
  announce(text: string): void;
  /** An item to focus once it is shown (just taken from the proposals). */
  focusItemId: string | null;
  onFocused(): void;
}

/** The numbered agenda with its planned time; reorderable by buttons and by dragging while the meeting is not yet held. */
export function AgendaList({ detail, editable, announce, focusItemId, onFocused }: AgendaListProps) {
  const enums = useEnums();
  const [editing, setEditing] = useState<Editing>();
  const { shown, failure, move, dragHandlers } = useAgendaOrder(detail.meeting.id, detail.agenda, announce);
  const fields = useMemo(() => agendaItemFields(enums), [enums]);
  const createFields = useMemo(() => fields.filter((f) => f.name !== 'isPublic'), [fields]);
  const time = plannedTime(shown, detail.durationMinutes);
  const close = () => setEditing(undefined);

  useEffect(() => {
    if (!focusItemId) return;
    const title = document.querySelector<HTMLElement>(`[data-item-title="${focusItemId}"]`);
    if (title) {
      title.focus();
      onFocused();
    }
  });

  return (
    <section className="agenda" aria-labelledby="agenda-heading">
      <div className="section-head">
        <h2 id="agenda-heading" className="kern-heading-medium">Tagesordnung</h2>
        {editable ? (
          <button type="button" className="kern-btn kern-btn--primary" onClick={() => setEditing({ mode: 'create' })}>
            <span className="kern-icon kern-icon--add" aria-hidden="true" />
            <span className="kern-label">Punkt hinzufügen</span>
          </button>
        ) : null}
      </div>
      <p className="kern-body agenda__time">{time.text}</p>
      {time.warning ? <Alert variant="warning" title="Zu viel für eine Sitzung"><p className="kern-body">{time.warning}</p></Alert> : null}
      {editable ? (
        <p className="kern-body kern-body--small agenda__hint">
          Reihenfolge ändern: mit den Pfeil-Schaltflächen oder indem Sie einen Punkt mit der Maus an die neue Stelle ziehen.
        </p>
      ) : (
        <p className="kern-body kern-body--small agenda__hint">Die Tagesordnung ist abgeschlossen: Die Sitzung hat stattgefunden.</p>
      )}
      {failure ? <Alert variant="danger" title="Reihenfolge nicht geändert" role="alert"><p className="kern-body">{failure.message}</p></Alert> : null}
      <ol className="agenda-list" aria-label="Tagesordnungspunkte">
        {shown.map((item, index) => (
          <AgendaItemRow key={item.id} item={item} controls={editable ? {
            isFirst: index === 0,
            isLast: index === shown.length - 1,
            onMove: (direction) => void move(item, direction),
            onEdit: () => setEditing({ mode: 'edit', item }),
            onRemove: () => setEditing({ mode: 'remove', item }),
            ...dragHandlers(item),
          } : undefined} />
        ))}
      </ol>
      {editing?.mode === 'create' ? (
        <FormDialog title="Tagesordnungspunkt hinzufügen" fields={createFields} submitLabel="Hinzufügen" onClose={close}
          save={async (input) => {
            const { isPublic: _unused, ...rest } = input as ItemInput;
            const added = await api.send('agenda.addItem', { ...rest, meetingId: detail.meeting.id });
            announce(`„${added.title}“ wurde als ${added.number} aufgenommen.`);
          }}
          onSaved={() => { dataChanged(); close(); }} />
      ) : null}
      {editing?.mode === 'edit' ? (
        <FormDialog title="Tagesordnungspunkt bearbeiten" fields={fields} record={editing.item as unknown as Record<string, unknown>}
          submitLabel="Speichern" onClose={close}
          save={(input) => api.send('agenda.updateItem', { ...(input as ItemInput), id: editing.item.id })}
          onSaved={() => { dataChanged(); close(); }} />
      ) : null}
      {editing?.mode === 'remove' ? (
        <ConfirmDialog title="Tagesordnungspunkt entfernen" confirmLabel="Entfernen" failureTitle="Entfernen nicht möglich" onClose={close}
          onConfirm={async () => {
            await api.send('agenda.removeItem', { id: editing.item.id });
            announce(`„${editing.item.title}“ wurde von der Tagesordnung entfernt.`);
            dataChanged();
          }}>
          <p className="kern-body">
            Möchten Sie {editing.item.number} „{editing.item.title}“ von der Tagesordnung nehmen? Ein Vorschlag, aus dem der Punkt stammt,
            erscheint danach wieder unter „Vorschläge“.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
