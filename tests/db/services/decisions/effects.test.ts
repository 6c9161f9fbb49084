import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { auditEntries, fingerprint, inspectDatabase, readRows } from '../../../helpers/database';
import { allPresent, insertRows, seedMeeting, type SeededMeeting } from '../../../helpers/seedMeeting';
import * as schema from '../../../../db/schema';
import { newId } from '../../../../db/domain/ids';

let t: TestCore;
let s: SeededMeeting;
let themeId: string;
let measureIds: string[];
beforeEach(async () => {
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  s = seedMeeting(t);
  themeId = newId();
  measureIds = [newId(), newId(), newId()];
  insertRows(t, [
    [schema.themes, { id: themeId, title: 'Wohnraum für Geflüchtete', status: 'PROPOSED' }],
    [schema.measures, { id: measureIds[0], themeId, title: 'Wohnraumbörse', status: 'PROPOSED' }],
    [schema.measures, { id: measureIds[1], themeId, title: 'Mietschuldenberatung', status: 'PROPOSED' }],
    [schema.measures, { id: measureIds[2], themeId, title: 'Sprachmittlerpool', status: 'IN_IMPLEMENTATION' }],
  ]);
  await t.api.send('attendance.set', { meetingId: s.meetingId, entries: allPresent(s) });
});
afterEach(() => t.dispose());

const refusal = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a refusal'); }, (e) => e);
const base = () => ({ agendaItemId: s.itemIds[1], text: 'Die Lenkungsgruppe beauftragt eine AG Wohnen.', type: 'COMMISSION_GROUP' as const, result: 'CONSENSUS' as const });
const group = {
  kind: 'WORKING_GROUP' as const, name: 'AG Wohnen', shortName: 'AG Wohnen', mandate: 'Konzept für Wohnraum bis Ende 2025 erarbeiten.',
  plannedEndDate: '2025-12-31', leadPersonId: null as string | null, reportDueDates: ['2025-11-15', '2025-09-10'],
};

describe('a decision that commissions a group', () => {
  it('creates the group, its report dates and the effect in the decision’s transaction', async () => {
    const d = await t.api.send('decisions.create', { ...base(), effects: { commissionGroup: { ...group, leadPersonId: s.voting[0].personId } } });
    const [committee] = readRows<Record<string, unknown>>(t.dataDir,
      'SELECT id, kind, name, status, start_date, planned_end_date, commissioned_by_decision_id, lead_person_id FROM committees WHERE name = ?', 'AG Wohnen');
    expect(committee).toMatchObject({
      kind: 'WORKING_GROUP', status: 'ACTIVE', start_date: '2025-06-12', planned_end_date: '2025-12-31',
      commissioned_by_decision_id: d.id, lead_person_id: s.voting[0].personId,
    });
    expect(readRows(t.dataDir, 'SELECT due_date, topic FROM committee_report_dues WHERE committee_id = ? ORDER BY due_date', committee.id)).toEqual([
      { due_date: '2025-09-10', topic: 'Sachstandsbericht an: Lenkungsgruppe KI/KIM' },
      { due_date: '2025-11-15', topic: 'Sachstandsbericht an: Lenkungsgruppe KI/KIM' },
    ]);
    expect(d.effects).toEqual([expect.objectContaining({
      effectType: 'COMMISSION_GROUP', targetType: 'COMMITTEE', targetId: committee.id, targetTitle: 'AG Wohnen', detail: 'Arbeitsgruppe „AG Wohnen“ beauftragt',
    })]);
    const db = inspectDatabase(t);
    expect(auditEntries(db, 'committees').map((e) => e.action)).toEqual(['CREATE']);
    expect(auditEntries(db, 'committee_report_dues')).toHaveLength(2);
    db.close();
  });

  it('refuses a report date before the decision and leaves nothing behind', async () => {
    const db = inspectDatabase(t);
    const before = fingerprint(db);
    const error = await refusal(t.api.send('decisions.create', { ...base(), effects: { commissionGroup: { ...group, reportDueDates: ['2025-09-10', '2025-05-01'] } } }));
    expect(error.issues).toEqual([{ field: 'effects.commissionGroup.reportDueDates.1', message: 'Berichtstermine: Der Termin 01.05.2025 liegt nicht nach dem Beschluss.' }]);
    expect(fingerprint(db)).toEqual(before);
    db.close();
  });

  it('refuses to commission a steering group and an unknown lead', async () => {
    const kind = await refusal(t.api.send('decisions.create', { ...base(), effects: { commissionGroup: { ...group, kind: 'STEERING_GROUP' as never } } }));
    expect(kind.issues[0]).toMatchObject({ field: 'effects.commissionGroup.kind', message: 'Art der Gruppe: Bitte einen gültigen Wert auswählen.' });
    const lead = await refusal(t.api.send('decisions.create', { ...base(), effects: { commissionGroup: { ...group, leadPersonId: 'gone' } } }));
    expect(lead.issues[0]).toEqual({ field: 'effects.commissionGroup.leadPersonId', message: 'Leitung (Person): Der gewählte Eintrag existiert nicht (mehr).' });
  });
});

