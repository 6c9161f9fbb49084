import { useMemo } from 'react';
import type { InputOf, OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { enumLabel, enumOptions, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import { CrudSection } from '../../components/crud/CrudSection';
import type { CrudConfig } from '../../components/crud/crudConfig';
import type { FieldsOf } from '../../components/form/fieldSpec';
import { optionsFrom } from '../../components/form/options';
import { formatDate } from '../../format/date';

type Row = OutputOf<'providerAssignments.list'>[number];
type Input = InputOf<'providerAssignments.create'>;

const KREISWEIT = 'kreisweit';

function areaOf(row: Row): string {
  return row.countyWide ? KREISWEIT : row.municipalityName ?? '';
}

export function ProviderAssignmentsTab() {
  const enums = useEnums();
  const { data, error } = useApiData('providerAssignments.list');
  const organisations = useApiData('organisations.list').data;
  const municipalities = useApiData('municipalities.list').data;
  const config = useMemo((): CrudConfig<Row> => ({
    label: 'Trägerzuständigkeiten',
    theOne: 'die Trägerzuständigkeit',
    newTitle: 'Neue Trägerzuständigkeit',
    editTitle: 'Trägerzuständigkeit bearbeiten',
    deleteTitle: 'Trägerzuständigkeit löschen',
    emptyText: 'Es sind noch keine Trägerzuständigkeiten erfasst. Hier steht, welcher Träger das Case Management in welcher Kommune anbietet.',
    idOf: (r) => r.id,
    displayName: (r) => `${r.providerName} – ${areaOf(r)}`,
    initialSort: [{ id: 'provider', desc: false }],
    columns: [
      { id: 'provider', header: 'Träger', value: (r) => r.providerName, filter: 'select', width: '12rem' },
      { id: 'area', header: 'Kommune', value: areaOf, filter: 'select', width: '8.5rem' },
      { id: 'targetGroup', header: 'Zielgruppe', value: (r) => enumLabel(enums, 'targetGroup', r.targetGroup), filter: 'select', width: '10rem' },
      { id: 'validFrom', header: 'Gültig ab', value: (r) => r.validFrom, text: (r) => formatDate(r.validFrom), width: '6rem' },
      { id: 'validTo', header: 'Gültig bis', value: (r) => r.validTo, text: (r) => formatDate(r.validTo), width: '6rem' },
      { id: 'note', header: 'Anmerkung', value: (r) => r.note, render: (r) => <span className="cell-clamp">{r.note}</span>, width: '13.5rem' },
    ],
    fields: [
      { name: 'providerOrganisationId', label: 'Träger', kind: 'select', required: true, options: optionsFrom(organisations, (o) => o.id, (o) => o.name), wide: true },
      { name: 'municipalityId', label: 'Kommune', kind: 'select', hint: 'Leer lassen, wenn der Träger kreisweit zuständig ist', options: optionsFrom(municipalities, (m) => m.id, (m) => m.name) },
      { name: 'countyWide', label: 'Kreisweit', kind: 'checkbox' },
      { name: 'targetGroup', label: 'Zielgruppe', kind: 'select', required: true, options: enumOptions(enums, 'targetGroup') },
      { name: 'validFrom', label: 'Gültig ab', kind: 'date' },
      { name: 'validTo', label: 'Gültig bis', kind: 'date' },
      { name: 'note', label: 'Anmerkung', kind: 'textarea', maxLength: 500 },
    ] satisfies FieldsOf<Input>,
    create: (input) => api.send('providerAssignments.create', input as Input),
    update: (id, input) => api.send('providerAssignments.update', { id, ...(input as Input) }),
    remove: (id) => api.send('providerAssignments.delete', { id }),
  }), [enums, organisations, municipalities]);
  return <CrudSection config={config} rows={data} error={error} entity="provider_assignments" />;
}
