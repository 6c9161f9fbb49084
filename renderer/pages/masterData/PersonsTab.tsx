import { useMemo } from 'react';
import type { InputOf, OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { useApiData } from '../../api/useApiData';
import { CrudSection } from '../../components/crud/CrudSection';
import type { CrudConfig } from '../../components/crud/crudConfig';
import type { FieldsOf } from '../../components/form/fieldSpec';
import { optionsFrom } from '../../components/form/options';
import { formatDate } from '../../format/date';

type Row = OutputOf<'persons.list'>[number];
type Input = InputOf<'persons.create'>;

export function PersonsTab() {
  const { data, error } = useApiData('persons.list');
  const organisations = useApiData('organisations.list').data;
  const config = useMemo((): CrudConfig<Row> => ({
    label: 'Ansprechpersonen',
    theOne: 'die Ansprechperson',
    newTitle: 'Neue Ansprechperson',
    editTitle: 'Ansprechperson bearbeiten',
    deleteTitle: 'Ansprechperson löschen',
    emptyText: 'Es sind noch keine Ansprechpersonen erfasst. Erfassen Sie nur dienstliche Kontaktdaten.',
    idOf: (r) => r.id,
    displayName: (r) => r.name,
    initialSort: [{ id: 'name', desc: false }],
    columns: [
      { id: 'name', header: 'Name', value: (r) => r.name, width: '10rem' },
      { id: 'function', header: 'Funktion', value: (r) => r.function, width: '10rem' },
      { id: 'organisation', header: 'Organisation', value: (r) => r.organisationName, filter: 'select', width: '11rem' },
      { id: 'email', header: 'E-Mail', value: (r) => r.email, width: '11.5rem' },
      { id: 'phone', header: 'Telefon', value: (r) => r.phone, width: '7.5rem' },
      { id: 'validTo', header: 'Gültig bis', value: (r) => r.validTo, text: (r) => formatDate(r.validTo), width: '6rem' },
    ],
    fields: [
      { name: 'name', label: 'Name', kind: 'text', required: true, maxLength: 120 },
      { name: 'function', label: 'Funktion', kind: 'text', maxLength: 120 },
      { name: 'organisationId', label: 'Organisation', kind: 'select', options: optionsFrom(organisations, (o) => o.id, (o) => o.name), wide: true },
      { name: 'email', label: 'E-Mail', kind: 'email' },
      { name: 'phone', label: 'Telefon', kind: 'tel' },
      { name: 'validFrom', label: 'Gültig ab', kind: 'date' },
      { name: 'validTo', label: 'Gültig bis', kind: 'date' },
    ] satisfies FieldsOf<Input>,
    create: (input) => api.send('persons.create', input as Input),
    update: (id, input) => api.send('persons.update', { id, ...(input as Input) }),
    remove: (id) => api.send('persons.delete', { id }),
  }), [data, organisations]);
  return <CrudSection config={config} rows={data} error={error} entity="persons" />;
}
