import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { auditEntries, fingerprint, inspectDatabase } from '../../../helpers/database';
import { markHeld, meeting, steeringGroup } from './fixture';

let t: TestCore;
let lg: { id: string };
beforeEach(async () => {
  // "Today" is 10.03.2025 in Berlin.
  t = await testCore({ now: '2025-03-10T09:00:00Z' });
  lg = await steeringGroup(t);
});
afterEach(() => t.dispose());

const check = (id: string, invitationSentOn: string) => t.api.send('meetings.noticeCheck', { id, invitationSentOn });

describe('the notice period (Ladungsfrist)', () => {
  it('is kept when the invitation goes out exactly the required number of days before, and missed one day later', async () => {
    const m = await meeting(t, lg.id, '2025-03-24T14:00');
    expect(await check(m.meeting.id, '2025-03-10')).toEqual({ noticeWarning: null });
    expect(await check(m.meeting.id, '2025-03-11')).toEqual({
      noticeWarning: {
        requiredDays: 14, actualDays: 13,
        message: 'Die Ladungsfrist von 14 Tagen ist nicht eingehalten (Einladung 13 Tage vor der Sitzung).',
      },
    });
  });

  it('speaks of one day and of the meeting day itself in proper German', async () => {
    const m = await meeting(t, lg.id, '2025-03-24T14:00');
    expect((await check(m.meeting.id, '2025-03-23')).noticeWarning?.message)
      .toBe('Die Ladungsfrist von 14 Tagen ist nicht eingehalten (Einladung 1 Tag vor der Sitzung).');
    expect((await check(m.meeting.id, '2025-03-24')).noticeWarning?.message)
      .toBe('Die Ladungsfrist von 14 Tagen ist nicht eingehalten (Einladung am Sitzungstag).');
  });

  it('counts calendar days across the switch to summer time', async () => {
    // 16.03. to 30.03.2025 is 14 days although one of them has only 23 hours.
    const m = await meeting(t, lg.id, '2025-03-30T10:00');
    expect(await check(m.meeting.id, '2025-03-16')).toEqual({ noticeWarning: null });
  });

  it('uses the notice period of the Geschäftsordnung in force on the meeting day', async () => {
    await t.api.send('rules.create', { committeeId: lg.id, version: 'GO 2022', adoptedOn: '2022-11-29', noticePeriodDays: 9 });
    await t.api.send('rules.create', { committeeId: lg.id, version: 'GO 2025', validFrom: '2025-04-01', noticePeriodDays: 1 });
    const march = await meeting(t, lg.id, '2025-03-19T14:00');
    expect(await check(march.meeting.id, '2025-03-10')).toEqual({ noticeWarning: null });
    expect((await check(march.meeting.id, '2025-03-11')).noticeWarning).toMatchObject({ requiredDays: 9, actualDays: 8 });
    const april = await meeting(t, lg.id, '2025-04-02T14:00');
    expect((await check(april.meeting.id, '2025-04-02')).noticeWarning?.message)
      .toBe('Die Ladungsfrist von 1 Tag ist nicht eingehalten (Einladung am Sitzungstag).');
  });

  it('refuses an invitation dated after the meeting', async () => {
    const m = await meeting(t, lg.id, '2025-03-24T14:00');
    await expect(check(m.meeting.id, '2025-03-25')).rejects.toMatchObject({
      code: 'VALIDATION', issues: [{ field: 'invitationSentOn', message: 'Einladung versandt am: Darf nicht nach dem Sitzungstag (24.03.2025) liegen.' }],
    });
  });

  it('checks without writing anything', async () => {
    const m = await meeting(t, lg.id, '2025-03-24T14:00');
    const db = inspectDatabase(t);
    const before = fingerprint(db);
    await check(m.meeting.id, '2025-03-20');
    expect(fingerprint(db)).toEqual(before);
    db.close();
  });
});

describe('marking a meeting invited', () => {
  it('records the date and the status and returns a late invitation as a warning, not an error', async () => {
    const m = await meeting(t, lg.id, '2025-03-19T14:00');
    const result = await t.api.send('meetings.markInvited', { id: m.meeting.id, invitationSentOn: '2025-03-10' });
    expect(result.meeting).toMatchObject({ status: 'INVITED', invitationSentOn: '2025-03-10' });
    expect(result.noticeWarning).toEqual({
      requiredDays: 14, actualDays: 9, message: 'Die Ladungsfrist von 14 Tagen ist nicht eingehalten (Einladung 9 Tage vor der Sitzung).',
    });
    expect((await t.api.send('meetings.get', { id: m.meeting.id })).noticeWarning).toEqual(result.noticeWarning);

    const db = inspectDatabase(t);
    const [created, invited] = auditEntries(db, 'meetings');
    expect(created.action).toBe('CREATE');
    expect(invited).toMatchObject({ action: 'UPDATE', before: { status: 'PLANNED' }, after: { status: 'INVITED', invitationSentOn: '2025-03-10' } });
    db.close();
  });

  it('takes a second invitation (after a postponement) and keeps the newest date', async () => {
    const m = await meeting(t, lg.id, '2025-04-30T14:00');
    await t.api.send('meetings.markInvited', { id: m.meeting.id, invitationSentOn: '2025-03-01' });
    const again = await t.api.send('meetings.markInvited', { id: m.meeting.id, invitationSentOn: '2025-03-10' });
    expect(again).toMatchObject({ meeting: { status: 'INVITED', invitationSentOn: '2025-03-10' }, noticeWarning: null });
  });

  it('refuses a dispatch date in the future by the clock, and a meeting that was already held', async () => {
    const m = await meeting(t, lg.id, '2025-04-30T14:00');
    await expect(t.api.send('meetings.markInvited', { id: m.meeting.id, invitationSentOn: '2025-03-11' })).rejects.toMatchObject({
      code: 'VALIDATION', issues: [{ field: 'invitationSentOn', message: 'Einladung versandt am: Darf nicht in der Zukunft liegen.' }],
    });
    markHeld(t, m.meeting.id);
    await expect(t.api.send('meetings.markInvited', { id: m.meeting.id, invitationSentOn: '2025-03-10' })).rejects.toMatchObject({
      code: 'CONFLICT', message: 'Die 1. Sitzung am 30.04.2025 wurde bereits durchgeführt; eine Einladung kann nicht mehr vermerkt werden.',
    });
  });
});
