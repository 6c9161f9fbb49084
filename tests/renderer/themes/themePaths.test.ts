import { describe, expect, it } from 'vitest';
import { parseThemesRoute, refPath, type Places } from '../../../renderer/pages/themes/themePaths';
import { daysText, leadTimeRows, leadTimeTable } from '../../../renderer/pages/themes/leadTimeRows';

const places: Places = {
  themeId: 'T1',
  assignedGroupId: 'G1',
  findingSources: new Map([['F1', { type: 'RECONSTRUCTION', id: 'R1' }], ['F2', { type: 'ROUND_TABLE', id: 'RT1' }]]),
  agendaMeetings: new Map([['A1', { meetingId: 'M1', steering: true }]]),
  decisionMeetings: new Map([['D1', { meetingId: 'M1', steering: true }], ['D2', { meetingId: 'M2', steering: false }]]),
  steeringCommitteeIds: new Set(['S1']),
};

describe('the addresses of the themes area', () => {
  it('reads board, table, analysis and a theme', () => {
    expect(parseThemesRoute('')).toEqual({ kind: 'tab', tab: '' });
    expect(parseThemesRoute('tabelle')).toEqual({ kind: 'tab', tab: 'tabelle' });
    expect(parseThemesRoute('auswertung')).toEqual({ kind: 'tab', tab: 'auswertung' });
    expect(parseThemesRoute('T9')).toEqual({ kind: 'theme', id: 'T9' });
  });

  it('links each timeline entry to its place', () => {
    expect(refPath({ type: 'FINDING', id: 'F1' }, places)).toBe('/fallrekonstruktionen/R1');
    expect(refPath({ type: 'FINDING', id: 'F2' }, places)).toBe('/runde-tische');
    expect(refPath({ type: 'RECONSTRUCTION', id: 'R2' }, places)).toBe('/fallrekonstruktionen/R2');
    expect(refPath({ type: 'AGENDA_ITEM', id: 'A1' }, places)).toBe('/lenkungsgruppe/sitzung/M1/vorbereitung');
    expect(refPath({ type: 'DECISION', id: 'D1' }, places)).toBe('/lenkungsgruppe/sitzung/M1/sitzung');
    expect(refPath({ type: 'DECISION', id: 'D2' }, places)).toBe('/gruppen/sitzung/M2/sitzung');
    expect(refPath({ type: 'COMMITTEE', id: 'G1' }, places)).toBe('/gruppen/G1');
    expect(refPath({ type: 'COMMITTEE', id: 'S1' }, places)).toBe('/lenkungsgruppe');
    expect(refPath({ type: 'MEETING', id: 'M3' }, places)).toBe('/gruppen/sitzung/M3');
    expect(refPath({ type: 'REPORT_DUE', id: 'X' }, places)).toBe('/gruppen/G1');
    expect(refPath({ type: 'MEASURE', id: 'ME1' }, places)).toBe('/themen/T1');
    expect(refPath({ type: 'THEME', id: 'T2' }, places)).toBe('/themen/T2');
  });

  it('leaves an entry unlinked when its place is unknown', () => {
    expect(refPath({ type: 'DECISION', id: 'unknown' }, places)).toBeNull();
    expect(refPath({ type: 'FINDING', id: 'unknown' }, places)).toBeNull();
    expect(refPath({ type: 'SOMETHING', id: 'x' }, places)).toBeNull();
  });
});

describe('lead times as chart rows', () => {
  const stages = (a: number | null, b: number | null) => [
    { stage: 'TO_PROPOSAL' as const, label: 'Erkenntnis → Vorlage', medianDays: a, count: 1 },
    { stage: 'TO_DECISION' as const, label: 'Vorlage → Beschluss', medianDays: b, count: 1 },
  ];

  const data = (groupBy: 'fieldOfAction' | 'year') => ({
    groupBy, themes: [{} as never, {} as never], slowestStage: 'TO_PROPOSAL' as const, stages: stages(40, 12.5),
    groups: [{ key: 'WORK', label: 'Arbeit', themeCount: 2, medianDaysToDecision: null, medianDaysDecisionToCompletion: null, medianDaysTotal: null, stages: stages(40, null) }],
  });

  it('puts all themes first, then one row per group, with null where no theme got that far', () => {
    const { series, rows } = leadTimeRows(data('fieldOfAction'));
    expect(series.map((s) => s.key)).toEqual(['TO_PROPOSAL', 'TO_DECISION']);
    expect(rows).toEqual([
      { label: 'Alle Themen', themeCount: 2, TO_PROPOSAL: 40, TO_DECISION: 12.5 },
      { label: 'Arbeit', themeCount: 2, TO_PROPOSAL: 40, TO_DECISION: null },
    ]);
  });

  it('gives the table the same rows with the number of themes and German days, headed by what is grouped by', () => {
    expect(leadTimeTable(data('fieldOfAction'))).toEqual({
      columns: ['Handlungsfeld', 'Themen', 'Erkenntnis → Vorlage', 'Vorlage → Beschluss'],
      rows: [['Alle Themen', 2, '40 Tage', '12,5 Tage'], ['Arbeit', 2, '40 Tage', '–']],
    });
    expect(leadTimeTable(data('year')).columns[0]).toBe('Jahr');
  });

  it('writes days in German', () => {
    expect(daysText(12.5)).toBe('12,5 Tage');
    expect(daysText(1)).toBe('1 Tag');
    expect(daysText(null)).toBe('–');
  });
});
