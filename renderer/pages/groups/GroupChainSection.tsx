import { useState } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { dataChanged } from '../../api/changes';
import { enumLabel, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import { useToday } from '../../api/useToday';
import { hrefFor } from '../../app/router';
import { ActionDialog } from '../../components/ActionDialog';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { FormField } from '../../components/form/FormField';
import { formatDate } from '../../format/date';

type Group = OutputOf<'groups.get'>;
type Due = Group['reportDues'][number];

/**
 * What a commissioned group owes the Lenkungsgruppe and what came of it: mandate and commissioning decision, report
 * dates (added, marked delivered, removed), the themes and measures it works on, and closing the group with its result.
 */
export function GroupChainSection({ committeeId }: { committeeId: string }) {
  const enums = useEnums();
  const { data: group } = useApiData('groups.get', { id: committeeId });
  const [dialog, setDialog] = useState<{ kind: 'add' } | { kind: 'deliver'; due: Due } | { kind: 'remove'; due: Due } | { kind: 'close' }>();
  if (!group) return null;
  const closed = group.status === 'CLOSED';
  return (
    <section className="page-section group-chain" aria-labelledby="group-chain">
      <h2 className="kern-heading-medium" id="group-chain">Auftrag und Berichte</h2>
      <dl className="kern-description-list facts facts--inline">
        <Fact label="Auftrag">{group.mandate ?? '–'}</Fact>
        <Fact label="Beauftragt durch">
          {group.commissioningDecisionNumber ? `Beschluss ${group.commissioningDecisionNumber} vom ${formatDate(group.commissionedOn)}` : '–'}
        </Fact>
        <Fact label="Leitung">{group.leadName ?? '–'}</Fact>
        <Fact label="Zeitraum">{formatDate(group.startDate) || 'offen'} bis {formatDate(group.endDate ?? group.plannedEndDate) || 'offen'}</Fact>
        {closed ? <Fact label="Ergebnis">{group.closingResult ?? '–'}</Fact> : null}
      </dl>
      <h3 className="kern-heading-small">Berichte an die Lenkungsgruppe</h3>
      {group.reportDues.length === 0 ? <EmptyState>Es sind keine Berichtstermine vereinbart.</EmptyState> : (
        <ul className="report-dues">
          {group.reportDues.map((d) => (
            <li key={d.id} className="report-due">
              <span>
                <strong>{formatDate(d.dueDate)}</strong>{d.topic ? `: ${d.topic}` : ''} –{' '}
                {d.deliveredOn ? `erstattet am ${formatDate(d.deliveredOn)}` : d.overdue ? 'überfällig' : 'offen'}
              </span>
              {d.deliveredOn || closed ? null : (
                <span className="row-actions">
                  <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" aria-label={`Als erstattet vermerken: Bericht zum ${formatDate(d.dueDate)}`}
                    onClick={() => setDialog({ kind: 'deliver', due: d })}><span className="kern-label">Als erstattet vermerken</span></button>
                  <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" aria-label={`Entfernen: Bericht zum ${formatDate(d.dueDate)}`}
                    onClick={() => setDialog({ kind: 'remove', due: d })}><span className="kern-label">Entfernen</span></button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {closed ? null : (
        <div className="form-actions">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setDialog({ kind: 'add' })}><span className="kern-label">Berichtstermin hinzufügen</span></button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setDialog({ kind: 'close' })}><span className="kern-label">Gruppe abschließen</span></button>
        </div>
      )}
      <h3 className="kern-heading-small">Themen und Maßnahmen</h3>
      {group.themes.length === 0 && group.measures.length === 0 ? <EmptyState>Der Gruppe sind noch keine Themen oder Maßnahmen zugeordnet.</EmptyState> : (
        <ul className="kern-list">
          {group.themes.map((t) => (
            <li key={t.id} className="kern-body">Thema: <a className="kern-link" href={hrefFor(`/themen/${t.id}`)}>{t.title}</a> ({enumLabel(enums, 'themeStatus', t.status)})</li>
          ))}
          {group.measures.map((m) => (
            <li key={m.id} className="kern-body">Maßnahme: {m.themeId ? <a className="kern-link" href={hrefFor(`/themen/${m.themeId}`)}>{m.title}</a> : m.title} ({m.statusLabel}{m.resultOverdue ? ', Ergebnis fehlt' : ''})</li>
          ))}
        </ul>
      )}
      {dialog?.kind === 'add' ? <AddDueDialog committeeId={committeeId} onClose={() => setDialog(undefined)} /> : null}
      {dialog?.kind === 'deliver' ? <DeliverDialog due={dialog.due} onClose={() => setDialog(undefined)} /> : null}
      {dialog?.kind === 'close' ? <CloseDialog group={group} onClose={() => setDialog(undefined)} /> : null}
      {dialog?.kind === 'remove' ? (
        <ConfirmDialog title="Berichtstermin entfernen" confirmLabel="Entfernen" failureTitle="Entfernen nicht möglich" onClose={() => setDialog(undefined)}
          onConfirm={async () => { await api.send('groups.removeReportDue', { id: dialog.due.id }); dataChanged(); }}>
          <p className="kern-body">Der Berichtstermin am {formatDate(dialog.due.dueDate)} wird entfernt.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{label}</dt>
      <dd className="kern-description-list-item__value">{children}</dd>
    </div>
  );
}

function AddDueDialog({ committeeId, onClose }: { committeeId: string; onClose(): void }) {
  const [dueDate, setDueDate] = useState('');
  const [topic, setTopic] = useState('');
  return (
    <ActionDialog title="Berichtstermin hinzufügen" submitLabel="Hinzufügen" wide={false} onClose={onClose}
      submit={() => api.send('groups.addReportDue', { committeeId, dueDate, topic })}>
      {(errorsAt) => (
        <div className="form-grid">
          <FormField id="due-date" value={dueDate} errors={errorsAt('dueDate')} onChange={(v) => setDueDate(String(v))} autoFocus
            field={{ name: 'dueDate', label: 'Fällig am', kind: 'date', required: true }} />
          <FormField id="due-topic" value={topic} errors={errorsAt('topic')} onChange={(v) => setTopic(String(v))}
            field={{ name: 'topic', label: 'Thema des Berichts', kind: 'text', maxLength: 300 }} />
        </div>
      )}
    </ActionDialog>
  );
}

function DeliverDialog({ due, onClose }: { due: Due; onClose(): void }) {
  const today = useToday() ?? '';
  const [deliveredOn, setDeliveredOn] = useState('');
  return (
    <ActionDialog title={`Bericht zum ${formatDate(due.dueDate)} erstattet`} submitLabel="Vermerken" wide={false} onClose={onClose}
      submit={() => api.send('groups.markDelivered', { id: due.id, deliveredOn: deliveredOn || today })}>
      {(errorsAt) => (
        <FormField id="due-delivered" value={deliveredOn || today} errors={errorsAt('deliveredOn')} onChange={(v) => setDeliveredOn(String(v))} autoFocus
          field={{ name: 'deliveredOn', label: 'Erstattet am', kind: 'date', required: true }} />
      )}
    </ActionDialog>
  );
}

function CloseDialog({ group, onClose }: { group: Group; onClose(): void }) {
  const today = useToday() ?? '';
  const [endDate, setEndDate] = useState('');
  const [closingResult, setClosingResult] = useState('');
  return (
    <ActionDialog title={`${group.name} abschließen`} submitLabel="Gruppe abschließen" onClose={onClose}
      submit={() => api.send('groups.close', { id: group.id, endDate: endDate || today, closingResult })}>
      {(errorsAt) => (
        <div className="form-grid">
          <FormField id="close-end" value={endDate || today} errors={errorsAt('endDate')} onChange={(v) => setEndDate(String(v))} autoFocus
            field={{ name: 'endDate', label: 'Beendet am', kind: 'date', required: true }} />
          <FormField id="close-result" value={closingResult} errors={errorsAt('closingResult')} onChange={(v) => setClosingResult(String(v))}
            field={{ name: 'closingResult', label: 'Ergebnis der Gruppe', kind: 'textarea', required: true, maxLength: 5000 }} />
        </div>
      )}
    </ActionDialog>
  );
}
