import { useMemo } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { enumLabel, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import type { ColumnSpec } from '../../components/dataTable/columnSpec';
import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { ReadOnlyList } from '../../components/ReadOnlyList';

type Row = OutputOf<'themes.list'>[number];

export function ThemesPage() {
  useDocumentTitle('Themen & Maßnahmen');
  const enums = useEnums();
  const { data, error } = useApiData('themes.list');
  const columns = useMemo((): ColumnSpec<Row>[] => [
    { id: 'title', header: 'Thema', value: (r) => r.title, width: '15rem' },
    { id: 'status', header: 'Stand', value: (r) => enumLabel(enums, 'themeStatus', r.status), filter: 'select', width: '11rem' },
    { id: 'field', header: 'Handlungsfeld', value: (r) => enumLabel(enums, 'fieldOfAction', r.fieldOfAction), filter: 'select', width: '11rem' },
    { id: 'priority', header: 'Priorität', value: (r) => enumLabel(enums, 'themePriority', r.priority), filter: 'select', width: '6.5rem' },
    { id: 'findings', header: 'Erkenntnisse', value: (r) => r.findingCount, numeric: true, width: '8.5rem' },
    { id: 'measures', header: 'Maßnahmen', value: (r) => r.measureCount, numeric: true, width: '8rem' },
  ], [enums]);
  return (
    <>
      <PageTitle>Themen & Maßnahmen</PageTitle>
      <p className="kern-body page-intro">
        Generative Themen, die aus Fallrekonstruktionen, Runden Tischen und dem Case Management entstehen, und die Maßnahmen dazu.
      </p>
      <ReadOnlyList label="Themen" rows={data} error={error} columns={columns} getRowId={(r) => r.id}
        initialSort={[{ id: 'title', desc: false }]}
        emptyText="Es sind noch keine Themen erfasst." />
    </>
  );
}
