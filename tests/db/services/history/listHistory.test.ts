import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reconstructionInput, reconstructionWorld, SUMMARY } from '../reconstructions/fixture';
import { historyCore, type HistoryCore } from './historyCore';

let t: HistoryCore;
beforeEach(async () => { t = await historyCore('2025-06-15T08:00:00Z'); });
afterEach(() => t.dispose());

const changeLines = (changes: Array<{ label: string; beforeText: string; afterText: string }>) =>
  changes.map((c) => `${c.label}: ${c.beforeText} → ${c.afterText}`);

describe('history.list: who changed what when', () => {
  it('shows a creation with its values, each change as before → after, and a deletion with the last values', async () => {
    const town = await t.api.send('municipalities.create', { name: 'Zülpich', status: 'GEMEINDE' });
    await t.api.send('municipalities.update', { id: town.id, name: 'Zülpich', status: 'STADT', officialKey: '05366044', active: true });
    await t.api.send('municipalities.update', { id: town.id, name: 'Römerstadt Zülpich', status: 'STADT', officialKey: '05366044', active: false });
    await t.api.send('municipalities.delete', { id: town.id });

    const history = await t.api.send('history.list', { entity: 'municipalities', entityId: town.id });

    expect(history.map((h) => [h.at, h.actor, h.actionLabel])).toEqual([
      ['2025-06-15T08:00:00.000Z', 'koordination', 'angelegt'],
      ['2025-06-15T08:01:00.000Z', 'koordination', 'geändert'],
      ['2025-06-15T08:02:00.000Z', 'koordination', 'geändert'],
      ['2025-06-15T08:03:00.000Z', 'koordination', 'gelöscht'],
    ]);
    expect(changeLines(history[0].changes)).toEqual(['Name: – → Zülpich', 'Stadt/Gemeinde: – → Gemeinde', 'Aktiv: – → Ja']);
    expect(changeLines(history[1].changes)).toEqual(['Stadt/Gemeinde: Gemeinde → Stadt', 'Amtlicher Gemeindeschlüssel: – → 05366044']);
    expect(history[1].changes[0]).toMatchObject({ field: 'status', before: 'GEMEINDE', after: 'STADT' });
    expect(changeLines(history[2].changes)).toEqual(['Name: Zülpich → Römerstadt Zülpich', 'Aktiv: Ja → Nein']);
    expect(changeLines(history[3].changes)).toEqual([
      'Name: Römerstadt Zülpich → –', 'Stadt/Gemeinde: Stadt → –', 'Amtlicher Gemeindeschlüssel: 05366044 → –', 'Aktiv: Nein → –',
    ]);
  });

  it('names referenced records and shows dates and numbers the German way', async () => {
    const provider = await t.api.send('organisations.create', { name: 'DRK Kreisverband Euskirchen', kind: 'WELFARE_PROVIDER' });
    const holder = await t.api.send('persons.create', { name: 'Jörg Beispiel', organisationId: provider.id });
    const post = await t.api.send('posts.create', {
      label: 'CM Nord', fundingModule: 'B2_CASE_MANAGEMENT', kind: 'CASE_MANAGEMENT', fte: 0.75,
      hostOrganisationId: provider.id, holderPersonId: holder.id, status: 'FILLED', filledSince: '2024-04-01',
    });
    const { createdAt: _c, updatedAt: _u, ...fields } = post;
    await t.api.send('posts.update', { ...fields, fte: 1, holderPersonId: null, filledSince: null, status: 'VACANT' });

    const [created, changed] = await t.api.send('history.list', { entity: 'posts', entityId: post.id });

    expect(changeLines(created.changes)).toEqual(expect.arrayContaining([
      'Stellenanteil (VZÄ): – → 0,75', 'Anstellungsträger: – → DRK Kreisverband Euskirchen', 'Stelleninhaber*in: – → Jörg Beispiel',
      'Besetzung: – → besetzt', 'Besetzt seit: – → 01.04.2024', 'Baustein: – → Baustein 2 – Case Management',
    ]));
    expect(changeLines(changed.changes)).toEqual([
      'Stellenanteil (VZÄ): 0,75 → 1', 'Stelleninhaber*in: Jörg Beispiel → –', 'Besetzung: besetzt → unbesetzt', 'Besetzt seit: 01.04.2024 → –',
    ]);
  });

  it('fills in "before" when a service audited only the field it changed (agenda order)', async () => {
    const group = await t.api.send('committees.create', { kind: 'WORKING_GROUP', name: 'AG Wohnen', status: 'ACTIVE' });
    const { meeting, agenda } = await t.api.send('meetings.create', { committeeId: group.id, startsAt: '2025-09-10T14:00' });
    const first = agenda[0];
    await t.api.send('agenda.reorder', { meetingId: meeting.id, itemIds: [...agenda.slice(1), first].map((i) => i.id) });

    const history = await t.api.send('history.list', { entity: 'agenda_items', entityId: first.id });

    expect(history.map((h) => h.action)).toEqual(['CREATE', 'UPDATE']);
    expect(changeLines(history[1].changes)).toEqual([`Position: 1 → ${agenda.length}`]);
  });

  it('shows the office settings with their German field names', async () => {
    await t.api.send('setup.initialize', { officeName: 'Kommunales Integrationszentrum', demo: false });
    const settings = await t.api.send('settings.get', {});
    await t.api.send('settings.update', { ...settings, officeName: 'KI Kreis Euskirchen', backupKeep: 20 });

    const history = await t.api.send('history.list', { entity: 'settings', entityId: 'office' });

    expect(changeLines(history[1].changes)).toEqual([
      'Aufzubewahrende Sicherungen: 10 → 20', 'Name des Büros: Kommunales Integrationszentrum → KI Kreis Euskirchen',
    ]);
  });

  it('answers an unknown record with an empty history and an unknown kind of record with a German refusal', async () => {
    expect(await t.api.send('history.list', { entity: 'persons', entityId: 'gibt-es-nicht' })).toEqual([]);
    expect(await t.attempt('history.list', { entity: 'clients', entityId: 'x' })).toMatchObject({
      code: 'VALIDATION', message: 'Datenart: Bitte einen gültigen Wert auswählen.',
    });
  });
});

describe('history.list: a reconstruction’s case texts', () => {
  it('says that the case code, summary and justification changed, but never shows their words', async () => {
    const w = await reconstructionWorld(t);
    const { reconstruction: { id } } = await t.api.send('reconstructions.create', reconstructionInput(w));
    await t.api.send('reconstructions.update', {
      id, ...reconstructionInput(w, { summary: 'Neu gefasst: Begleitung zu Besichtigungen fehlte.', heldOn: '2025-05-30' }),
    });

    const history = await t.api.send('history.list', { entity: 'case_reconstructions', entityId: id });

    const text = JSON.stringify(history);
    for (const secret of [SUMMARY, 'Neu gefasst', 'DRK-25-031']) expect(text).not.toContain(secret);
    expect(changeLines(history[1].changes)).toEqual([
      'Datum: 28.05.2025 → 30.05.2025', 'Zusammenfassung: Text ausgeblendet → Text ausgeblendet', 'Löschen ab: 28.05.2027 → 30.05.2027',
    ]);
    expect(history[1].changes[1]).toMatchObject({ field: 'summary', before: null, after: null, hidden: true });
    expect(changeLines(history[0].changes)).toContain('Fallcode des Trägers: – → Text ausgeblendet');
  });
});
