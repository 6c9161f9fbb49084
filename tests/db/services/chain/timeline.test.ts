import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir, testCore, type TestCore } from '../../../helpers/core';
import { allPresent, seedMeeting } from '../../../helpers/seedMeeting';
import { markHeld, meeting } from '../meetings/fixture';
import { consensus, finding, municipality, reconstruction, roundTable } from '../themes/fixture';

let dataDir: string;
let t: TestCore;
/** The same office on another day, so each step is recorded when it happened. */
async function on(day: string) {
  t?.core.close();
  t = await testCore({ now: `${day}T10:00:00Z`, dataDir });
}
beforeEach(() => { dataDir = tempDir(); });
afterEach(() => {
  t.core.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('chain.timeline', () => {
  it('tells one theme’s story from the first finding to the last result, in order', async () => {
    await on('2024-10-02');
    const kall = await municipality(t, 'Kall', '05366024');
    const f1 = finding(t, { reconstructionId: reconstruction(t, { heldOn: '2024-10-01', municipalityId: kall }), description: 'Kein Ansprechpartner für Wohnungssuche' });
    const f2 = finding(t, {
      roundTableId: roundTable(t, { heldOn: '2024-11-20', title: 'Runder Tisch Integration Kall', municipalityIds: [kall] }),
      kind: 'GAP_IN_SERVICES', description: 'Vermieter*innen fehlt eine Ansprechperson',
    });

    await on('2024-12-02');
    const theme = await t.api.send('themes.create', { title: 'Wohnen', fieldOfAction: 'HOUSING', findingIds: [f1, f2] });
    const s = seedMeeting(t, { startsAt: '2025-01-15T14:00', status: 'PLANNED' });
    const item = await t.api.send('agenda.addItem', {
      meetingId: s.meetingId, title: 'Wohnen priorisieren', kind: 'DECISION', links: [{ targetType: 'THEME', targetId: theme.id }],
    });

    await on('2025-01-16');
    markHeld(t, s.meetingId);
    await t.api.send('attendance.set', { meetingId: s.meetingId, entries: allPresent(s) });
    await t.api.send('decisions.create', {
      ...consensus(item.id, 'PRIORITISE_THEMES', 'Das Thema Wohnen wird priorisiert.'), effects: { themeStatus: { themeId: theme.id, status: 'PRIORITISED' } },
    });

    await on('2025-03-13');
    const second = s.addMeeting({ startsAt: '2025-03-12T14:00', status: 'HELD', items: [{ title: 'Projektgruppe Wohnen', kind: 'DECISION' }] });
    await t.api.send('attendance.set', { meetingId: second.meetingId, entries: allPresent(s) });
    await t.api.send('decisions.create', {
      ...consensus(second.itemIds[0], 'COMMISSION_GROUP', 'Die Projektgruppe Wohnen wird eingesetzt.'),
      effects: {
        commissionGroup: { kind: 'PROJECT_GROUP', name: 'PG Wohnen', mandate: 'Maßnahmen zur Wohnungssuche vorschlagen.', reportDueDates: ['2025-06-01'] },
        themeStatus: { themeId: theme.id, status: 'ASSIGNED' },
      },
    });
    const group = (await t.api.send('themes.get', { id: theme.id })).assignedGroup!;
    const groupMeeting = await meeting(t, group.id, '2025-04-08T10:00');

    await on('2025-04-20');
    markHeld(t, groupMeeting.meeting.id);
    const { measure } = await t.api.send('measures.create', {
      themeId: theme.id, committeeId: group.id, title: 'Integreat-Kachel Wohnen', startDate: '2025-05-01', endDate: '2025-09-30',
      targetAgreement: 'Kachel in sechs Sprachen freigeschaltet.',
    });
    await t.api.send('themes.setStatus', { themeId: theme.id, status: 'MEASURES_PROPOSED' });

    await on('2025-06-13');
    const third = s.addMeeting({ startsAt: '2025-06-12T14:00', status: 'HELD', items: [{ title: 'Bericht und Maßnahmen PG Wohnen', kind: 'DECISION' }] });
    await t.api.send('attendance.set', { meetingId: third.meetingId, entries: allPresent(s) });
    await t.api.send('decisions.create', {
      ...consensus(third.itemIds[0], 'APPROVE_MEASURE', 'Der Integreat-Kachel wird zugestimmt.'),
      effects: { approveMeasureIds: [measure.id], themeStatus: { themeId: theme.id, status: 'APPROVED' } },
    });
    const [due] = (await t.api.send('groups.get', { id: group.id })).reportDues;
    await t.api.send('groups.markDelivered', { id: due.id, deliveredOn: '2025-06-12', agendaItemId: third.itemIds[0] });

    await on('2025-10-15');
    const fields = { themeId: theme.id, committeeId: group.id, title: measure.title, startDate: '2025-05-01', endDate: '2025-09-30' };
    await t.api.send('measures.update', { id: measure.id, ...fields, status: 'IN_IMPLEMENTATION' });
    await t.api.send('measures.update', { id: measure.id, ...fields, status: 'COMPLETED', result: 'Kachel mit 14 Beiträgen in sieben Sprachen freigeschaltet.' });

    const timeline = await t.api.send('chain.timeline', { themeId: theme.id });
    expect(timeline.map((e) => [e.date, e.kind, e.title])).toEqual([
      ['2024-10-01', 'RECONSTRUCTION', 'Fallrekonstruktion'],
      ['2024-10-01', 'FINDING', 'Erkenntnis: Schnittstelle'],
      ['2024-11-20', 'ROUND_TABLE', 'Runder Tisch Integration Kall'],
      ['2024-11-20', 'FINDING', 'Erkenntnis: Lücke im Angebot'],
      ['2024-12-02', 'STATUS', 'Status: gebündelt'],
      ['2024-12-02', 'STATUS', 'Status: der Lenkungsgruppe vorgelegt'],
      ['2025-01-15', 'AGENDA', 'Tagesordnung: „Wohnen priorisieren“'],
      ['2025-01-15', 'DECISION', 'Beschluss LG 2025/01 (Lenkungsgruppe KI/KIM)'],
      ['2025-01-15', 'STATUS', 'Status: priorisiert'],
      ['2025-03-12', 'DECISION', 'Beschluss LG 2025/02 (Lenkungsgruppe KI/KIM)'],
      ['2025-03-12', 'STATUS', 'Status: beauftragt'],
      ['2025-03-12', 'GROUP', 'Projektgruppe „PG Wohnen“ eingesetzt'],
      ['2025-04-08', 'GROUP_MEETING', 'PG Wohnen: 1. Sitzung'],
      ['2025-04-20', 'STATUS', 'Status: Maßnahmen vorgeschlagen'],
      ['2025-05-01', 'MEASURE', 'Maßnahme „Integreat-Kachel Wohnen“'],
      ['2025-06-12', 'DECISION', 'Beschluss LG 2025/03 (Lenkungsgruppe KI/KIM)'],
      ['2025-06-12', 'STATUS', 'Status: beschlossen'],
      ['2025-06-12', 'GROUP', 'Bericht von „PG Wohnen“ erstattet'],
      ['2025-09-30', 'RESULT', 'Ergebnis: „Integreat-Kachel Wohnen“'],
    ]);
    expect(timeline[0]).toMatchObject({ detail: 'Kall · Fall aus: KIM-Case-Management · 1 Erkenntnis', ref: { type: 'RECONSTRUCTION' } });
    expect(timeline[8].detail).toBe('vorher: der Lenkungsgruppe vorgelegt · Beschluss LG 2025/01');
    expect(timeline.at(-1)).toMatchObject({ detail: 'Kachel mit 14 Beiträgen in sieben Sprachen freigeschaltet.', ref: { type: 'MEASURE', id: measure.id } });
  });

  it('includes the history of themes merged into it', async () => {
    await on('2025-02-01');
    const a = await t.api.send('themes.create', { title: 'Wohnen', findingIds: [] });
    const b = await t.api.send('themes.create', { title: 'Wohnungssuche', findingIds: [finding(t, { description: 'Wohnungsbörse fehlt' })] });
    await t.api.send('themes.merge', { sourceThemeIds: [b.id], targetThemeId: a.id });
    const timeline = await t.api.send('chain.timeline', { themeId: a.id });
    expect(timeline.filter((e) => e.kind === 'STATUS').map((e) => [e.title, e.detail])).toEqual([
      ['Status: erkannt', null],
      ['Status: erkannt', 'Thema „Wohnungssuche“ · Angelegt aus einer Erkenntnis'],
      ['Status: abgeschlossen', 'Thema „Wohnungssuche“ · vorher: erkannt · Mit dem Thema „Wohnen“ zusammengeführt'],
    ]);
    expect(timeline.filter((e) => e.kind === 'FINDING')).toHaveLength(1);
    await expect(t.api.send('chain.timeline', { themeId: 'fehlt' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Generatives Thema wurde nicht gefunden.' });
  });
});
