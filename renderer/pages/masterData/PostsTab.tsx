import { useMemo } from 'react';
import type { InputOf, OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { enumLabel, enumOptions, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import { CrudSection } from '../../components/crud/CrudSection';
import type { CrudConfig } from '../../components/crud/crudConfig';
import type { FieldsOf } from '../../components/form/fieldSpec';
import { optionsFrom } from '../../components/form/options';
import { formatFte } from '../../format/fte';

type Row = OutputOf<'posts.list'>[number];
type Input = InputOf<'posts.create'>;

export function PostsTab() {
  const enums = useEnums();
  const { data, error } = useApiData('posts.list');
  const organisations = useApiData('organisations.list').data;
  const persons = useApiData('persons.list').data;
  const config = useMemo((): CrudConfig<Row> => ({
    label: 'Stellen',
    theOne: 'die Stelle',
    newTitle: 'Neue Stelle',
    editTitle: 'Stelle bearbeiten',
    deleteTitle: 'Stelle löschen',
    emptyText: 'Es sind noch keine Stellen erfasst. Legen Sie die geförderten Stellen je Baustein mit „Neu“ an.',
    idOf: (r) => r.id,
    displayName: (r) => r.label,
    initialSort: [{ id: 'fundingModule', desc: false }],
    columns: [
      { id: 'label', header: 'Bezeichnung', value: (r) => r.label, width: '13rem' },
      { id: 'fundingModule', header: 'Baustein', value: (r) => enumLabel(enums, 'fundingModule', r.fundingModule), filter: 'select', width: '11rem' },
      { id: 'fte', header: 'VZÄ', value: (r) => r.fte, text: (r) => formatFte(r.fte), numeric: true, width: '4rem' },
      { id: 'status', header: 'Besetzung', value: (r) => enumLabel(enums, 'postStatus', r.status), filter: 'select', width: '7.5rem' },
      { id: 'holder', header: 'Stelleninhaber*in', value: (r) => r.holderName, width: '9.5rem' },
      { id: 'host', header: 'Anstellungsträger', value: (r) => r.hostOrganisationName, filter: 'select', width: '11rem' },
    ],
    fields: [
      { name: 'label', label: 'Bezeichnung', kind: 'text', required: true, maxLength: 120, wide: true },
      { name: 'fundingModule', label: 'Baustein', kind: 'select', required: true, options: enumOptions(enums, 'fundingModule') },
      { name: 'kind', label: 'Stellenart', kind: 'select', required: true, options: enumOptions(enums, 'postKind') },
      { name: 'fte', label: 'Stellenanteil (VZÄ)', kind: 'fte', required: true, hint: 'Zwischen 0 und 1,0, z. B. 0,5' },
      { name: 'fundingPerFteCents', label: 'Förderung je VZÄ', kind: 'money', hint: 'Jahresbetrag in Euro, z. B. 57.000,00' },
      { name: 'status', label: 'Besetzung', kind: 'select', required: true, options: enumOptions(enums, 'postStatus'), defaultValue: 'VACANT' },
      { name: 'filledSince', label: 'Besetzt seit', kind: 'date' },
      { name: 'holderPersonId', label: 'Stelleninhaber*in', kind: 'select', hint: 'Nur bei besetzten Stellen', options: optionsFrom(persons, (p) => p.id, (p) => p.name) },
      { name: 'hostOrganisationId', label: 'Anstellungsträger', kind: 'select', options: optionsFrom(organisations, (o) => o.id, (o) => o.name) },
      { name: 'focus', label: 'Schwerpunkt', kind: 'text', maxLength: 80, hint: 'z. B. IKÖ, BNE, Integration Point' },
      { name: 'permanent', label: 'Unbefristet', kind: 'checkbox' },
      { name: 'isOverallCoordination', label: 'Gesamtkoordination', kind: 'checkbox' },
      { name: 'tasks', label: 'Aufgaben', kind: 'textarea', hint: 'Eine Aufgabe je Zeile' },
    ] satisfies FieldsOf<Input>,
    create: (input) => api.send('posts.create', input as Input),
    update: (id, input) => api.send('posts.update', { id, ...(input as Input) }),
    remove: (id) => api.send('posts.delete', { id }),
  }), [enums, organisations, persons]);
  return <CrudSection config={config} rows={data} error={error} entity="posts" />;
}

