import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { insertRows, seedMeeting } from '../../../helpers/seedMeeting';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../../../../db/schema';
import { newId } from '../../../../db/domain/ids';
import { median } from '../../../../db/services/chain/leadTimes';
import { finding, reconstruction, roundTable } from '../themes/fixture';

type Row = [SQLiteTable, Record<string, unknown>];
let t: TestCore;
const ids = { housing: newId(), search: newId(), merged: newId(), health: newId(), empty: newId() };

/**
 * Two housing themes (one through to a completed measure, one decided only, with evidence from a theme merged into
 * it), a health theme with a finding only, and a theme without findings. Dates are set as rows, so each span is known.
 */
beforeEach(async () => {
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  const s = seedMeeting(t, { startsAt: '2024-03-01T14:00', status: 'HELD' });
  const june = s.addMeeting({ startsAt: '2024-06-01T14:00', status: 'HELD' });
  const december = s.addMeeting({ startsAt: '2024-12-01T14:00', status: 'HELD' });
  const [d1, d2, d3] = [newId(), newId(), newId()];
  const decision = (id: string, meetingId: string, decidedOn: string) =>
    [schema.decisions, { id, meetingId, text: 'Beschluss', type: 'PRIORITISE_THEMES', result: 'CONSENSUS', decidedOn }] as Row;
  const theme = (id: string, title: string, status: string, fieldOfAction: string | null, mergedIntoThemeId: string | null = null) =>
    [schema.themes, { id, title, status, fieldOfAction, mergedIntoThemeId }] as Row;
  const change = (themeId: string, fromStatus: string | null, toStatus: string, changedAt: string, decisionId: string | null = null) =>
    [schema.themeStatusHistory, { id: newId(), themeId, fromStatus, toStatus, changedAt, decisionId }] as Row;
  insertRows(t, [
    decision(d1, s.meetingId, '2024-03-01'), decision(d2, june.meetingId, '2024-06-01'), decision(d3, december.meetingId, '2024-12-01'),
    theme(ids.housing, 'Wohnen', 'IN_IMPLEMENTATION', 'HOUSING'), theme(ids.search, 'Wohnungssuche', 'PRIORITISED', 'HOUSING'),
    theme(ids.merged, 'Wohnungsbörse', 'CLOSED', 'HOUSING', ids.search), theme(ids.health, 'Traumatherapie', 'IDENTIFIED', 'HEALTH'),
    theme(ids.empty, 'Noch ohne Belege', 'IDENTIFIED', null),
    [schema.agendaItemLinks, { id: newId(), agendaItemId: s.itemIds[1], targetType: 'THEME', targetId: ids.housing }],
    change(ids.housing, 'PROPOSED', 'PRIORITISED', '2024-03-05T09:00:00.000Z', d1),
    change(ids.search, 'CONSOLIDATED', 'PROPOSED', '2024-05-01T09:00:00.000Z'),
    change(ids.search, 'PROPOSED', 'PRIORITISED', '2024-06-03T09:00:00.000Z', d2),
    [schema.measures, { id: newId(), themeId: ids.housing, title: 'Integreat-Kachel', status: 'COMPLETED', approvedByDecisionId: d3, endDate: '2025-03-01' }],
    [schema.measures, { id: newId(), themeId: ids.housing, title: 'Noch offen', status: 'IN_IMPLEMENTATION', approvedByDecisionId: d3, endDate: '2025-01-15' }],
  ]);
  finding(t, { reconstructionId: reconstruction(t, { heldOn: '2024-01-01' }), themeId: ids.housing });
  finding(t, { reconstructionId: reconstruction(t, { heldOn: '2024-02-01' }), themeId: ids.search });
  finding(t, { reconstructionId: reconstruction(t, { heldOn: '2023-12-01' }), themeId: ids.merged });
  finding(t, { roundTableId: roundTable(t, { heldOn: '2024-05-10', title: 'Entwicklungskonferenz Nordeifel' }), themeId: ids.health });
});
afterEach(() => t.dispose());

describe('chain.leadTimes', () => {
  it('measures each theme from first finding to first steering decision to first completed measure, stage by stage', async () => {
    const { themes } = await t.api.send('chain.leadTimes', { groupBy: 'fieldOfAction' });
    expect(themes.map((x) => x.title)).toEqual(['Wohnungssuche', 'Wohnen', 'Traumatherapie', 'Noch ohne Belege']);
    const [search, housing, health, empty] = themes;
    expect(housing).toMatchObject({
      firstFindingOn: '2024-01-01', proposedOn: '2024-03-01', firstDecisionOn: '2024-03-01', firstApprovalOn: '2024-12-01', firstCompletedOn: '2025-03-01',
      daysToDecision: 60, daysDecisionToCompletion: 365, daysTotal: 425, stages: { TO_PROPOSAL: 60, TO_DECISION: 0, TO_APPROVAL: 275, TO_COMPLETION: 90 },
    });
    // The merged theme's older finding starts the clock of the theme it lives on in.
    expect(search).toMatchObject({
      firstFindingOn: '2023-12-01', proposedOn: '2024-05-01', firstDecisionOn: '2024-06-01', daysToDecision: 183, daysDecisionToCompletion: null,
      stages: { TO_PROPOSAL: 152, TO_DECISION: 31, TO_APPROVAL: null, TO_COMPLETION: null },
    });
    expect(health).toMatchObject({ firstFindingOn: '2024-05-10', daysToDecision: null, daysTotal: null });
    expect(empty).toMatchObject({ firstFindingOn: null, daysToDecision: null });
  });

  it('gives medians per field of action and per stage, and names where it stalls', async () => {
    const result = await t.api.send('chain.leadTimes', { groupBy: 'fieldOfAction' });
    expect(result.groups.map((g) => [g.label, g.themeCount, g.medianDaysToDecision, g.medianDaysDecisionToCompletion, g.medianDaysTotal])).toEqual([
      ['Gesundheit (einschließlich psychischer Gesundheit)', 1, null, null, null],
      ['Wohnen', 2, 121.5, 365, 425],
      ['ohne Handlungsfeld', 1, null, null, null],
    ]);
    expect(result.stages).toEqual([
      { stage: 'TO_PROPOSAL', label: 'Erkenntnis → Vorlage in der Lenkungsgruppe', medianDays: 106, count: 2 },
      { stage: 'TO_DECISION', label: 'Vorlage → erster Beschluss', medianDays: 15.5, count: 2 },
      { stage: 'TO_APPROVAL', label: 'Erster Beschluss → beschlossene Maßnahme', medianDays: 275, count: 1 },
      { stage: 'TO_COMPLETION', label: 'Beschlossene Maßnahme → abgeschlossene Maßnahme', medianDays: 90, count: 1 },
    ]);
    expect(result.slowestStage).toBe('TO_APPROVAL');
  });

  it('groups by the year of the first finding', async () => {
    const { groups } = await t.api.send('chain.leadTimes', { groupBy: 'year' });
    expect(groups.map((g) => [g.key, g.themeCount, g.medianDaysToDecision])).toEqual([['2023', 1, 183], ['2024', 2, 60], ['NONE', 1, null]]);
  });

  it('takes medians of the known values only', () => {
    expect(median([])).toBeNull();
    expect(median([null, null])).toBeNull();
    expect(median([30, null, 10, 20])).toBe(20);
    expect(median([10, 15])).toBe(12.5);
  });
});
