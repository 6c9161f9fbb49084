import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { fingerprint, inspectDatabase } from '../../../helpers/database';
import { rows, steeringGroup, meeting } from '../meetings/fixture';
import { finding, municipality, reconstruction, refusal, roundTable } from './fixture';

let t: TestCore;
beforeEach(async () => { t = await testCore({ now: '2025-06-15T10:00:00Z' }); });
afterEach(() => t.dispose());

/** Five findings from three cases and a round table across three municipalities. */
async function evidence() {
  const [kall, zuelpich, schleiden] = [
    await municipality(t, 'Kall', '05366024'), await municipality(t, 'Zülpich', '05366044'), await municipality(t, 'Schleiden', '05366032'),
  ];
  const cases = [
    reconstruction(t, { heldOn: '2024-10-01', municipalityId: kall }),
    reconstruction(t, { heldOn: '2024-11-05', municipalityId: zuelpich }),
    reconstruction(t, { heldOn: '2025-01-20', municipalityId: null, format: 'MINI' }),
  ];
  const rt = roundTable(t, { heldOn: '2025-02-12', title: 'Runder Tisch Schleiden', municipalityIds: [schleiden] });
  return [
    finding(t, { reconstructionId: cases[0] }), finding(t, { reconstructionId: cases[0], kind: 'GAP_IN_SERVICES' }),
    finding(t, { reconstructionId: cases[1] }), finding(t, { reconstructionId: cases[2], kind: 'PROCESS_BARRIER' }),
    finding(t, { roundTableId: rt, kind: 'INFORMATION_DEFICIT' }),
  ];
}

const findingsOf = async (themeId: string) => (await t.api.send('themes.get', { id: themeId })).findings.map((f) => f.id).sort();

