import { useMemo } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { enumLabel, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import { hrefFor } from '../../app/router';
import type { ColumnSpec } from '../../components/dataTable/columnSpec';
import { ReadOnlyList } from '../../components/ReadOnlyList';
import type { ThemeFilter } from './ThemeFilters';
import { themePath } from './themePaths';

type Row = OutputOf<'themes.list'>[number];

export function ThemeTable({ filter }: { filter: ThemeFilter }) {
  const enums = useEnums();
  const { data, error } = useApiData('themes.list', filter);
  const columns = useMemo((): ColumnSpec<Row>[] => [
    {
      id: 'title', header: 'Thema', value: (r) => r.title, width: '16rem',
      render: (r) => <a className="kern-link" href={hrefFor(themePath(r.id))}>{r.title}</a>,
    },
    { id: 'status', header: 'Status', value: (r) => r.statusLabel, filter: 'select', width: '11rem' },
    { id: 'field', header: 'Handlungsfeld', value: (r) => r.fieldOfActionLabel ?? '', filter: 'select', width: '11rem' },
    { id: 'priority', header: 'Priorität', value: (r) => enumLabel(enums, 'themePriority', r.priority), filter: 'select', width: '6.5rem' },
    { id: 'findings', header: 'Erkenntnisse', value: (r) => r.findingCount, numeric: true, width: '7.5rem' },
    { id: 'cases', header: 'Fälle', value: (r) => r.caseCount, numeric: true, width: '5rem' },
    { id: 'places', header: 'Kommunen', value: (r) => r.municipalityCount, numeric: true, width: '6.5rem' },
    { id: 'sources', header: 'Quellen', value: (r) => r.sourceKinds.join(', '), width: '12rem' },
    { id: 'group', header: 'Gruppe', value: (r) => r.assignedCommitteeName ?? '', width: '10rem' },
    { id: 'measures', header: 'Maßnahmen', value: (r) => r.measureCount, numeric: true, width: '7rem' },
  ], [enums]);
  return (
    <ReadOnlyList label="Themen" rows={data} error={error} columns={columns} getRowId={(r) => r.id}
      initialSort={[{ id: 'title', desc: false }]} emptyText="Keine Themen für diese Auswahl." />
  );
}
