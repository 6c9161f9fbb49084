import { useMemo } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { enumLabel, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import type { ColumnSpec } from '../../components/dataTable/columnSpec';
import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { ReadOnlyList } from '../../components/ReadOnlyList';
import { formatDate } from '../../format/date';

type Row = OutputOf<'reconstructions.list'>[number];

export function ReconstructionsPage() {
  useDocumentTitle('Fallrekonstruktionen');
  const enums = useEnums();
  const { data, error } = useApiData('reconstructions.list');
  const columns = useMemo((): ColumnSpec<Row>[] => [
    { id: 'heldOn', header: 'Datum', value: (r) => r.heldOn, text: (r) => formatDate(r.heldOn), width: '6.5rem' },
    { id: 'format', header: 'Format', value: (r) => enumLabel(enums, 'reconstructionFormat', r.format), filter: 'select', width: '11rem' },
    { id: 'source', header: 'Fallquelle', value: (r) => enumLabel(enums, 'caseSource', r.caseSource), filter: 'select', width: '11rem' },
    { id: 'municipality', header: 'Kommune', value: (r) => r.municipalityName, filter: 'select', width: '10rem' },
    { id: 'findings', header: 'Erkenntnisse', value: (r) => r.findingCount, numeric: true, width: '7.5rem' },
    {
      id: 'deleteAfter', header: 'Löschfrist', value: (r) => r.deleteAfter,
      text: (r) => (r.purged ? `bereinigt (${formatDate(r.deleteAfter)})` : formatDate(r.deleteAfter)), width: '11rem',
    },
  ], [enums]);
  return (
    <>
      <PageTitle>Fallrekonstruktionen</PageTitle>
      <p className="kern-body page-intro">
        Gemeinsam rekonstruierte Einzelfälle und die Erkenntnisse daraus. Fälle werden nur mit dem Fallcode des Trägers erfasst, nie mit Namen.
        Nach Ablauf der Löschfrist werden Fallcode und Zusammenfassung bereinigt; die anonymen Erkenntnisse bleiben erhalten.
      </p>
      <ReadOnlyList label="Fallrekonstruktionen" rows={data} error={error} columns={columns} getRowId={(r) => r.id}
        initialSort={[{ id: 'heldOn', desc: true }]}
        emptyText="Es sind noch keine Fallrekonstruktionen erfasst." />
    </>
  );
}
