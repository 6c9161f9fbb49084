import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { auditEntries, inspectDatabase } from '../../../helpers/database';
import { organisation, person, steeringGroup } from '../meetings/fixture';

let t: TestCore;
let lg: { id: string };
beforeEach(async () => {
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  lg = await steeringGroup(t);
});
afterEach(() => t.dispose());

const seat = (values: Record<string, unknown>) => t.api.send('memberships.create', { committeeId: lg.id, role: 'VOTING', validFrom: '2022-05-10', ...values } as never);

describe('the roster', () => {
  it('lists seats by category in the order of the Geschäftsordnung, then by seat with German sorting of umlauts', async () => {
    const org = organisation(t, 'Kreis Euskirchen');
    await seat({ seatLabel: 'Stadt Mechernich', category: 'MUNICIPALITY', organisationId: org });
    await seat({ seatLabel: 'Zentrale Dienste', category: 'INTERNAL', organisationId: org });
    await seat({ seatLabel: 'Ärztliche Leitung Gesundheitsamt', category: 'INTERNAL', organisationId: org });
    await seat({ seatLabel: 'Ausländerbehörde', category: 'INTERNAL', organisationId: org });
    await seat({ seatLabel: 'Gast ohne Gruppe', category: null, role: 'GUEST', organisationId: org });
    await seat({ seatLabel: 'Caritasverband für die Region Eifel e. V.', category: 'WELFARE', organisationId: org });
    await seat({ seatLabel: 'Agentur für Arbeit', category: 'EXTERNAL', organisationId: org });

    const rows = await t.api.send('memberships.list', { committeeId: lg.id });
    expect(rows.map((r) => r.seatLabel)).toEqual([
      'Ärztliche Leitung Gesundheitsamt', 'Ausländerbehörde', 'Zentrale Dienste',
      'Agentur für Arbeit', 'Caritasverband für die Region Eifel e. V.', 'Stadt Mechernich', 'Gast ohne Gruppe',
    ]);
  });

  it('resolves organisation, member and deputy names and keeps the occasional flag', async () => {
    const org = organisation(t, 'Deutsches Rotes Kreuz Kreisverband Euskirchen e. V.');
    const member = person(t, 'Bärbel Öztürk', org);
    const deputy = person(t, 'Jürgen Groß', org);
    await seat({ seatLabel: 'DRK', category: 'WELFARE', organisationId: org, personId: member, deputyPersonId: deputy, occasional: true });
    const [row] = await t.api.send('memberships.list', { committeeId: lg.id });
    expect(row).toMatchObject({
      organisationName: 'Deutsches Rotes Kreuz Kreisverband Euskirchen e. V.', personName: 'Bärbel Öztürk', deputyName: 'Jürgen Groß',
      role: 'VOTING', category: 'WELFARE', occasional: true, validFrom: '2022-05-10', validTo: null, current: true,
    });
  });

  it('refuses a seat with neither organisation nor member, a member deputising for themself, and an end before the start', async () => {
    const nobody = await seat({ seatLabel: 'Leer' }).catch((e) => e);
    expect(nobody.issues).toEqual([{ field: 'organisationId', message: 'Organisation: Bitte eine Organisation oder ein Mitglied angeben.' }]);
    const p = person(t, 'Anna Schäfer');
    const self = await seat({ personId: p, deputyPersonId: p }).catch((e) => e);
    expect(self.issues).toEqual([{ field: 'deputyPersonId', message: 'Vertretung: Ein Mitglied kann sich nicht selbst vertreten.' }]);
    const backwards = await seat({ personId: p, validTo: '2021-12-31' }).catch((e) => e);
    expect(backwards.issues[0].field).toBe('validTo');
  });

  it('ends a seat without deleting it: gone from today’s roster, kept in the history', async () => {
    const org = organisation(t, 'Schulaufsicht');
    const s = await seat({ seatLabel: 'Schulaufsicht', organisationId: org });
    await t.api.send('memberships.end', { id: s.id, validTo: '2025-03-31' });

    expect(await t.api.send('memberships.list', { committeeId: lg.id })).toEqual([]);
    const history = await t.api.send('memberships.list', { committeeId: lg.id, includeHistory: true });
    expect(history).toMatchObject([{ id: s.id, validTo: '2025-03-31', current: false }]);
    expect(await t.api.send('memberships.list', { committeeId: lg.id, on: '2025-03-31' })).toHaveLength(1);

    const again = await t.api.send('memberships.end', { id: s.id, validTo: '2025-05-31' }).catch((e) => e);
    expect(again).toMatchObject({ code: 'CONFLICT', message: 'Dieser Sitz ist bereits zum 31.03.2025 beendet.' });
  });

  it('refuses to end a seat before it began', async () => {
    const s = await seat({ seatLabel: 'Jobcenter', organisationId: organisation(t, 'Jobcenter EU-aktiv'), validFrom: '2025-02-01' });
    const early = await t.api.send('memberships.end', { id: s.id, validTo: '2025-01-31' }).catch((e) => e);
    expect(early).toMatchObject({ code: 'VALIDATION', issues: [{ field: 'validTo', message: 'Gültig bis: Darf nicht vor „Gültig ab“ (01.02.2025) liegen.' }] });
    expect(await t.api.send('memberships.list', { committeeId: lg.id })).toMatchObject([{ id: s.id, validTo: null }]);
  });

  it('hands a seat to a new holder: the old holder ends the day before, the seat, organisation, role and category carry on', async () => {
    const org = organisation(t, 'Stadt Mechernich');
    const former = person(t, 'Klaus Müller', org);
    const successor = person(t, 'Sabine Kürten', org);
    const deputy = person(t, 'Özlem Yıldız', org);
    const s = await seat({ seatLabel: 'Stadt Mechernich', category: 'MUNICIPALITY', organisationId: org, personId: former, deputyPersonId: deputy });

    const { ended, started } = await t.api.send('memberships.replaceHolder', { id: s.id, from: '2025-01-01', personId: successor });
    expect(ended).toMatchObject({ id: s.id, personId: former, validTo: '2024-12-31' });
    expect(started).toMatchObject({
      seatLabel: 'Stadt Mechernich', organisationId: org, role: 'VOTING', category: 'MUNICIPALITY', personId: successor,
      deputyPersonId: deputy, validFrom: '2025-01-01', validTo: null,
    });

    const onDate = async (on: string) => (await t.api.send('memberships.list', { committeeId: lg.id, on })).map((r) => r.personName);
    expect(await onDate('2024-12-31')).toEqual(['Klaus Müller']);
    expect(await onDate('2025-01-01')).toEqual(['Sabine Kürten']);

    const db = inspectDatabase(t);
    expect(auditEntries(db, 'committee_memberships').map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'CREATE']);
    db.close();
  });

  it('clears the deputy on a hand-over when asked to, and refuses a hand-over on or before the seat began', async () => {
    const org = organisation(t, 'Jobcenter EU-aktiv');
    const s = await seat({ organisationId: org, personId: person(t, 'A. Alt'), deputyPersonId: person(t, 'V. Vertretung') });
    const { started } = await t.api.send('memberships.replaceHolder', { id: s.id, from: '2025-02-01', personId: person(t, 'N. Neu'), deputyPersonId: null });
    expect(started.deputyPersonId).toBeNull();

    const tooEarly = await t.api.send('memberships.replaceHolder', { id: started.id, from: '2025-02-01', personId: person(t, 'Z. Zu früh') })
      .catch((e) => e);
    expect(tooEarly.issues).toEqual([{ field: 'from', message: 'Wechsel zum: Muss nach dem Beginn des Sitzes (01.02.2025) liegen.' }]);
  });

  it('refuses a hand-over after the seat has already ended, and writes nothing', async () => {
    const org = organisation(t, 'Agentur für Arbeit');
    const s = await seat({ organisationId: org, personId: person(t, 'Frühere Vertreterin'), validTo: '2023-12-31' });
    const error = await t.api.send('memberships.replaceHolder', { id: s.id, from: '2024-01-01', personId: person(t, 'Neuer Vertreter') })
      .catch((e) => e);
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'Dieser Sitz ist bereits zum 31.12.2023 beendet; bitte einen neuen Sitz anlegen.' });
    expect(await t.api.send('memberships.list', { committeeId: lg.id, includeHistory: true })).toHaveLength(1);
  });
});
