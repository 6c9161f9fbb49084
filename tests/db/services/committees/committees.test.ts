import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { auditEntries, inspectDatabase } from '../../../helpers/database';
import { backlogTopicsOf, meeting, person, organisation, steeringGroup } from '../meetings/fixture';

let t: TestCore;
beforeEach(async () => { t = await testCore({ now: '2025-06-15T10:00:00Z' }); });
afterEach(() => t.dispose());

describe('committees', () => {
  it('creates a committee of any kind with umlauts intact and shows it with the default rules when it has none', async () => {
    const ak = await t.api.send('committees.create', {
      kind: 'WORKING_CIRCLE', name: 'Arbeitskreis Antidiskriminierung – Öffnung der Regeldienste', status: 'ACTIVE',
      mandate: 'Empfehlungen für die Lenkungsgruppe erarbeiten', startDate: '2024-03-01',
    });
    const detail = await t.api.send('committees.get', { id: ak.id });
    expect(detail.committee).toMatchObject({ name: 'Arbeitskreis Antidiskriminierung – Öffnung der Regeldienste', kind: 'WORKING_CIRCLE' });
    expect(detail.rules).toEqual({
      id: null, version: null, adoptedOn: null, quorumRule: 'MORE_THAN_HALF', deputiesCount: true, noticePeriodDays: 14,
      decisionMode: 'CONSENSUS', meetingsPerYear: null, documentId: null, isDefault: true,
    });
    expect(detail.counts).toEqual({ currentMembers: 0, votingSeats: 0, meetings: 0, heldMeetings: 0, decisions: 0, openBacklogTopics: 0 });
  });

  it('replaces the whole record on update, so a field left out is cleared', async () => {
    const lg = await steeringGroup(t);
    const updated = await t.api.send('committees.update', {
      id: lg.id, kind: 'STEERING_GROUP', name: 'Lenkungsgruppe Kommunales Integrationsmanagement', status: 'ACTIVE', startDate: '2022-05-10',
    });
    expect(updated).toMatchObject({ name: 'Lenkungsgruppe Kommunales Integrationsmanagement', shortName: null });
  });

  it('refuses an end before the start and a closed group without an end date, naming the field', async () => {
    const base = { kind: 'PROJECT_GROUP', name: 'PG Wohnen', startDate: '2024-02-01' } as const;
    const early = await t.api.send('committees.create', { ...base, status: 'ACTIVE', endDate: '2024-01-31' }).catch((e) => e);
    expect(early.issues).toEqual([{ field: 'endDate', message: 'Ende: Darf nicht vor „Beginn“ (01.02.2024) liegen.' }]);
    const closed = await t.api.send('committees.create', { ...base, status: 'CLOSED' }).catch((e) => e);
    expect(closed.issues).toEqual([{ field: 'endDate', message: 'Ende: Bitte angeben, wenn das Gremium abgeschlossen ist.' }]);
    const planned = await t.api.send('committees.create', { ...base, status: 'ACTIVE', plannedEndDate: '2023-12-31' }).catch((e) => e);
    expect(planned.issues[0].field).toBe('plannedEndDate');
  });

  it('refuses a lead person that does not exist', async () => {
    const error = await t.api.send('committees.create', { kind: 'PROJECT_GROUP', name: 'PG Sprache', status: 'PLANNED', leadPersonId: 'gibt-es-nicht' })
      .catch((e) => e);
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ field: 'leadPersonId', message: 'Leitung (Person): Der gewählte Eintrag existiert nicht (mehr).' }] });
  });

  it('names lead person and organisation and counts current members, voting seats, meetings and open topics', async () => {
    const org = organisation(t, 'Abteilung 49 – Kommunales Bildungs- und Integrationszentrum');
    const lead = person(t, 'Dr. Jürgen Weiß', org);
    const lg = await t.api.send('committees.create', {
      kind: 'STEERING_GROUP', name: 'Lenkungsgruppe KI/KIM', status: 'ACTIVE', leadPersonId: lead, leadOrganisationId: org,
    });
    const seat = (role: 'VOTING' | 'CHAIR' | 'ADVISORY', extra: Record<string, unknown> = {}) =>
      t.api.send('memberships.create', { committeeId: lg.id, organisationId: org, role, validFrom: '2022-05-10', ...extra });
    await seat('CHAIR');
    await seat('VOTING');
    await seat('VOTING', { occasional: true });
    await seat('ADVISORY');
    await seat('VOTING', { validTo: '2024-12-31' });
    await meeting(t, lg.id, '2025-09-10T14:00');
    await t.api.send('backlogTopics.create', { committeeId: lg.id, title: 'Sprachkurse bei gesundheitlichen Einschränkungen' });

    const detail = await t.api.send('committees.get', { id: lg.id });
    expect(detail.leadPersonName).toBe('Dr. Jürgen Weiß');
    expect(detail.leadOrganisationName).toBe('Abteilung 49 – Kommunales Bildungs- und Integrationszentrum');
    // The occasional seat and the advisory seat are members but not counted as standing voting seats.
    expect(detail.counts).toEqual({ currentMembers: 4, votingSeats: 2, meetings: 1, heldMeetings: 0, decisions: 0, openBacklogTopics: 1 });
    expect(backlogTopicsOf(t, lg.id)).toHaveLength(1);
  });

  it('refuses to delete a committee that has meetings, and deletes one without, seats and rules included', async () => {
    const lg = await steeringGroup(t);
    await meeting(t, lg.id, '2025-09-10T14:00');
    const error = await t.api.send('committees.delete', { id: lg.id }).catch((e) => e);
    expect(error.code).toBe('REFERENCED');
    expect(error.message).toBe('Gremium „Lenkungsgruppe KI/KIM“ kann nicht gelöscht werden, weil noch darauf verwiesen wird: 1 Sitzung.');

    const pg = await t.api.send('committees.create', { kind: 'PROJECT_GROUP', name: 'PG Übergänge Schule–Beruf', status: 'PLANNED' });
    await t.api.send('memberships.create', { committeeId: pg.id, organisationId: organisation(t, 'Jobcenter EU-aktiv'), role: 'VOTING' });
    await t.api.send('rules.create', { committeeId: pg.id, version: '1' });
    await t.api.send('committees.delete', { id: pg.id });
    await expect(t.api.send('committees.get', { id: pg.id })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Gremium wurde nicht gefunden.' });
    const db = inspectDatabase(t);
    expect(auditEntries(db, 'committees').filter((e) => e.entityId === pg.id).map((e) => e.action)).toEqual(['CREATE', 'DELETE']);
    db.close();
  });
});
