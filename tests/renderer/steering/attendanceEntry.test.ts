import { describe, expect, it } from 'vitest';
import { attendanceEntry, entryIssue } from '../../../renderer/pages/steering/meeting/session/attendanceEntry';

const row = {
  membershipId: 'S1', status: 'PRESENT' as const, representedByPersonId: null,
  arrivedBeforeItemId: 'I2', leftAfterItemId: null, note: 'kam später',
};

describe('an attendance entry', () => {
  it('keeps what is recorded and applies the change', () => {
    expect(attendanceEntry(row, { status: 'REPRESENTED', representedByPersonId: 'P9' })).toEqual({
      membershipId: 'S1', status: 'REPRESENTED', representedByPersonId: 'P9', arrivedBeforeItemId: 'I2', leftAfterItemId: null, note: 'kam später',
    });
  });

  it('drops arrival, departure and representative where they mean nothing', () => {
    expect(attendanceEntry({ ...row, status: 'REPRESENTED', representedByPersonId: 'P9' }, { status: 'EXCUSED' })).toEqual({
      membershipId: 'S1', status: 'EXCUSED', representedByPersonId: null, arrivedBeforeItemId: null, leftAfterItemId: null, note: 'kam später',
    });
  });

  it('finds the seat a refused entry is about', () => {
    expect(entryIssue('entries.3.representedByPersonId')).toEqual({ index: 3, field: 'representedByPersonId' });
    expect(entryIssue('meetingId')).toBeNull();
  });
});