describe('a decision that changes a theme’s status', () => {
  it('sets the status and writes a history row linked to the decision', async () => {
    const d = await t.api.send('decisions.create', { ...base(), type: 'PRIORITISE_THEMES', effects: { themeStatus: { themeId, status: 'PRIORITISED' } } });
    expect(readRows(t.dataDir, 'SELECT status FROM themes WHERE id = ?', themeId)).toEqual([{ status: 'PRIORITISED' }]);
    expect(readRows(t.dataDir, 'SELECT from_status, to_status, decision_id FROM theme_status_history WHERE theme_id = ?', themeId))
      .toEqual([{ from_status: 'PROPOSED', to_status: 'PRIORITISED', decision_id: d.id }]);
    expect(d.effects[0]).toMatchObject({ effectType: 'THEME_STATUS', targetTitle: 'Wohnraum für Geflüchtete', detail: '„Wohnraum für Geflüchtete“: der Lenkungsgruppe vorgelegt → priorisiert' });
  });

  it('refuses a status the theme already has and an unknown theme', async () => {
    const same = await refusal(t.api.send('decisions.create', { ...base(), effects: { themeStatus: { themeId, status: 'PROPOSED' } } }));
    expect(same.issues[0]).toEqual({
      field: 'effects.themeStatus.status', message: 'Neuer Status des Themas: Das Thema „Wohnraum für Geflüchtete“ ist bereits „der Lenkungsgruppe vorgelegt“.',
    });
    const unknown = await refusal(t.api.send('decisions.create', { ...base(), effects: { themeStatus: { themeId: 'nope', status: 'PRIORITISED' } } }));
    expect(unknown.issues[0].field).toBe('effects.themeStatus.themeId');
  });
});

describe('a decision that approves measures', () => {
  it('approves each measure and links it to the decision', async () => {
    const d = await t.api.send('decisions.create', { ...base(), type: 'APPROVE_MEASURE', effects: { approveMeasureIds: measureIds.slice(0, 2) } });
    expect(readRows(t.dataDir, 'SELECT status, approved_by_decision_id AS by FROM measures WHERE id IN (?, ?) ORDER BY title', ...measureIds.slice(0, 2)))
      .toEqual([{ status: 'APPROVED', by: d.id }, { status: 'APPROVED', by: d.id }]);
    expect(d.effects.map((e) => e.targetTitle)).toEqual(['Wohnraumbörse', 'Mietschuldenberatung']);
  });

  it('refuses a measure that is no longer proposed', async () => {
    const error = await refusal(t.api.send('decisions.create', { ...base(), effects: { approveMeasureIds: [measureIds[0], measureIds[2]] } }));
    expect(error.issues[0]).toEqual({
      field: 'effects.approveMeasureIds.1',
      message: 'Maßnahmen: „Sprachmittlerpool“ ist „in Umsetzung“; zustimmen kann man nur vorgeschlagenen Maßnahmen.',
    });
    expect(readRows(t.dataDir, 'SELECT status FROM measures WHERE id = ?', measureIds[0])).toEqual([{ status: 'PROPOSED' }]);
  });
});

describe('deleting a decision with effects', () => {
  it('takes back the group, the theme status and the approvals', async () => {
    const d = await t.api.send('decisions.create', {
      ...base(), effects: { commissionGroup: group, themeStatus: { themeId, status: 'ASSIGNED' }, approveMeasureIds: [measureIds[0]] },
    });
    await t.api.send('decisions.delete', { id: d.id });
    expect(readRows(t.dataDir, "SELECT count(*) AS n FROM committees WHERE name = 'AG Wohnen'")).toEqual([{ n: 0 }]);
    expect(readRows(t.dataDir, 'SELECT status FROM themes')).toEqual([{ status: 'PROPOSED' }]);
    expect(readRows(t.dataDir, 'SELECT count(*) AS n FROM theme_status_history')).toEqual([{ n: 0 }]);
    expect(readRows(t.dataDir, 'SELECT status, approved_by_decision_id AS by FROM measures WHERE id = ?', measureIds[0])).toEqual([{ status: 'PROPOSED', by: null }]);
    expect(readRows(t.dataDir, 'SELECT count(*) AS n FROM decision_effects')).toEqual([{ n: 0 }]);
  });

  it('refuses when the commissioned group already has members', async () => {
    const d = await t.api.send('decisions.create', { ...base(), effects: { commissionGroup: group } });
    const [{ id }] = readRows<{ id: string }>(t.dataDir, "SELECT id FROM committees WHERE name = 'AG Wohnen'");
    insertRows(t, [[schema.committeeMemberships, { id: newId(), committeeId: id, role: 'VOTING', organisationId: s.organisationId }]]);
    expect(await refusal(t.api.send('decisions.delete', { id: d.id }))).toMatchObject({
      code: 'CONFLICT',
      message: 'Der Beschluss kann nicht gelöscht werden: Für die beauftragte Gruppe „AG Wohnen“ sind bereits Mitglieder oder eine Geschäftsordnung erfasst.',
    });
  });

  it('refuses when the theme’s status was changed again since', async () => {
    const d = await t.api.send('decisions.create', { ...base(), effects: { themeStatus: { themeId, status: 'PRIORITISED' } } });
    await t.api.send('decisions.create', { ...base(), agendaItemId: s.itemIds[2], effects: { themeStatus: { themeId, status: 'ASSIGNED' } } });
    expect((await refusal(t.api.send('decisions.delete', { id: d.id }))).message)
      .toBe('Der Beschluss kann nicht gelöscht werden: Der Status des Themas „Wohnraum für Geflüchtete“ wurde seitdem erneut geändert.');
  });
});
