import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { auditEntries, fingerprint, inspectDatabase } from '../../../helpers/database';
import type { SeededMeeting } from '../../../helpers/seedMeeting';
import { meeting } from '../meetings/fixture';
import { consensus, heldSteeringMeeting, refusal } from '../themes/fixture';

let t: TestCore;
let s: SeededMeeting;
let groupId: string;
beforeEach(async () => {
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  s = await heldSteeringMeeting(t, '2025-03-12T14:00');
  await t.api.send('decisions.create', {
    ...consensus(s.itemIds[1], 'COMMISSION_GROUP', 'Die Lenkungsgruppe richtet die AG Wohnen ein.'),
    effects: {
      commissionGroup: {
        kind: 'WORKING_GROUP', name: 'AG Wohnen', mandate: 'Maßnahmen für die Wohnungssuche nach der Unterkunft vorschlagen.',
        plannedEndDate: '2025-12-31', leadPersonId: s.voting[0].personId, leadOrganisationId: s.organisationId, reportDueDates: ['2025-05-31', '2025-09-30'],
      },
    },
  });
  groupId = (await t.api.send('groups.list'))[0].id;
});
afterEach(() => t.dispose());

describe('the group register', () => {
  it('lists groups with lead, mandate, commissioning decision, members, next report, measures and themes', async () => {
    await t.api.send('memberships.create', { committeeId: groupId, organisationId: s.organisationId, personId: s.voting[1].personId, role: 'VOTING', validFrom: '2025-03-12' });
    await t.api.send('measures.create', { committeeId: groupId, title: 'Integreat-Kachel „Wohnen“' });
    const theme = await t.api.send('themes.create', { title: 'Wohnen', findingIds: [] });
    await t.api.send('themes.setStatus', { themeId: theme.id, status: 'PROPOSED' });
    const commissioning = (await t.api.send('groups.get', { id: groupId })).commissionedByDecisionId;
    await t.api.send('themes.setStatus', { themeId: theme.id, status: 'ASSIGNED', decisionId: commissioning });
    const [group, ...others] = await t.api.send('groups.list');
    expect(others).toEqual([]);
    expect(group).toMatchObject({
      kind: 'WORKING_GROUP', kindLabel: 'Arbeitsgruppe', name: 'AG Wohnen', status: 'ACTIVE', statusLabel: 'aktiv',
      mandate: 'Maßnahmen für die Wohnungssuche nach der Unterkunft vorschlagen.', leadName: expect.stringMatching(/^Mitglied 2 Müller \(Kreis Euskirchen \d+\)$/),
      commissioningDecisionNumber: 'LG 2025/01', commissionedOn: '2025-03-12', startDate: '2025-03-12', plannedEndDate: '2025-12-31',
      memberCount: 1, memberNames: [expect.stringMatching(/^Mitglied 3 Müller/)], nextReportDue: '2025-05-31', overdueReportCount: 1, measureCount: 1,
      themeTitles: ['Wohnen'],
    });
    expect(await t.api.send('groups.list', { status: 'CLOSED' })).toEqual([]);
  });

  it('shows a group with its report dates, meetings, measures and the open tasks from its meetings', async () => {
    const groupMeeting = await meeting(t, groupId, '2025-04-08T10:00');
    await t.api.send('tasks.create', {
      source: 'GROUP_MEETING', meetingId: groupMeeting.meeting.id, title: 'Kurzabfrage an alle Rathäuser', ownerText: 'Koordinierungsstelle 1', dueDate: '2025-07-31',
    });
    const group = await t.api.send('groups.get', { id: groupId });
    expect(group.reportDues.map((d) => [d.dueDate, d.overdue])).toEqual([['2025-05-31', true], ['2025-09-30', false]]);
    expect(group.meetings.map((m) => m.startsAt)).toEqual(['2025-04-08T10:00']);
    expect(group.openTasks.map((x) => [x.title, x.source])).toEqual([['Kurzabfrage an alle Rathäuser', 'GROUP_MEETING']]);
    expect(await refusal(t.api.send('groups.get', { id: s.committeeId }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('report dates', () => {
  it('are added, changed, delivered and removed, each audited', async () => {
    const added = await t.api.send('groups.addReportDue', { committeeId: groupId, dueDate: '2025-11-15', topic: 'Abschlussbericht' });
    const due = added.reportDues.find((d) => d.dueDate === '2025-11-15')!;
    await t.api.send('groups.updateReportDue', { id: due.id, dueDate: '2025-11-20', topic: 'Abschlussbericht mit Maßnahmenvorschlägen' });
    const overdue = added.reportDues.find((d) => d.dueDate === '2025-05-31')!;
    const delivered = await t.api.send('groups.markDelivered', { id: overdue.id, deliveredOn: '2025-06-12', agendaItemId: s.itemIds[2] });
    expect(delivered.overdueReportCount).toBe(0);
    expect(delivered.reportDues.find((d) => d.id === overdue.id)).toMatchObject({ deliveredOn: '2025-06-12', deliveredAgendaItemId: s.itemIds[2], overdue: false });
    await t.api.send('groups.removeReportDue', { id: due.id });
    const db = inspectDatabase(t);
    expect(auditEntries(db, 'committee_report_dues').map((e) => e.action)).toEqual(['CREATE', 'CREATE', 'CREATE', 'UPDATE', 'UPDATE', 'DELETE']);
    db.close();
  });

  it('refuse a second due on the same day, a delivery in the future or twice, and removing a delivered report', async () => {
    const [first] = (await t.api.send('groups.get', { id: groupId })).reportDues;
    const db = inspectDatabase(t);
    const before = fingerprint(db);
    expect((await refusal(t.api.send('groups.addReportDue', { committeeId: groupId, dueDate: '2025-09-30' }))).issues)
      .toEqual([{ field: 'dueDate', message: 'Berichtstermin: Für den 30.09.2025 ist bereits ein Bericht eingetragen.' }]);
    expect((await refusal(t.api.send('groups.markDelivered', { id: first.id, deliveredOn: '2025-06-16' }))).issues)
      .toEqual([{ field: 'deliveredOn', message: 'Erstattet am: Darf nicht in der Zukunft liegen.' }]);
    expect((await refusal(t.api.send('groups.addReportDue', { committeeId: s.committeeId, dueDate: '2025-09-30' }))).issues[0].message)
      .toBe('Gruppe: „Lenkungsgruppe KI/KIM“ ist eine Lenkungsgruppe; Berichtstermine und Abschluss gelten für Projekt- und Arbeitsgruppen.');
    expect(fingerprint(db)).toEqual(before);
    db.close();
    await t.api.send('groups.markDelivered', { id: first.id, deliveredOn: '2025-06-01' });
    expect((await refusal(t.api.send('groups.markDelivered', { id: first.id, deliveredOn: '2025-06-02' }))).message)
      .toBe('Der Bericht zum 31.05.2025 ist bereits am 01.06.2025 erstattet worden.');
    expect((await refusal(t.api.send('groups.removeReportDue', { id: first.id }))).message)
      .toBe('Der Bericht zum 31.05.2025 wurde bereits erstattet und kann nicht gelöscht werden.');
  });
});

describe('closing a group', () => {
  it('records the end and the result, and is refused before the start or a second time', async () => {
    expect((await refusal(t.api.send('groups.close', { id: groupId, endDate: '2025-03-01', closingResult: 'Kachel freigeschaltet.' }))).issues)
      .toEqual([{ field: 'endDate', message: 'Ende: Darf nicht vor „Beginn“ (12.03.2025) liegen.' }]);
    const closed = await t.api.send('groups.close', { id: groupId, endDate: '2025-06-13', closingResult: 'Integreat-Kachel „Wohnen“ freigeschaltet.' });
    expect(closed).toMatchObject({ status: 'CLOSED', endDate: '2025-06-13', closingResult: 'Integreat-Kachel „Wohnen“ freigeschaltet.' });
    expect((await refusal(t.api.send('groups.close', { id: groupId, endDate: '2025-06-14', closingResult: 'Nochmal' }))).message)
      .toBe('„AG Wohnen“ ist bereits seit dem 13.06.2025 abgeschlossen.');
    expect((await refusal(t.api.send('groups.addReportDue', { committeeId: groupId, dueDate: '2025-12-01' }))).message)
      .toBe('„AG Wohnen“ ist abgeschlossen; neue Berichtstermine sind nicht mehr möglich.');
  });
});
