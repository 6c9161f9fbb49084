import { useMemo } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { enumLabel, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import type { ColumnSpec } from '../../components/dataTable/columnSpec';
import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { ReadOnlyList } from '../../components/ReadOnlyList';
import { formatDate } from '../../format/date';

type Row = OutputOf<'roundTables.list'>[number];

export function RoundTablesPage() {
  useDocumentTitle('Runde Tische');
  const enums = useEnums();
  const { data, error } = useApiData('roundTables.list');
  const columns = useMemo((): ColumnSpec<Row>[] => [
    { id: 'heldOn', header: 'Datum', value: (r) => r.heldOn, text: (r) => formatDate(r.heldOn), width: '6.5rem' },
    { id: 'title', header: 'Titel', value: (r) => r.title, width: '14rem' },
    { id: 'format', header: 'Format', value: (r) => enumLabel(enums, 'roundTableFormat', r.format), filter: 'select', width: '11rem' },
    { id: 'municipalities', header: 'Kommunen', value: (r) => (r.countyWide ? 'kreisweit' : r.municipalityNames), width: '12rem' },
    { id: 'agreements', header: 'Vereinbarungen', value: (r) => r.agreementCount, numeric: true, width: '9.5rem' },
    { id: 'open', header: 'davon offen', value: (r) => r.openAgreementCount, numeric: true, width: '7rem' },
  ], [enums]);
  return (
    <>
      <PageTitle>Runde Tische</PageTitle>
      <p className="kern-body page-intro">
        Runde Tische Integration, Entwicklungskonferenzen, Austauschforen und Termine der Kommunentour mit den kreisangehörigen Kommunen.
      </p>
      <ReadOnlyList label="Runde Tische" rows={data} error={error} columns={columns} getRowId={(r) => r.id}
        initialSort={[{ id: 'heldOn', desc: true }]}
        emptyText="Es sind noch keine Runden Tische erfasst." />
    </>
  );
}
