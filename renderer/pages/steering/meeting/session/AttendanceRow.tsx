import type { OutputOf } from '../../../../../db/api/contract';
import { enumLabel, useEnums } from '../../../../api/enums';
import type { Option } from '../../../../components/form/fieldSpec';
import { seatName } from '../../roster/rosterGroups';

export type AttendanceRowData = OutputOf<'attendance.get'>['rows'][number];
export type AttendanceStatus = NonNullable<AttendanceRowData['status']>;

interface AttendanceRowProps {
  row: AttendanceRowData;
  editable: boolean;
  persons: readonly Option[];
  /** The message of a refused entry for this seat, shown at its control. */
  error: { field: 'status' | 'representedByPersonId'; message: string } | undefined;
  onChange(status: AttendanceStatus, representedByPersonId: string | null): void;
  onTimes(): void;
}

const STATUSES: AttendanceStatus[] = ['PRESENT', 'EXCUSED', 'ABSENT', 'REPRESENTED'];

/** One seat: who holds it, and a select for the attendance with the deputy named in "vertreten durch …". */
export function AttendanceRow({ row, editable, persons, error, onChange, onTimes }: AttendanceRowProps) {
  const enums = useEnums();
  const who = row.personName ?? seatName(row);
  const id = `att-${row.membershipId}`;
  const representative = (row.status === 'REPRESENTED' ? row.representedByName : null) ?? row.deputyName;
  const label = (status: AttendanceStatus) => status === 'REPRESENTED'
    ? (representative ? `vertreten durch ${representative}` : 'vertreten (Person wählen)') : enumLabel(enums, 'attendanceStatus', status);
  const statusError = error?.field === 'status' ? error.message : undefined;
  const repError = error?.field === 'representedByPersonId' ? error.message : undefined;
  const needsPerson = row.status === 'REPRESENTED' && (!row.deputyPersonId || repError || row.representedByPersonId !== row.deputyPersonId);
  return (
    <tr className={`kern-table__row attendance-row attendance-row--${(row.status ?? 'open').toLowerCase()}`}>
      <th scope="row" className="kern-table__cell">
        {seatName(row)}
        {row.occasional ? <span className="cell-sub">anlassbezogen</span> : null}
      </th>
      <td className="kern-table__cell">{row.personName ?? '–'}</td>
      <td className="kern-table__cell">{enumLabel(enums, 'membershipRole', row.role)}</td>
      <td className="kern-table__cell attendance-row__control">
        {editable ? (
          <div className={`kern-form-input${statusError ? ' kern-form-input--error' : ''}`}>
            <label className="visually-hidden" htmlFor={id}>Anwesenheit: {who}</label>
            <div className="kern-form-input__select-wrapper">
              <select id={id} className="kern-form-input__select" value={row.status ?? ''} aria-invalid={statusError ? true : undefined}
                aria-describedby={statusError ? `${id}-error` : undefined}
                onChange={(e) => onChange(e.target.value as AttendanceStatus, e.target.value === 'REPRESENTED' ? row.deputyPersonId : null)}>
                {row.status == null ? <option value="">– noch offen –</option> : null}
                {STATUSES.map((s) => <option key={s} value={s}>{label(s)}</option>)}
              </select>
            </div>
            {statusError ? <p className="kern-error" id={`${id}-error`}><span className="kern-body">{statusError}</span></p> : null}
          </div>
        ) : (
          <span>{row.status ? label(row.status) : 'nicht erfasst'}</span>
        )}
        {editable && needsPerson ? (
          <div className={`kern-form-input attendance-row__person${repError ? ' kern-form-input--error' : ''}`}>
            <label className="kern-label kern-label--small" htmlFor={`${id}-rep`}>Vertreten durch</label>
            <div className="kern-form-input__select-wrapper">
              <select id={`${id}-rep`} className="kern-form-input__select" value={row.representedByPersonId ?? ''}
                aria-invalid={repError ? true : undefined} aria-describedby={repError ? `${id}-rep-error` : undefined}
                onChange={(e) => e.target.value && onChange('REPRESENTED', e.target.value)}>
                <option value="">Bitte auswählen</option>
                {persons.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
              </select>
            </div>
            {repError ? <p className="kern-error" id={`${id}-rep-error`}><span className="kern-body">{repError}</span></p> : null}
          </div>
        ) : null}
      </td>
      <td className="kern-table__cell kern-table__cell--action">
        {editable && (row.status === 'PRESENT' || row.status === 'REPRESENTED') ? (
          <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={onTimes} title={`Kommen und Gehen: ${who}`}>
            <span className="kern-icon kern-icon--calendar-today" aria-hidden="true" />
            <span className="kern-sr-only">Kommen und Gehen: {who}</span>
          </button>
        ) : null}
      </td>
    </tr>
  );
}
