import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertRows } from '../../../helpers/seedMeeting';
import * as schema from '../../../../db/schema';
import { newId } from '../../../../db/domain/ids';
import { roundTableWorld, zuelpichRoundTable, type RoundTableWorld } from '../roundTables/fixture';

let w: RoundTableWorld;
beforeEach(async () => { w = await roundTableWorld('2025-06-15T10:00:00Z'); });
afterEach(() => w.dispose());

describe('municipalities.profile', () => {
  it('lists every format held there, planned ones marked, with the towns it was shared with', async () => {
    await w.t.api.send('roundTables.create', zuelpichRoundTable(w, { format: 'MUNICIPAL_TOUR', heldOn: '2022-09-20', title: 'Kommunentour Zülpich' }));
    await w.t.api.send('roundTables.create', zuelpichRoundTable(w, {
      format: 'DEVELOPMENT_CONFERENCE', heldOn: '2025-03-11', title: 'Entwicklungskonferenz Börde', municipalityIds: [w.municipality.zuelpich, w.municipality.kall, w.municipality.dahlem],
    }));
    await w.t.api.send('roundTables.create', zuelpichRoundTable(w, { heldOn: '2025-10-07', title: 'Runder Tisch Herbst', participants: [] }));
    await w.t.api.send('roundTables.create', zuelpichRoundTable(w, { format: 'EXCHANGE_FORUM', municipalityIds: [], countyWide: true, title: 'Austauschforum' }));
    const profile = await w.t.api.send('municipalities.profile', { id: w.municipality.zuelpich });
    expect(profile.municipality).toMatchObject({ name: 'Zülpich', status: 'STADT' });
    expect(profile.roundTables.map((r) => [r.title, r.format, r.planned, r.otherMunicipalityNames, r.headCount])).toEqual([
      ['Runder Tisch Herbst', 'ROUND_TABLE', true, '', 0],
      ['Entwicklungskonferenz Börde', 'DEVELOPMENT_CONFERENCE', false, 'Dahlem, Kall', 7],
      ['Kommunentour Zülpich', 'MUNICIPAL_TOUR', false, '', 7],
    ]);
    expect(profile).toMatchObject({ lastContactOn: '2025-03-11', nextPlannedOn: '2025-10-07', contactWarning: false, contactWarningMonths: 12 });
  });

  it('names the providers and CM posts responsible, themes and findings naming the town', async () => {
    const rt = await w.t.api.send('roundTables.create', zuelpichRoundTable(w));
    const theme = newId();
    insertRows(w.t, [
      [schema.themes, { id: theme, title: 'Wohnen – Wohnungssuche', status: 'ASSIGNED', fieldOfAction: 'HOUSING' }],
      [schema.findings, { id: newId(), roundTableId: rt.id, kind: 'INFORMATION_DEFICIT', description: 'Vermieter*innen kennen den WBS kaum.', themeId: theme }],
    ]);
    const profile = await w.t.api.send('municipalities.profile', { id: w.municipality.zuelpich });
    expect(profile.providers.map((p) => [p.providerName, p.posts.map((post) => post.label)])).toEqual([
      ['Deutsches Rotes Kreuz Kreisverband Euskirchen e. V.', ['CM DRK 1', 'CM DRK 2']],
      ['Katholische Jugendagentur Bonn gGmbH', ['CM KJA 1']],
    ]);
    expect(profile.themes).toEqual([expect.objectContaining({ title: 'Wohnen – Wohnungssuche', fieldOfActionLabel: 'Wohnen', findingCount: 1 })]);
    expect(profile.findings).toEqual([expect.objectContaining({ description: 'Vermieter*innen kennen den WBS kaum.', sourceTitle: 'Runder Tisch Integration Zülpich' })]);
    const dahlem = await w.t.api.send('municipalities.profile', { id: w.municipality.dahlem });
    expect(dahlem.providers.map((p) => p.providerShortName)).toEqual(['Caritas Eifel', 'KJA Bonn']);
    expect(dahlem).toMatchObject({ themes: [], findings: [], roundTables: [], lastContactOn: null, contactWarning: true });
  });

  it('counts round tables and agreements per quarter without gaps up to today, and per year', async () => {
    const spring = await w.t.api.send('roundTables.create', zuelpichRoundTable(w, { heldOn: '2024-05-14' }));
    await w.t.api.send('roundTables.create', zuelpichRoundTable(w, { heldOn: '2024-11-05' }));
    insertRows(w.t, [
      [schema.actionItems, { id: newId(), source: 'ROUND_TABLE', roundTableId: spring.id, title: 'A', ownerText: 'x', status: 'DONE', dueDate: '2024-09-30', completedOn: '2024-07-02' }],
      [schema.actionItems, { id: newId(), source: 'ROUND_TABLE', roundTableId: spring.id, title: 'B', ownerText: 'x', status: 'OPEN', dueDate: '2025-09-30' }],
    ]);
    const { activity } = await w.t.api.send('municipalities.profile', { id: w.municipality.zuelpich });
    expect(activity.quarters.map((q) => [q.key, q.roundTables, q.agreements, q.completed])).toEqual([
      ['2024-Q2', 1, 2, 0], ['2024-Q3', 0, 0, 1], ['2024-Q4', 1, 0, 0], ['2025-Q1', 0, 0, 0], ['2025-Q2', 0, 0, 0],
    ]);
    expect(activity.years.map((y) => [y.key, y.roundTables, y.agreements, y.completed])).toEqual([['2024', 2, 2, 1], ['2025', 0, 0, 0]]);
    expect((await w.t.api.send('municipalities.profile', { id: w.municipality.kall })).activity).toEqual({ quarters: [], years: [] });
  });

  it('reports an unknown municipality as not found', async () => {
    const error = await w.t.api.send('municipalities.profile', { id: 'gone' }).catch((e) => e);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'Kommune wurde nicht gefunden.' });
  });
});
