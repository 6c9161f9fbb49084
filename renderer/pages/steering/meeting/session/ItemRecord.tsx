import type { OutputOf } from '../../../../../db/api/contract';
import { enumLabel, useEnums } from '../../../../api/enums';
import { formatDate } from '../../../../format/date';
import type { MeetingDetail } from '../MeetingPage';
import type { ExistingDecision } from './DecisionDialog';
import { quorumSentence } from './quorumText';
import { HistoryButton } from '../../../../components/history/HistoryButton';

type Item = MeetingDetail['agenda'][number];
type MinutesItem = OutputOf<'minutes.get'>['items'][number];
type ItemQuorum = OutputOf<'attendance.get'>['items'][number];
type Task = ExistingDecision['tasks'][number];

export type ItemAction =
  | { kind: 'decide'; item: Item; decision?: ExistingDecision }
  | { kind: 'deleteDecision'; item: Item; decision: ExistingDecision }
  | { kind: 'addTask'; item: Item; decision: ExistingDecision }
  | { kind: 'editTask'; task: Task }
  | { kind: 'carry'; item: Item }
  | { kind: 'undoCarry'; item: Item };

interface ItemRecordProps {
  item: Item;
  record: MinutesItem | undefined;
  quorum: ItemQuorum | undefined;
  /** Differs from the opening quorum (someone came or went): then it is shown at the item. */
  quorumDiffers: boolean;
  canRecord: boolean;
  onAction(action: ItemAction): void;
  children?: React.ReactNode;
}

/** What happened at one agenda item: its decisions with results and tasks, or that it was carried over and why. */
export function ItemRecord({ item, record, quorum, quorumDiffers, canRecord, onAction, children }: ItemRecordProps) {
  const enums = useEnums();
  const decisions = record?.decisions ?? [];
  const open = item.status === 'OPEN' || item.status === 'DEALT_WITH';
  return (
    <li className="item-record">
      <h3 className="kern-heading-small item-record__title">
        {item.number} {item.title}
        <span className="item-kind"> · {enumLabel(enums, 'agendaItemKind', item.kind)}</span>
        {item.status !== 'OPEN' ? <span className="kern-badge kern-badge--info kern-badge--small tag">{enumLabel(enums, 'agendaItemStatus', item.status)}</span> : null}
      </h3>
      {quorumDiffers && quorum ? <p className="kern-body kern-body--small">Bei diesem Punkt: {quorumSentence(quorum)}</p> : null}
      {item.status === 'CARRIED_OVER' ? <p className="kern-body">Vertagt. Grund: {item.carryReason ?? '–'}</p> : null}
      {children}
      {decisions.map((d) => (
        <div key={d.id} className="decision">
          <p className="kern-body decision__head">
            <strong>Beschluss {d.number ?? ''}</strong> · {enumLabel(enums, 'decisionType', d.type)} · {d.resultText}
          </p>
          <p className="kern-body decision__text">{d.text}</p>
          {d.quorumReached === false ? <p className="kern-body kern-body--small">Ohne Beschlussfähigkeit gefasst.</p> : null}
          {d.overrideReason ? <p className="kern-body kern-body--small">Begründung der Ausnahme: {d.overrideReason}</p> : null}
          <p className="history-page-action"><HistoryButton entity="decisions" entityId={d.id} name={`Beschluss ${d.number ?? ''}`.trim()} inRow /></p>
          {d.tasks.length > 0 ? (
            <ul className="task-lines" aria-label={`Aufgaben zu Beschluss ${d.number ?? ''}`}>
              {d.tasks.map((t) => (
                <li key={t.id} className="kern-body kern-body--small">
                  {t.title} – {t.ownerName}{t.dueDate ? `, fällig am ${formatDate(t.dueDate)}` : ''} ({enumLabel(enums, 'taskStatus', t.status)})
                  {canRecord ? <SmallButton label={`Aufgabe bearbeiten: ${t.title}`} icon="edit" onClick={() => onAction({ kind: 'editTask', task: t })} /> : null}
                </li>
              ))}
            </ul>
          ) : null}
          {canRecord ? (
            <div className="item-record__actions">
              <TextButton label="Aufgabe hinzufügen" name={`Aufgabe hinzufügen: Beschluss ${d.number ?? ''}`} icon="add" onClick={() => onAction({ kind: 'addTask', item, decision: d })} />
              <TextButton label="Bearbeiten" name={`Bearbeiten: Beschluss ${d.number ?? ''}`} icon="edit" onClick={() => onAction({ kind: 'decide', item, decision: d })} />
              <TextButton label="Löschen" name={`Löschen: Beschluss ${d.number ?? ''}`} icon="delete" onClick={() => onAction({ kind: 'deleteDecision', item, decision: d })} />
            </div>
          ) : null}
        </div>
      ))}
      {canRecord ? (
        <div className="item-record__actions">
          {open ? <TextButton label="Beschluss erfassen" name={`Beschluss erfassen: ${item.number}`} icon="add" onClick={() => onAction({ kind: 'decide', item })} primary /> : null}
          {item.status === 'OPEN' && decisions.length === 0 ? (
            <TextButton label="Vertagen" name={`Vertagen: ${item.number}`} icon="arrow-forward" onClick={() => onAction({ kind: 'carry', item })} />
          ) : null}
          {item.status === 'CARRIED_OVER' ? (
            <TextButton label="Vertagung zurücknehmen" name={`Vertagung zurücknehmen: ${item.number}`} icon="arrow-back" onClick={() => onAction({ kind: 'undoCarry', item })} />
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

function TextButton({ label, name, icon, onClick, primary = false }: { label: string; name: string; icon: string; onClick(): void; primary?: boolean }) {
  return (
    <button type="button" className={`kern-btn kern-btn--${primary ? 'secondary' : 'tertiary'} kern-btn--x-small`} onClick={onClick} aria-label={name}>
      <span className={`kern-icon kern-icon--${icon}`} aria-hidden="true" />
      <span className="kern-label">{label}</span>
    </button>
  );
}

function SmallButton({ label, icon, onClick }: { label: string; icon: string; onClick(): void }) {
  return (
    <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={onClick} title={label}>
      <span className={`kern-icon kern-icon--${icon}`} aria-hidden="true" />
      <span className="kern-sr-only">{label}</span>
    </button>
  );
}
