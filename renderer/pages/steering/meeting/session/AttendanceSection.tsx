import { useMemo, useState } from 'react';
import type { InputOf, OutputOf } from '../../../../../db/api/contract';
import { ApiFailure } from '../../../../api/ApiFailure';
import { api } from '../../../../api/client';
import { dataChanged } from '../../../../api/changes';
import { useApiData } from '../../../../api/useApiData';
import { Alert } from '../../../../components/Alert';
import { optionsFrom } from '../../../../components/form/options';
import type { MeetingDetail } from '../MeetingPage';
import { attendanceEntry, entryIssue } from './attendanceEntry';
import { AttendanceRow, type AttendanceRowData, type AttendanceStatus } from './AttendanceRow';
import { GuestList } from './GuestList';
import { QuorumBox } from './QuorumBox';
import { unrecordedText } from './quorumText';
import { TimesDialog } from './TimesDialog';

type Attendance = OutputOf<'attendance.get'>;
type Entry = InputOf<'attendance.set'>['entries'][number];
type RowError = { field: 'status' | 'representedByPersonId'; message: string };

interface AttendanceSectionProps {
  detail: MeetingDetail;
  attendance: Attendance;
  onSaved(attendance: Attendance): void;
  editable: boolean;
  /** Whether "present" may be recorded yet (the meeting day has come). */
  started: boolean;
}

/** Attendance per seat with the live quorum; every change is saved at once. */
export function AttendanceSection({ detail, attendance, onSaved, editable, started }: AttendanceSectionProps) {
  const [errors, setErrors] = useState(new Map<string, RowError>());
  const [failure, setFailure] = useState<ApiFailure>();
  const [times, setTimes] = useState<AttendanceRowData>();
  const persons = useApiData('persons.list').data;
  const personOptions = useMemo(() => optionsFrom(persons, (p) => p.id, (p) => p.name), [persons]);
  const seats = attendance.rows.filter((r) => !r.guest);
  const open = seats.filter((r) => r.status == null);

  const save = async (entries: Entry[]) => {
    setFailure(undefined);
    try {
      onSaved(await api.send('attendance.set', { meetingId: detail.meeting.id, entries }));
      setErrors(new Map());
      dataChanged();
    } catch (error) {
      const f = ApiFailure.from(error);
      const byRow = new Map<string, RowError>();
      for (const issue of f.issues) {
        const at = entryIssue(issue.field);
        if (at && (at.field === 'status' || at.field === 'representedByPersonId')) byRow.set(entries[at.index].membershipId, { field: at.field, message: issue.message });
      }
      setErrors(byRow);
      if (byRow.size === 0) setFailure(f);
    }
  };

  const change = (row: AttendanceRowData, status: AttendanceStatus, representedByPersonId: string | null) =>
    void save([attendanceEntry(row, { status, representedByPersonId })]);

  return (
    <section className="page-section" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading" className="kern-heading-medium">Anwesenheit</h2>
      <QuorumBox quorum={attendance.quorum} />
      <div className="attendance-tools">
        <p className="kern-body">{unrecordedText(attendance.rows)}</p>
        {editable && started && open.length > 0 ? (
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void save(open.map((r) => attendanceEntry(r, { status: 'PRESENT' })))}>
            <span className="kern-label">Alle offenen Sitze als anwesend erfassen</span>
          </button>
        ) : null}
      </div>
      {editable && !started ? (
        <p className="kern-body kern-body--small">Vor dem Sitzungstag können Sie Entschuldigungen und Absagen erfassen; „anwesend“ erst am Tag der Sitzung.</p>
      ) : null}
      {failure ? <Alert variant="danger" title="Anwesenheit nicht gespeichert" role="alert"><p className="kern-body">{failure.message}</p></Alert> : null}
      <div className="kern-table-responsive">
        <table className="kern-table kern-table--small attendance-table">
          <caption className="visually-hidden">Anwesenheit je Sitz</caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">Sitz</th>
              <th scope="col" className="kern-table__header">Mitglied</th>
              <th scope="col" className="kern-table__header">Rolle</th>
              <th scope="col" className="kern-table__header">Anwesenheit</th>
              <th scope="col" className="kern-table__header kern-table__header--action"><span className="visually-hidden">Kommen und Gehen</span></th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {seats.map((row) => (
              <AttendanceRow key={row.membershipId} row={row} editable={editable} persons={personOptions} error={errors.get(row.membershipId!)}
                onChange={(status, rep) => change(row, status, rep)} onTimes={() => setTimes(row)} />
            ))}
          </tbody>
        </table>
      </div>
      <GuestList detail={detail} guests={attendance.rows.filter((r) => r.guest)} editable={editable} />
      {times ? (
        <TimesDialog row={times} agenda={detail.agenda} onClose={() => setTimes(undefined)}
          save={async (change) => {
            const result = await api.send('attendance.set', { meetingId: detail.meeting.id, entries: [attendanceEntry(times, change)] });
            onSaved(result);
            dataChanged();
          }} />
      ) : null}
    </section>
  );
}
