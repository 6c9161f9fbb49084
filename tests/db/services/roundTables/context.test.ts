import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertRows } from '../../../helpers/seedMeeting';
import * as schema from '../../../../db/schema';
import { newId } from '../../../../db/domain/ids';
import { roundTableWorld, zuelpichRoundTable, type RoundTableWorld } from './fixture';

let w: RoundTableWorld;
beforeEach(async () => { w = await roundTableWorld('2025-06-15T10:00:00Z'); });
afterEach(() => w.dispose());

describe('roundTables.context', () => {
  it('names the providers responsible today, county-wide ones included, with their CM posts', async () => {
    const context = await w.t.api.send('roundTables.context', { municipalityIds: [w.municipality.zuelpich] });
    expect(context.providers.map((p) => [p.providerShortName, p.countyWide])).toEqual([['DRK KV Euskirchen', false], ['KJA Bonn', true]]);
    const [drk, kja] = context.providers;
    expect(drk.assignments).toEqual([expect.objectContaining({ municipalityName: 'Zülpich', targetGroup: 'ADULTS_18_PLUS' })]);
    expect(drk.posts).toEqual([
      expect.objectContaining({ label: 'CM DRK 1', status: 'FILLED', holderName: 'Önder Yılmaz' }),
      expect.objectContaining({ label: 'CM DRK 2', status: 'VACANT', holderName: null }),
    ]);
    expect(kja.assignments).toEqual([expect.objectContaining({ municipalityId: null, countyWide: true, targetGroup: 'YOUNG_6_27' })]);
    // Caritas was responsible for Zülpich until 2024 only.
    expect(context.providers.some((p) => p.providerOrganisationId === w.org.caritas)).toBe(false);
  });

  it('offers the open agreements of earlier round tables there, but not done ones or those of other towns', async () => {
    const earlier = await w.t.api.send('roundTables.create', zuelpichRoundTable(w, { heldOn: '2024-06-18' }));
    const kall = await w.t.api.send('roundTables.create', zuelpichRoundTable(w, { title: 'Runder Tisch Kall', municipalityIds: [w.municipality.kall] }));
    const agree = (roundTableId: string, title: string, status = 'OPEN') => w.t.api.send('tasks.create', {
      source: 'ROUND_TABLE', roundTableId, title, ownerOrganisationId: w.org.drk, dueDate: '2025-03-31', status: status as 'OPEN',
      delayReason: status === 'DEFERRED' ? 'Haushaltssperre' : null,
    });
    await agree(earlier.id, 'Vermieterabend vorbereiten');
    await agree(earlier.id, 'Sprechstunde prüfen', 'DEFERRED');
    await agree(earlier.id, 'Kontaktliste verteilen', 'DONE');
    await agree(kall.id, 'Sprechstunde Kall');
    const context = await w.t.api.send('roundTables.context', { municipalityIds: [w.municipality.zuelpich] });
    expect(context.openAgreements.map((a) => [a.title, a.overdue])).toEqual([['Sprechstunde prüfen', false], ['Vermieterabend vorbereiten', true]]);
    const editing = await w.t.api.send('roundTables.context', { municipalityIds: [w.municipality.zuelpich], excludeRoundTableId: earlier.id });
    expect(editing.openAgreements).toEqual([]);
    const both = await w.t.api.send('roundTables.context', { municipalityIds: [w.municipality.zuelpich, w.municipality.kall] });
    expect(both.openAgreements).toHaveLength(3);
  });

  it('shows themes and findings naming the municipalities, from reconstructions and round tables', async () => {
    const rt = await w.t.api.send('roundTables.create', zuelpichRoundTable(w, { heldOn: '2024-06-18' }));
    const housing = newId();
    const merged = newId();
    const language = newId();
    const reconstruction = newId();
    const otherTown = newId();
    insertRows(w.t, [
      [schema.themes, { id: housing, title: 'Wohnen – Wohnungssuche', status: 'PRIORITISED' }],
      [schema.themes, { id: merged, title: 'Vermieteransprache', status: 'CONSOLIDATED', mergedIntoThemeId: housing }],
      [schema.themes, { id: language, title: 'Sprachkurse mit Kinderbetreuung', status: 'IDENTIFIED' }],
      [schema.caseReconstructions, { id: reconstruction, heldOn: '2025-02-11', format: 'MINI', caseSource: 'KIM_CM', municipalityId: w.municipality.zuelpich }],
      [schema.caseReconstructions, { id: otherTown, heldOn: '2025-03-11', format: 'FULL', caseSource: 'ABH', municipalityId: w.municipality.kall }],
      [schema.findings, { id: newId(), roundTableId: rt.id, kind: 'INFORMATION_DEFICIT', description: 'Vermieter*innen kennen den WBS kaum.', themeId: merged }],
      [schema.findings, { id: newId(), reconstructionId: reconstruction, kind: 'GAP_IN_SERVICES', description: 'Kein bezahlbarer Wohnraum.', themeId: housing }],
      [schema.findings, { id: newId(), reconstructionId: otherTown, kind: 'ACCESS_BARRIER', description: 'Kurs nur in Euskirchen.', themeId: language }],
    ]);
    const context = await w.t.api.send('roundTables.context', { municipalityIds: [w.municipality.zuelpich] });
    expect(context.findings.map((f) => [f.sourceType, f.sourceDate, f.themeTitle, f.municipalityNames])).toEqual([
      ['RECONSTRUCTION', '2025-02-11', 'Wohnen – Wohnungssuche', 'Zülpich'],
      ['ROUND_TABLE', '2024-06-18', 'Wohnen – Wohnungssuche', 'Zülpich'],
    ]);
    expect(context.findings[1].sourceTitle).toBe('Runder Tisch Integration Zülpich');
    expect(context.themes).toEqual([expect.objectContaining({ id: housing, findingCount: 2, lastFindingOn: '2025-02-11', status: 'PRIORITISED' })]);
    const kall = await w.t.api.send('roundTables.context', { municipalityIds: [w.municipality.kall] });
    expect(kall.themes.map((t) => t.title)).toEqual(['Sprachkurse mit Kinderbetreuung']);
  });

  it('gives the last contact per municipality, with the warning for those not visited', async () => {
    await w.t.api.send('roundTables.create', zuelpichRoundTable(w, { heldOn: '2025-05-05' }));
    await w.t.api.send('roundTables.create', zuelpichRoundTable(w, { heldOn: '2025-09-01', title: 'Geplanter Runder Tisch' }));
    const context = await w.t.api.send('roundTables.context', { municipalityIds: [w.municipality.kall, w.municipality.zuelpich] });
    expect(context.contacts).toEqual([
      { municipalityId: w.municipality.kall, name: 'Kall', lastContactOn: null, contactWarning: true },
      { municipalityId: w.municipality.zuelpich, name: 'Zülpich', lastContactOn: '2025-05-05', contactWarning: false },
    ]);
    expect(context.lastContactOn).toBe('2025-05-05');
  });

  it('for a county-wide round table without municipalities shows the county-wide providers only', async () => {
    const context = await w.t.api.send('roundTables.context', { municipalityIds: [] });
    expect(context.providers.map((p) => p.providerShortName)).toEqual(['KJA Bonn']);
    expect(context).toMatchObject({ openAgreements: [], themes: [], findings: [], contacts: [], lastContactOn: null });
  });
});
