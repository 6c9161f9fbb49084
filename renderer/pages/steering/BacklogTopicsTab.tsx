import { useMemo } from 'react';
import type { InputOf, OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { useApiData } from '../../api/useApiData';
import { CrudSection } from '../../components/crud/CrudSection';
import type { CrudConfig } from '../../components/crud/crudConfig';
import type { FieldsOf } from '../../components/form/fieldSpec';
import { formatInstant } from '../../format/date';
import type { CommitteeRow } from './CommitteeFacts';

type Row = OutputOf<'backlogTopics.list'>[number];
type Input = InputOf<'backlogTopics.create'>;

/** Free topics anyone noted "für die nächste Sitzung"; the agenda builder proposes them until they are on an agenda. */
export function BacklogTopicsTab({ committee }: { committee: CommitteeRow }) {
  const { data, error } = useApiData('backlogTopics.list', { committeeId: committee.id });
  const config = useMemo((): CrudConfig<Row> => ({
    label: 'Themenspeicher',
    theOne: 'das Thema',
    newTitle: 'Thema für die nächste Sitzung vormerken',
    editTitle: 'Vorgemerktes Thema bearbeiten',
    deleteTitle: 'Vorgemerktes Thema löschen',
    emptyText: 'Es sind keine Themen vorgemerkt. Mit „Neu“ merken Sie ein Thema für die nächste Sitzung vor.',
    idOf: (r) => r.id,
    displayName: (r) => r.title,
    initialSort: [{ id: 'used', desc: false }],
    columns: [
      { id: 'title', header: 'Thema', value: (r) => r.title, width: '14rem' },
      { id: 'note', header: 'Notiz', value: (r) => r.note, width: '14rem', render: (r) => <span className="cell-clamp">{r.note ?? ''}</span> },
      { id: 'proposedBy', header: 'Vorgemerkt von', value: (r) => r.proposedBy, width: '9rem' },
      { id: 'createdAt', header: 'Vorgemerkt am', value: (r) => r.createdAt, text: (r) => formatInstant(r.createdAt).slice(0, 10), width: '7.5rem' },
      {
        // Open topics sort first: they are what the next agenda still needs.
        id: 'used', header: 'Tagesordnung', value: (r) => r.usedInMeetingLabel == null, filter: 'select', width: '12rem',
        text: (r) => r.usedInMeetingLabel ? `aufgenommen in ${r.usedInMeetingLabel}` : 'noch offen',
      },
    ],
    fields: [
      { name: 'title', label: 'Thema', kind: 'text', required: true, maxLength: 300, wide: true },
      { name: 'note', label: 'Notiz', kind: 'textarea', maxLength: 2000 },
      { name: 'proposedBy', label: 'Vorgemerkt von', kind: 'text', maxLength: 120 },
    ] satisfies FieldsOf<Input>,
    create: (input) => api.send('backlogTopics.create', { ...(input as Omit<Input, 'committeeId'>), committeeId: committee.id }),
    update: (id, input) => api.send('backlogTopics.update', { id, ...(input as Omit<Input, 'committeeId'>) }),
    remove: (id) => api.send('backlogTopics.delete', { id }),
  }), [committee.id]);
  return <CrudSection config={config} rows={data} error={error} entity="backlog_topics" />;
}
