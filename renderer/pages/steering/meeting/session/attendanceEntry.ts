import type { InputOf } from '../../../../../db/api/contract';

type Entry = InputOf<'attendance.set'>['entries'][number];

interface RowLike {
  membershipId: string | null;
  status: Entry['status'] | null;
  representedByPersonId: string | null;
  arrivedBeforeItemId: string | null;
  leftAfterItemId: string | null;
  note: string | null;
}

/** The full entry for one seat with a change applied; attendance.set replaces what it is given, so nothing may be dropped. */
export function attendanceEntry(row: RowLike, change: Partial<Omit<Entry, 'membershipId'>>): Entry {
  const status = change.status ?? row.status;
  if (!row.membershipId || !status) throw new Error('attendanceEntry needs a seat and a status');
  const attends = status === 'PRESENT' || status === 'REPRESENTED';
  return {
    membershipId: row.membershipId,
    status,
    representedByPersonId: status === 'REPRESENTED' ? (change.representedByPersonId !== undefined ? change.representedByPersonId : row.representedByPersonId) : null,
    arrivedBeforeItemId: attends ? (change.arrivedBeforeItemId !== undefined ? change.arrivedBeforeItemId : row.arrivedBeforeItemId) : null,
    leftAfterItemId: attends ? (change.leftAfterItemId !== undefined ? change.leftAfterItemId : row.leftAfterItemId) : null,
    note: change.note !== undefined ? change.note : row.note,
  };
}

/** Which seat and field a refused entry concerns: issue 'entries.3.representedByPersonId' → the fourth entry sent. */
export function entryIssue(field: string): { index: number; field: string } | null {
  const m = /^entries\.(\d+)\.(\w+)$/.exec(field);
  return m ? { index: Number(m[1]), field: m[2] } : null;
}
