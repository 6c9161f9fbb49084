import type { OutputOf } from '../../../../../db/api/contract';
import { api } from '../../../../api/client';
import { dataChanged } from '../../../../api/changes';
import { enumLabel, useEnums } from '../../../../api/enums';
import { AutoSaveTextarea } from '../../../../components/AutoSaveTextarea';
import { formatDate } from '../../../../format/date';

type Model = OutputOf<'minutes.get'>;

/** The minutes per TOP: the written text (editable in the draft), decisions with their results and tasks, read-only. */
export function MinutesItems({ model, editable }: { model: Model; editable: boolean }) {
  const enums = useEnums();
  return (
    <ol className="minutes-items">
      {model.items.map((item) => (
        <li key={item.agendaItemId} className="minutes-item">
          <h3 className="kern-heading-small">{item.number} {item.title}</h3>
          {item.presenter ? <p className="kern-body kern-body--small">Vortrag: {item.presenter}</p> : null}
          {item.status === 'CARRIED_OVER' ? <p className="kern-body">Vertagt. Grund: {item.carryReason ?? '–'}</p> : null}
          {item.quorumNote ? <p className="kern-body kern-body--small">{item.quorumNote}</p> : null}
          {editable ? (
            <AutoSaveTextarea label={`Protokolltext zu ${item.number}`} initial={item.minutesText}
              save={async (text) => { await api.send('minutes.setItemText', { agendaItemId: item.agendaItemId, text }); dataChanged(); }} />
          ) : item.minutesText ? <p className="kern-body minutes-item__text">{item.minutesText}</p> : null}
          {item.decisions.map((d) => (
            <div key={d.id} className="decision">
              <p className="kern-body decision__head">
                <strong>Beschluss {d.number ?? ''}</strong> · {enumLabel(enums, 'decisionType', d.type)} · {d.resultText}
              </p>
              <p className="kern-body decision__text">{d.text}</p>
              {d.overrideReason ? <p className="kern-body kern-body--small">Begründung der Ausnahme: {d.overrideReason}</p> : null}
              {d.tasks.length > 0 ? (
                <ul className="task-lines">
                  {d.tasks.map((t) => (
                    <li key={t.id} className="kern-body kern-body--small">
                      Aufgabe: {t.title} – verantwortlich: {t.ownerName}{t.dueDate ? `, bis ${formatDate(t.dueDate)}` : ''}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ))}
        </li>
      ))}
    </ol>
  );
}