describe('merging and splitting themes', () => {
  it('keeps every finding: merge three themes, then split one off again', async () => {
    const f = await evidence();
    const housing = await t.api.send('themes.create', { title: 'Wohnen', findingIds: [f[0], f[1]] });
    const search = await t.api.send('themes.create', { title: 'Wohnungssuche', findingIds: [f[2]] });
    const landlords = await t.api.send('themes.create', { title: 'Vermieteransprache', findingIds: [f[3], f[4]] });

    const merged = await t.api.send('themes.merge', { sourceThemeIds: [search.id, landlords.id], targetThemeId: housing.id });
    expect(merged.findings.map((x) => x.id).sort()).toEqual([...f].sort());
    expect(merged.evidence).toMatchObject({ findingCount: 5, caseCount: 3, roundTableCount: 1, municipalityNames: ['Kall', 'Schleiden', 'Zülpich'] });
    expect(merged.mergedFrom.map((m) => m.title)).toEqual(['Vermieteransprache', 'Wohnungssuche']);
    for (const source of [search, landlords]) {
      const closed = await t.api.send('themes.get', { id: source.id });
      expect(closed).toMatchObject({ status: 'CLOSED', mergedIntoThemeId: housing.id, mergedInto: { title: 'Wohnen' }, allowedTransitions: [] });
      expect(closed.history.at(-1)).toMatchObject({ toStatus: 'CLOSED', note: 'Mit dem Thema „Wohnen“ zusammengeführt' });
    }

    const { source, created } = await t.api.send('themes.split', {
      themeId: housing.id, newTheme: { title: 'Vermieteransprache', fieldOfAction: 'HOUSING', priority: 'MEDIUM' }, findingIds: [f[3], f[4]],
    });
    expect([...source.findings, ...created.findings].map((x) => x.id).sort()).toEqual([...f].sort());
    expect(source.evidence.findingCount + created.evidence.findingCount).toBe(5);
    expect(created).toMatchObject({ status: 'CONSOLIDATED', evidence: { caseCount: 1, roundTableCount: 1, municipalityNames: ['Schleiden'] } });
    expect(created.history).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'CONSOLIDATED', note: 'Abgespalten vom Thema „Wohnen“' })]);
    expect(rows(t, 'SELECT count(*) AS n FROM findings WHERE theme_id IS NULL')).toEqual([{ n: 0 }]);
    expect(await findingsOf(housing.id)).toEqual([f[0], f[1], f[2]].sort());
  });

  it('moves measures and agenda links to the target, keeping one link where an item named both themes', async () => {
    const a = await t.api.send('themes.create', { title: 'Wohnen', findingIds: [] });
    const b = await t.api.send('themes.create', { title: 'Wohnungssuche', findingIds: [] });
    const measure = await t.api.send('measures.create', { themeId: b.id, title: 'Leitfaden Wohnungssuche' });
    const lg = await steeringGroup(t);
    const m = await meeting(t, lg.id, '2025-09-10T14:00');
    const both = await t.api.send('agenda.addItem', {
      meetingId: m.meeting.id, title: 'Wohnen', kind: 'DECISION', links: [{ targetType: 'THEME', targetId: a.id }, { targetType: 'THEME', targetId: b.id }],
    });
    const onlyB = await t.api.send('agenda.addItem', { meetingId: m.meeting.id, title: 'Wohnungssuche', kind: 'INFO', links: [{ targetType: 'THEME', targetId: b.id }] });

    const merged = await t.api.send('themes.merge', { sourceThemeIds: [b.id], targetThemeId: a.id });
    expect(merged.measures.map((x) => x.id)).toEqual([measure.measure.id]);
    expect(merged.agendaItems.map((x) => x.id).sort()).toEqual([both.id, onlyB.id].sort());
    expect(rows(t, "SELECT agenda_item_id AS item, target_id AS theme FROM agenda_item_links WHERE target_type = 'THEME' ORDER BY item"))
      .toEqual([{ item: both.id, theme: a.id }, { item: onlyB.id, theme: a.id }].sort((x, y) => x.item.localeCompare(y.item)));
  });

  it('refuses merging a theme into itself, twice, or once it was merged, and writes nothing', async () => {
    const a = await t.api.send('themes.create', { title: 'Wohnen', findingIds: [] });
    const b = await t.api.send('themes.create', { title: 'Wohnungssuche', findingIds: [] });
    const c = await t.api.send('themes.create', { title: 'Unterkünfte', findingIds: [] });
    await t.api.send('themes.merge', { sourceThemeIds: [c.id], targetThemeId: a.id });
    const db = inspectDatabase(t);
    const before = fingerprint(db);
    const issue = async (input: { sourceThemeIds: string[]; targetThemeId: string }) => (await refusal(t.api.send('themes.merge', input))).issues[0];
    expect(await issue({ sourceThemeIds: [a.id], targetThemeId: a.id }))
      .toEqual({ field: 'sourceThemeIds.0', message: 'Zusammenzuführende Themen: Das Zielthema „Wohnen“ kann nicht mit sich selbst zusammengeführt werden.' });
    expect(await issue({ sourceThemeIds: [b.id, b.id], targetThemeId: a.id }))
      .toEqual({ field: 'sourceThemeIds.1', message: 'Zusammenzuführende Themen: Ein Thema ist doppelt angegeben.' });
    expect(await issue({ sourceThemeIds: [c.id], targetThemeId: b.id })).toEqual({
      field: 'sourceThemeIds.0', message: 'Zusammenzuführende Themen: „Unterkünfte“ wurde mit dem Thema „Wohnen“ zusammengeführt; bitte dort weiterarbeiten.',
    });
    expect(fingerprint(db)).toEqual(before);
    db.close();
  });

  it('points themes merged earlier at the final target when their target is merged in turn', async () => {
    const [a, b, c] = await Promise.all(['Wohnen', 'Wohnungssuche', 'Unterkünfte'].map((title) => t.api.send('themes.create', { title, findingIds: [] })));
    await t.api.send('themes.merge', { sourceThemeIds: [c.id], targetThemeId: b.id });
    await t.api.send('themes.merge', { sourceThemeIds: [b.id], targetThemeId: a.id });
    expect((await t.api.send('themes.get', { id: c.id })).mergedIntoThemeId).toBe(a.id);
    expect((await t.api.send('themes.get', { id: a.id })).mergedFrom.map((m) => m.title)).toEqual(['Unterkünfte', 'Wohnungssuche']);
  });

  it('refuses a split that would leave the theme without evidence or takes another theme’s finding', async () => {
    const f = await evidence();
    const a = await t.api.send('themes.create', { title: 'Wohnen', findingIds: [f[0], f[1]] });
    await t.api.send('themes.create', { title: 'Anderes', findingIds: [f[2]] });
    const split = (findingIds: string[]) => refusal(t.api.send('themes.split', { themeId: a.id, newTheme: { title: 'Neu' }, findingIds }));
    expect((await split([f[0], f[1]])).issues).toEqual([{ field: 'findingIds', message: 'Erkenntnisse: Mindestens eine Erkenntnis muss beim Thema „Wohnen“ bleiben.' }]);
    expect((await split([f[0], f[2]])).issues).toEqual([{ field: 'findingIds.1', message: 'Erkenntnisse: Eine der Erkenntnisse gehört nicht zum Thema „Wohnen“.' }]);
    expect(await findingsOf(a.id)).toEqual([f[0], f[1]].sort());
  });

  it('takes the chosen measures along when splitting', async () => {
    const f = await evidence();
    const a = await t.api.send('themes.create', { title: 'Wohnen', findingIds: [f[0], f[1], f[2]] });
    const keep = await t.api.send('measures.create', { themeId: a.id, title: 'Integreat-Kachel' });
    const move = await t.api.send('measures.create', { themeId: a.id, title: 'Vermieterfrühstück' });
    const { source, created } = await t.api.send('themes.split', {
      themeId: a.id, newTheme: { title: 'Vermieteransprache' }, findingIds: [f[2]], measureIds: [move.measure.id],
    });
    expect(source.measures.map((m) => m.title)).toEqual([keep.measure.title]);
    expect(created).toMatchObject({ status: 'IDENTIFIED', measures: [{ id: move.measure.id }] });
  });
});
