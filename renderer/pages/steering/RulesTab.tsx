import { useMemo } from 'react';
import type { InputOf, OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { enumLabel, enumOptions, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import { Alert } from '../../components/Alert';
import { CrudSection } from '../../components/crud/CrudSection';
import type { CrudConfig } from '../../components/crud/crudConfig';
import type { FieldsOf } from '../../components/form/fieldSpec';
import { formatDate } from '../../format/date';
import { formatYesNo } from '../../format/text';
import type { CommitteeRow } from './CommitteeFacts';

type Row = OutputOf<'rules.list'>[number];
type Input = InputOf<'rules.create'>;

/** The Geschäftsordnung in its versions; the one in force today decides quorum, notice period and decision mode. */
export function RulesTab({ committee }: { committee: CommitteeRow }) {
  const enums = useEnums();
  const { data, error } = useApiData('rules.list', { committeeId: committee.id });
  const current = useApiData('rules.current', { committeeId: committee.id }).data;
  const config = useMemo((): CrudConfig<Row> => ({
    label: 'Fassungen der Geschäftsordnung',
    theOne: 'die Fassung',
    newTitle: 'Neue Fassung der Geschäftsordnung',
    editTitle: 'Fassung der Geschäftsordnung bearbeiten',
    deleteTitle: 'Fassung der Geschäftsordnung löschen',
    emptyText: 'Es ist noch keine Geschäftsordnung erfasst.',
    idOf: (r) => r.id,
    displayName: (r) => `Fassung ${r.version}`,
    initialSort: [{ id: 'validFrom', desc: true }],
    columns: [
      { id: 'version', header: 'Fassung', value: (r) => r.version, width: '5rem' },
      { id: 'adoptedOn', header: 'Beschlossen am', value: (r) => r.adoptedOn, text: (r) => formatDate(r.adoptedOn), width: '7rem' },
      {
        id: 'validFrom', header: 'Gültig', value: (r) => r.validFrom ?? r.adoptedOn, width: '8rem',
        text: (r) => [formatDate(r.validFrom ?? r.adoptedOn), r.validTo ? `bis ${formatDate(r.validTo)}` : 'ab'].join(' '),
        render: (r) => r.validTo ? `${formatDate(r.validFrom ?? r.adoptedOn)} bis ${formatDate(r.validTo)}` : `ab ${formatDate(r.validFrom ?? r.adoptedOn)}`,
      },
      { id: 'quorumRule', header: 'Beschlussfähigkeit', value: (r) => enumLabel(enums, 'quorumRule', r.quorumRule), width: '12rem' },
      { id: 'deputies', header: 'Vertretungen zählen', value: (r) => r.deputiesCount, text: (r) => formatYesNo(r.deputiesCount), width: '6.5rem' },
      { id: 'notice', header: 'Ladungsfrist (Tage)', value: (r) => r.noticePeriodDays, numeric: true, width: '6.5rem' },
      { id: 'mode', header: 'Beschlussfassung', value: (r) => enumLabel(enums, 'decisionMode', r.decisionMode), width: '7.5rem' },
      { id: 'perYear', header: 'Sitzungen pro Jahr', value: (r) => r.meetingsPerYear, numeric: true, width: '6rem' },
    ],
    fields: [
      { name: 'version', label: 'Fassung', kind: 'text', required: true, maxLength: 60, hint: 'z. B. 1.0 oder 2. Änderung' },
      { name: 'adoptedOn', label: 'Beschlossen am', kind: 'date' },
      { name: 'validFrom', label: 'Gültig ab', kind: 'date', hint: 'Leer lassen: ab dem Beschluss' },
      { name: 'validTo', label: 'Gültig bis', kind: 'date' },
      { name: 'quorumRule', label: 'Beschlussfähigkeit', kind: 'select', required: true, options: enumOptions(enums, 'quorumRule'), defaultValue: 'MORE_THAN_HALF', wide: true },
      { name: 'deputiesCount', label: 'Vertretungen zählen mit', kind: 'checkbox', defaultValue: true, hint: 'Ein vertretener Sitz gilt als besetzt.' },
      { name: 'noticePeriodDays', label: 'Ladungsfrist (Tage)', kind: 'integer', required: true, defaultValue: '14' },
      { name: 'decisionMode', label: 'Beschlussfassung', kind: 'select', required: true, options: enumOptions(enums, 'decisionMode'), defaultValue: 'CONSENSUS' },
      { name: 'meetingsPerYear', label: 'Sitzungen pro Jahr', kind: 'integer' },
    ] satisfies FieldsOf<Input>,
    create: (input) => api.send('rules.create', { ...(input as Omit<Input, 'committeeId'>), committeeId: committee.id }),
    // The form does not show the linked document; it stays as it was.
    update: (id, input) => api.send('rules.update', { id, documentId: data?.find((r) => r.id === id)?.documentId ?? null, ...(input as Omit<Input, 'committeeId'>) }),
    remove: (id) => api.send('rules.delete', { id }),
  }), [enums, committee.id, data]);
  return (
    <>
      {current ? <RulesInForce rules={current} /> : null}
      <CrudSection config={config} rows={data} error={error} entity="rules_of_procedure" />
    </>
  );
}

function RulesInForce({ rules }: { rules: OutputOf<'rules.current'> }) {
  const enums = useEnums();
  const summary = `Beschlussfähigkeit: ${enumLabel(enums, 'quorumRule', rules.quorumRule)}; Vertretungen zählen ${rules.deputiesCount ? 'mit' : 'nicht mit'}; `
    + `Ladungsfrist ${rules.noticePeriodDays} Tage; Beschlussfassung: ${enumLabel(enums, 'decisionMode', rules.decisionMode)}.`;
  return rules.isDefault ? (
    <Alert variant="info" title="Keine Geschäftsordnung in Kraft">
      <p className="kern-body">Bis eine Fassung erfasst ist, rechnet KIM Desk mit diesen Vorgaben: {summary}</p>
    </Alert>
  ) : (
    <p className="kern-body rules-in-force">
      <strong>Heute gilt Fassung {rules.version}{rules.adoptedOn ? ` vom ${formatDate(rules.adoptedOn)}` : ''}:</strong> {summary}
    </p>
  );
}
