import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { roundTableWorld, zuelpichRoundTable, type RoundTableWorld } from './fixture';

/**
 * The story, at the API: a round table in Zülpich on 10.06.2025 with three agreements; one is completed
 * on 20.06.2025, one becomes overdue when the clock reaches 10.07.2025; the municipality page and the overview
 * show it, and the contact warning appears when more than twelve months have passed.
 */
let w: RoundTableWorld;
let roundTableId: string;
const ids: Record<'flyer' | 'consultation' | 'volunteers', string> = { flyer: '', consultation: '', volunteers: '' };

beforeEach(async () => {
  w = await roundTableWorld('2025-06-10T16:00:00Z');
  roundTableId = (await w.t.api.send('roundTables.create', zuelpichRoundTable(w))).id;
  const agree = async (title: string, dueDate: string, owner: Record<string, string>) => (await w.t.api.send('tasks.create', {
    source: 'ROUND_TABLE', roundTableId, title, dueDate, ...owner,
  })).id;
  ids.flyer = await agree('Infoblatt für Vermieter*innen entwerfen', '2025-07-31', { ownerOrganisationId: w.org.drk });
  ids.consultation = await agree('CM-Sprechstunde im Rathaus einrichten', '2025-06-30', { ownerPersonId: w.person.clerk });
  ids.volunteers = await agree('Ehrenamtliche Begleitungen mit dem CM abstimmen', '2025-09-30', { ownerText: 'Flüchtlingshilfe Zülpich' });
});
afterEach(() => w.dispose());

async function complete(id: string) {
  const task = await w.t.api.send('tasks.get', { id });
  return w.t.api.send('tasks.update', {
    id, source: 'ROUND_TABLE', roundTableId, title: task.title, ownerOrganisationId: task.ownerOrganisationId, ownerPersonId: task.ownerPersonId,
    ownerText: task.ownerText, dueDate: task.dueDate, status: 'DONE',
  });
}

const zuelpichRow = async () => (await w.t.api.send('roundTables.overview')).rows.find((r) => r.name === 'Zülpich')!;

describe('agreements of a round table over time', () => {
  it('shows completed, overdue and open agreements on the municipality page once the clock has moved on', async () => {
    await w.reopen('2025-06-20T09:00:00Z');
    expect((await complete(ids.flyer)).completedOn).toBe('2025-06-20');
    await w.t.api.send('tasks.addNote', { id: ids.volunteers, text: 'Erstes Treffen mit der Flüchtlingshilfe vereinbart.' });

    await w.reopen('2025-07-10T09:00:00Z');
    const profile = await w.t.api.send('municipalities.profile', { id: w.municipality.zuelpich });
    expect(profile.today).toBe('2025-07-10');
    expect(profile.agreements.completed.map((a) => a.id)).toEqual([ids.flyer]);
    expect(profile.agreements.overdue).toEqual([expect.objectContaining({ id: ids.consultation, daysOverdue: 10, ownerName: 'Jürgen Müller' })]);
    expect(profile.agreements.open).toEqual([expect.objectContaining({ id: ids.volunteers, overdue: false, ownerName: 'Flüchtlingshilfe Zülpich' })]);
    expect(profile.lastContactOn).toBe('2025-06-10');
    expect(profile.contactWarning).toBe(false);
    expect(profile.roundTables).toEqual([expect.objectContaining({ id: roundTableId, headCount: 7, agreementCount: 3, openAgreementCount: 2, planned: false })]);

    const row = await zuelpichRow();
    expect(row).toMatchObject({
      roundTableCount: 1, roundTablesByYear: { 2025: 1 }, overdue: 1, medianDaysToComplete: 10, contactWarning: false, daysSinceContact: 30,
      agreements: { OPEN: 2, DONE: 1, total: 3 },
    });
    expect(row.completionRate).toBeCloseTo(1 / 3);
  });

  it('leaves discarded agreements out of the completion rate', async () => {
    await w.reopen('2025-06-20T09:00:00Z');
    await complete(ids.flyer);
    const volunteers = await w.t.api.send('tasks.get', { id: ids.volunteers });
    await w.t.api.send('tasks.update', {
      id: ids.volunteers, source: 'ROUND_TABLE', roundTableId, title: volunteers.title, ownerText: volunteers.ownerText, dueDate: volunteers.dueDate,
      status: 'DISCARDED',
    });
    const row = await zuelpichRow();
    expect(row.agreements).toMatchObject({ DONE: 1, DISCARDED: 1, OPEN: 1, total: 3 });
    expect(row.completionRate).toBe(0.5);
  });

  it('warns once the last contact lies more than the configured months back', async () => {
    await w.reopen('2026-06-10T09:00:00Z');
    expect((await zuelpichRow()).contactWarning).toBe(false);
    await w.reopen('2026-06-11T09:00:00Z');
    expect((await zuelpichRow()).contactWarning).toBe(true);
    expect((await w.t.api.send('municipalities.profile', { id: w.municipality.zuelpich })).contactWarning).toBe(true);

    await w.reopen('2025-12-11T09:00:00Z');
    expect((await zuelpichRow()).contactWarning).toBe(false);
    const settings = await w.t.api.send('settings.get');
    await w.t.api.send('settings.update', { ...settings, contactWarningMonths: 6 });
    const overview = await w.t.api.send('roundTables.overview');
    expect(overview.contactWarningMonths).toBe(6);
    expect(overview.rows.find((r) => r.name === 'Zülpich')!.contactWarning).toBe(true);
  });

  it('lists the agreements of one municipality through tasks.list', async () => {
    const other = await w.t.api.send('roundTables.create', zuelpichRoundTable(w, { title: 'Runder Tisch Kall', municipalityIds: [w.municipality.kall] }));
    await w.t.api.send('tasks.create', { source: 'ROUND_TABLE', roundTableId: other.id, title: 'Sprechstunde Kall', ownerOrganisationId: w.org.drk });
    const zuelpich = await w.t.api.send('tasks.list', { municipalityId: w.municipality.zuelpich, status: 'ALL' });
    expect(zuelpich.map((t) => t.id).sort()).toEqual(Object.values(ids).sort());
    expect((await w.t.api.send('tasks.list', { municipalityId: w.municipality.kall })).map((t) => t.title)).toEqual(['Sprechstunde Kall']);
    expect(await w.t.api.send('tasks.list', { municipalityId: w.municipality.dahlem })).toEqual([]);
  });
});
