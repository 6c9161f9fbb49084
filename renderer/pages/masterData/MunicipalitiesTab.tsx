import { useMemo } from 'react';
import type { InputOf, OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { enumLabel, enumOptions, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import { hrefFor } from '../../app/router';
import { CrudSection } from '../../components/crud/CrudSection';
import type { CrudConfig } from '../../components/crud/crudConfig';
import type { FieldsOf } from '../../components/form/fieldSpec';
import { formatDate } from '../../format/date';
import { formatYesNo } from '../../format/text';
import { municipalityPath } from '../roundTables/roundTablePaths';

type Row = OutputOf<'municipalities.list'>[number];
type Input = InputOf<'municipalities.create'>;

export function MunicipalitiesTab() {
  const enums = useEnums();
  const { data, error } = useApiData('municipalities.list');
  const config = useMemo((): CrudConfig<Row> => ({
    label: 'Kommunen',
    theOne: 'die Kommune',
    newTitle: 'Neue Kommune',
    editTitle: 'Kommune bearbeiten',
    deleteTitle: 'Kommune löschen',
    emptyText: 'Es sind noch keine Kommunen erfasst. Legen Sie die kreisangehörigen Kommunen mit „Neu“ an.',
    idOf: (r) => r.id,
    displayName: (r) => r.name,
    initialSort: [{ id: 'name', desc: false }],
    columns: [
      {
        id: 'name', header: 'Name', value: (r) => r.name, width: '10.5rem',
        render: (r) => <a className="kern-link table-link" href={hrefFor(municipalityPath(r.id))}>{r.name}</a>,
      },
      { id: 'status', header: 'Stadt/Gemeinde', value: (r) => enumLabel(enums, 'municipalityStatus', r.status), filter: 'select', width: '8rem' },
      { id: 'officialKey', header: 'Gemeinde\u00ADschlüssel', value: (r) => r.officialKey, width: '7.5rem' },
      { id: 'active', header: 'Aktiv', value: (r) => formatYesNo(r.active), filter: 'select', width: '5rem' },
      { id: 'providers', header: 'CM-Träger', value: (r) => r.providerNames, width: '11rem' },
      { id: 'roundTables', header: 'Runde Tische', value: (r) => r.roundTableCount, numeric: true, width: '7rem' },
      { id: 'lastContact', header: 'Letzter Kontakt', value: (r) => r.lastContactOn, text: (r) => formatDate(r.lastContactOn), width: '7rem' },
    ],
    fields: [
      { name: 'name', label: 'Name', kind: 'text', required: true, maxLength: 120 },
      { name: 'status', label: 'Stadt/Gemeinde', kind: 'select', required: true, options: enumOptions(enums, 'municipalityStatus'), defaultValue: 'GEMEINDE' },
      { name: 'officialKey', label: 'Amtlicher Gemeindeschlüssel', kind: 'text', maxLength: 8, hint: 'Acht Ziffern, z. B. 05366020' },
      { name: 'active', label: 'Aktiv', kind: 'checkbox', defaultValue: true },
    ] satisfies FieldsOf<Input>,
    create: (input) => api.send('municipalities.create', input as Input),
    update: (id, input) => api.send('municipalities.update', { id, ...(input as Input) }),
    remove: (id) => api.send('municipalities.delete', { id }),
  }), [enums]);
  return <CrudSection config={config} rows={data} error={error} entity="municipalities" />;
}
