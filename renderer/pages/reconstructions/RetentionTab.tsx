import { useMemo, useState } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { dataChanged } from '../../api/changes';
import { enumLabel, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import { hrefFor } from '../../app/router';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { ColumnSpec } from '../../components/dataTable/columnSpec';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { ReadOnlyList } from '../../components/ReadOnlyList';
import { formatDate } from '../../format/date';
import { reconstructionPath } from './reconstructionPaths';

type Row = OutputOf<'retention.due'>['reconstructions'][number];
type Person = OutputOf<'retention.due'>['persons'][number];

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('de-DE')} ${n === 1 ? one : many}`;

/** The retention rule at work: what is due today, and the purge that keeps the anonymous evidence. */
export function RetentionTab() {
  const enums = useEnums();
  const { data, error } = useApiData('retention.due');
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string>();
  const columns = useMemo((): ColumnSpec<Row>[] => [
    {
      id: 'heldOn', header: 'Datum', value: (r) => r.heldOn, text: (r) => formatDate(r.heldOn), width: '6.5rem',
      render: (r) => <a className="kern-link" href={hrefFor(reconstructionPath(r.id))}>{formatDate(r.heldOn)}</a>,
    },
    { id: 'format', header: 'Format', value: (r) => enumLabel(enums, 'reconstructionFormat', r.format), width: '8rem' },
    { id: 'code', header: 'Fallcode', value: (r) => r.caseCode ?? '', width: '7.5rem' },
    { id: 'provider', header: 'Träger', value: (r) => r.providerName ?? '', width: '8.5rem' },
    { id: 'municipality', header: 'Kommune', value: (r) => r.municipalityName ?? '', width: '8rem' },
    { id: 'deleteAfter', header: 'Löschfrist', value: (r) => r.deleteAfter, text: (r) => formatDate(r.deleteAfter), width: '6.5rem' },
    { id: 'findings', header: 'Erkenntnisse', value: (r) => r.findingCount, numeric: true, width: '6.5rem' },
    { id: 'themes', header: 'Themen', value: (r) => r.themeCount, numeric: true, width: '5rem' },
  ], [enums]);
  const personColumns = useMemo((): ColumnSpec<Person>[] => [
    { id: 'name', header: 'Kontakt', value: (p) => p.name, width: '12rem' },
    { id: 'org', header: 'Organisation', value: (p) => p.organisationName ?? '', width: '14rem' },
    { id: 'deleteAfter', header: 'Löschdatum', value: (p) => p.deleteAfter, text: (p) => formatDate(p.deleteAfter), width: '8rem' },
  ], []);

  const purge = async (rows: readonly Row[]) => {
    await api.send('retention.purge', { ids: rows.map((r) => r.id) });
    dataChanged();
    setDone(`${plural(rows.length, 'Fallrekonstruktion wurde', 'Fallrekonstruktionen wurden')} bereinigt. Die Erkenntnisse und Themenbezüge sind erhalten.`);
  };

  return (
    <Loading data={data} error={error} what="Die Löschfristen">
      {(due) => (
        <>
          <p className="kern-body page-intro">
            Stand {formatDate(due.today)}. Fallrekonstruktionen werden nach der in den Einstellungen festgelegten Frist bereinigt.
          </p>
          {done ? <Alert variant="success" title="Bereinigt" role="status"><p className="kern-body">{done}</p></Alert> : null}
          <section className="page-section" aria-labelledby="retention-due">
            <div className="section-head">
              <h2 className="kern-heading-small" id="retention-due">Fällige Fallrekonstruktionen ({due.reconstructions.length})</h2>
              {due.reconstructions.length > 0 ? (
                <button type="button" className="kern-btn kern-btn--primary" onClick={() => setConfirming(true)}>
                  <span className="kern-label">Jetzt bereinigen</span>
                </button>
              ) : null}
            </div>
            {due.reconstructions.length === 0
              ? <EmptyState>Heute ist keine Fallrekonstruktion zur Bereinigung fällig.</EmptyState>
              : <ReadOnlyList label="Fällige Fallrekonstruktionen" rows={due.reconstructions} error={undefined} columns={columns}
                getRowId={(r) => r.id} initialSort={[{ id: 'deleteAfter', desc: false }]} emptyText="" />}
          </section>
          <section className="page-section" aria-labelledby="retention-persons">
            <h2 className="kern-heading-small" id="retention-persons">Kontakte mit abgelaufenem Löschdatum ({due.persons.length})</h2>
            <p className="kern-body">Zur Prüfung: Kontakte werden in den Stammdaten gelöscht oder ihr Löschdatum wird verlängert.</p>
            {due.persons.length === 0 ? <EmptyState>Kein Kontakt hat ein abgelaufenes Löschdatum.</EmptyState>
              : <ReadOnlyList label="Kontakte mit abgelaufenem Löschdatum" rows={due.persons} error={undefined} columns={personColumns}
                getRowId={(p) => p.id} emptyText="" />}
          </section>
          {confirming ? (
            <ConfirmDialog title="Fallrekonstruktionen bereinigen" confirmLabel={`${plural(due.reconstructions.length, 'Fallrekonstruktion', 'Fallrekonstruktionen')} bereinigen`}
              failureTitle="Bereinigen nicht möglich" onClose={() => setConfirming(false)} onConfirm={() => purge(due.reconstructions)}>
              <p className="kern-body">
                {plural(due.reconstructions.length, 'Fallrekonstruktion hat', 'Fallrekonstruktionen haben')} die Löschfrist erreicht.
              </p>
              <p className="kern-body"><strong>Endgültig gelöscht werden:</strong> Fallcode, Zusammenfassung, Begründung Datenschutz und die Rollentexte der beteiligten Organisationen.</p>
              <p className="kern-body"><strong>Erhalten bleiben:</strong> Datum, Format, Kommune, Altersgruppe, Handlungsfelder, Rechtskreise, die anonymen Erkenntnisse und ihre Themenbezüge – die Evidenz der Themen ändert sich nicht.</p>
              <p className="kern-body">Die Bereinigung wird im Änderungsprotokoll vermerkt, ohne die gelöschten Texte.</p>
            </ConfirmDialog>
          ) : null}
        </>
      )}
    </Loading>
  );
}
