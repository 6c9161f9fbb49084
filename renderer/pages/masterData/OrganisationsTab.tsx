import { useMemo } from 'react';
import type { InputOf, OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { enumLabel, enumOptions, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import { CrudSection } from '../../components/crud/CrudSection';
import type { CrudConfig } from '../../components/crud/crudConfig';
import type { FieldsOf } from '../../components/form/fieldSpec';
import { optionsFrom } from '../../components/form/options';

type Row = OutputOf<'organisations.list'>[number];
type Input = InputOf<'organisations.create'>;

export function OrganisationsTab() {
  const enums = useEnums();
  const { data, error } = useApiData('organisations.list');
  const municipalities = useApiData('municipalities.list').data;
  const config = useMemo((): CrudConfig<Row> => ({
    label: 'Organisationen',
    theOne: 'die Organisation',
    newTitle: 'Neue Organisation',
    editTitle: 'Organisation bearbeiten',
    deleteTitle: 'Organisation löschen',
    emptyText: 'Es sind noch keine Organisationen erfasst. Legen Sie Kreisverwaltung, Träger und Partner mit „Neu“ an.',
    idOf: (r) => r.id,
    displayName: (r) => r.name,
    initialSort: [{ id: 'name', desc: false }],
    columns: [
      { id: 'name', header: 'Name', value: (r) => r.name, width: '14rem' },
      { id: 'shortName', header: 'Kurzname', value: (r) => r.shortName, width: '7rem' },
      { id: 'kind', header: 'Art', value: (r) => enumLabel(enums, 'organisationKind', r.kind), filter: 'select', width: '11rem' },
      { id: 'unitCode', header: 'Einheit', value: (r) => r.unitCode, width: '5.5rem' },
      { id: 'parent', header: 'Übergeordnet', value: (r) => r.parentName, width: '11rem' },
      { id: 'municipality', header: 'Kommune', value: (r) => r.municipalityName, filter: 'select', width: '7.5rem' },
    ],
    fields: [
      { name: 'name', label: 'Name', kind: 'text', required: true, maxLength: 200, wide: true },
      { name: 'shortName', label: 'Kurzname', kind: 'text', maxLength: 60 },
      { name: 'kind', label: 'Art', kind: 'select', required: true, options: enumOptions(enums, 'organisationKind') },
      { name: 'unitCode', label: 'Organisationseinheit', kind: 'text', maxLength: 20, hint: 'z. B. 49.1' },
      { name: 'parentId', label: 'Übergeordnete Organisation', kind: 'select', options: optionsFrom(data, (o) => o.id, (o) => o.name) },
      { name: 'municipalityId', label: 'Kommune', kind: 'select', options: optionsFrom(municipalities, (m) => m.id, (m) => m.name) },
    ] satisfies FieldsOf<Input>,
    create: (input) => api.send('organisations.create', input as Input),
    update: (id, input) => api.send('organisations.update', { id, ...(input as Input) }),
    remove: (id) => api.send('organisations.delete', { id }),
  }), [enums, data, municipalities]);
  return <CrudSection config={config} rows={data} error={error} entity="organisations" />;
}
