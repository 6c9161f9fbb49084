import type { InputOf } from '../../../../../db/api/contract';
import { enumOptions, type Enums } from '../../../../api/enums';
import type { FieldsOf } from '../../../../components/form/fieldSpec';

export function agendaItemFields(enums: Enums) {
  return [
    { name: 'title', label: 'Thema', kind: 'text', required: true, maxLength: 300, wide: true },
    { name: 'kind', label: 'Art', kind: 'select', required: true, options: enumOptions(enums, 'agendaItemKind'), defaultValue: 'DISCUSSION' },
    { name: 'presenter', label: 'Vortrag', kind: 'text', maxLength: 200 },
    { name: 'plannedMinutes', label: 'Zeit (Minuten)', kind: 'integer' },
    { name: 'isPublic', label: 'Öffentlich', kind: 'checkbox', defaultValue: true, hint: 'Nicht öffentliche Punkte werden gesondert protokolliert.' },
    { name: 'description', label: 'Beschreibung', kind: 'textarea', maxLength: 5000 },
  ] as const satisfies FieldsOf<InputOf<'agenda.updateItem'>>;
}

/** How a link of an agenda item is introduced: "Thema", "Berichtstermin" … */
export const LINK_LABELS: Record<string, string> = {
  THEME: 'Thema', MEASURE: 'Maßnahme', DOCUMENT: 'Dokument', COMMITTEE: 'Gremium', DECISION: 'Beschluss',
  REPORT_DUE: 'Berichtstermin', BACKLOG_TOPIC: 'Themenspeicher',
};
