import { useId, useMemo, useState } from 'react';
import type { InputOf } from '../../../../db/api/contract';
import { api } from '../../../api/client';
import { dataChanged } from '../../../api/changes';
import { useEnums } from '../../../api/enums';
import { useApiData } from '../../../api/useApiData';
import { useToday } from '../../../api/useToday';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { FormDialog } from '../../../components/form/FormDialog';
import { Loading } from '../../../components/Loading';
import type { CommitteeRow } from '../CommitteeFacts';
import { membershipFields, replaceHolderFields } from './membershipFields';
import { groupByCategory, seatName } from './rosterGroups';
import { RosterTable, type Seat, type SeatAction } from './RosterTable';

type SeatInput = Omit<InputOf<'memberships.create'>, 'committeeId'>;
type Editing = { action: 'create' } | { action: SeatAction; seat: Seat } | undefined;

/** The members by seat, grouped I–IV, with deputies, roles and periods; history stays visible on request. */
export function RosterTab({ committee }: { committee: CommitteeRow }) {
  const enums = useEnums();
  const toggleId = useId();
  const [history, setHistory] = useState(false);
  const [editing, setEditing] = useState<Editing>();
  const [notice, setNotice] = useState('');
  const { data, error } = useApiData('memberships.list', { committeeId: committee.id, includeHistory: history });
  const organisations = useApiData('organisations.list').data;
  const persons = useApiData('persons.list').data;
  const today = useToday();
  const fields = useMemo(() => membershipFields(enums, organisations, persons), [enums, organisations, persons]);
  const replaceFields = useMemo(() => replaceHolderFields(persons), [persons]);
  const close = () => setEditing(undefined);
  const done = (message: string) => { setNotice(message); dataChanged(); close(); };

  return (
    <section className="page-section" aria-labelledby="roster-heading">
      <div className="section-head">
        <h3 id="roster-heading" className="kern-heading-small">Mitglieder</h3>
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => setEditing({ action: 'create' })}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">Neuer Sitz</span>
        </button>
      </div>
      <div className="kern-form-check roster-history">
        <input id={toggleId} type="checkbox" className="kern-form-check__checkbox" checked={history} onChange={(e) => setHistory(e.target.checked)} />
        <label className="kern-label" htmlFor={toggleId}>Frühere Mitglieder anzeigen</label>
      </div>
      <p className="kern-body notice" role="status">{notice}</p>
      <Loading data={data} error={error} what="Die Mitglieder">
        {(rows) => rows.length === 0 ? <EmptyState>Für dieses Gremium sind noch keine Sitze erfasst.</EmptyState> : (
          groupByCategory(rows, enums.membershipCategory).map((group) => (
            <RosterTable key={group.key} caption={group.heading} rows={group.rows} onAction={(action, seat) => setEditing({ action, seat })} />
          ))
        )}
      </Loading>
      {editing?.action === 'create' ? (
        <FormDialog title="Neuer Sitz" fields={fields} submitLabel="Anlegen" onClose={close}
          save={(input) => api.send('memberships.create', { ...(input as SeatInput), committeeId: committee.id })}
          onSaved={() => done('Der Sitz wurde angelegt.')} />
      ) : null}
      {editing?.action === 'edit' ? (
        <FormDialog title="Sitz bearbeiten" fields={fields} record={editing.seat as unknown as Record<string, unknown>} submitLabel="Speichern" onClose={close}
          save={(input) => api.send('memberships.update', { ...(input as SeatInput), id: editing.seat.id })}
          onSaved={() => done(`Die Änderungen an „${seatName(editing.seat)}“ wurden gespeichert.`)} />
      ) : null}
      {editing?.action === 'replace' ? (
        <FormDialog title={`Mitglied wechseln: ${seatName(editing.seat)}`} fields={replaceFields} submitLabel="Wechsel speichern" onClose={close}
          record={{ from: today ?? '', personId: '', deputyPersonId: editing.seat.deputyPersonId ?? '' }}
          save={(input) => api.send('memberships.replaceHolder', {
            id: editing.seat.id, from: String(input.from), personId: String(input.personId), deputyPersonId: String(input.deputyPersonId) || null,
          })}
          onSaved={() => done(`Der Wechsel auf dem Sitz „${seatName(editing.seat)}“ wurde gespeichert; die bisherige Besetzung bleibt in der Historie.`)} />
      ) : null}
      {editing?.action === 'end' ? (
        <FormDialog title={`Sitz beenden: ${seatName(editing.seat)}`} submitLabel="Sitz beenden" onClose={close}
          fields={[{ name: 'validTo', label: 'Letzter Tag', kind: 'date', required: true }]} record={{ validTo: today ?? '' }}
          save={(input) => api.send('memberships.end', { id: editing.seat.id, validTo: String(input.validTo) })}
          onSaved={() => done(`Der Sitz „${seatName(editing.seat)}“ wurde beendet.`)} />
      ) : null}
      {editing?.action === 'delete' ? (
        <ConfirmDialog title="Sitz löschen" confirmLabel="Löschen" failureTitle="Löschen nicht möglich" onClose={close}
          onConfirm={async () => {
            await api.send('memberships.delete', { id: editing.seat.id });
            setNotice(`Der Sitz „${seatName(editing.seat)}“ wurde gelöscht.`);
            dataChanged();
          }}>
          <p className="kern-body">
            Möchten Sie den Sitz „{seatName(editing.seat)}“ wirklich löschen? Wer einen Sitz verlässt, wird besser mit „Sitz beenden“
            oder „Mitglied wechseln“ erfasst, damit die Besetzung nachvollziehbar bleibt.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
