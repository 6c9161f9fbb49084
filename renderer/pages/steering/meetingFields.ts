import type { InputOf } from '../../../db/api/contract';
import type { FieldsOf } from '../../components/form/fieldSpec';

type Input = InputOf<'meetings.create'>;

/** Date, length, place and link of a meeting; the number is counted on by the core unless given. */
export const MEETING_FIELDS = [
  { name: 'startsAt', label: 'Beginn', kind: 'datetime', required: true },
  { name: 'durationMinutes', label: 'Dauer (Minuten)', kind: 'integer', required: true, defaultValue: '120' },
  { name: 'location', label: 'Ort', kind: 'text', maxLength: 300, wide: true },
  { name: 'onlineUrl', label: 'Online-Link', kind: 'text', maxLength: 500, wide: true, hint: 'Adresse der Videokonferenz, beginnt mit https://' },
  { name: 'title', label: 'Titel', kind: 'text', maxLength: 200, wide: true, hint: 'Leer lassen für „9. Sitzung“' },
  { name: 'sequenceNo', label: 'Nummer', kind: 'integer', hint: 'Leer lassen: die nächste freie Nummer' },
  { name: 'isInaugural', label: 'Konstituierende Sitzung', kind: 'checkbox' },
] as const satisfies FieldsOf<Input>;
