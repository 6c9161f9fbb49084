import { describe, expect, it } from 'vitest';
import { initialDecisionState, toDecisionFields, votesCast } from '../../../renderer/pages/steering/meeting/session/decisionForm';

const defaults = { itemKind: 'DECISION', decisionMode: 'CONSENSUS' as const, themeId: 'T1' };

describe('the decision dialog', () => {
  it('starts from the rules: consensus where the Geschäftsordnung decides by consensus, a vote where by majority', () => {
    expect(initialDecisionState(defaults)).toMatchObject({ result: 'CONSENSUS', type: 'OTHER', themeId: 'T1' });
    expect(initialDecisionState({ ...defaults, decisionMode: 'MAJORITY' }).result).toBe('VOTE');
    expect(initialDecisionState({ ...defaults, itemKind: 'REPORT' }).type).toBe('NOTED');
  });

  it('takes an existing decision as it is, counts as text', () => {
    const s = initialDecisionState(defaults, { text: 'Beschluss', type: 'APPROVE_MEASURE', result: 'VOTE', votesYes: 9, votesNo: 1, votesAbstain: null });
    expect(s).toMatchObject({ text: 'Beschluss', type: 'APPROVE_MEASURE', result: 'VOTE', votesYes: '9', votesNo: '1', votesAbstain: '' });
  });

  it('sends counts only with a result that counts votes', () => {
    const s = { ...initialDecisionState(defaults), text: 'T', votesYes: '9' };
    expect(toDecisionFields(s, false).fields).toMatchObject({ result: 'CONSENSUS', votesYes: null, votesNo: null, votesAbstain: null });
    const vote = { ...s, result: 'VOTE' as const, votesNo: ' 1 ', votesAbstain: '' };
    expect(toDecisionFields(vote, false)).toEqual({
      fields: { text: 'T', type: 'OTHER', result: 'VOTE', votesYes: 9, votesNo: 1, votesAbstain: null, overrideReason: null },
      issues: [],
    });
  });

  it('refuses counts that are no whole numbers at their field, in German', () => {
    const s = { ...initialDecisionState(defaults), result: 'VOTE' as const, votesYes: 'neun', votesNo: '1,5' };
    expect(toDecisionFields(s, false).issues).toEqual([
      { field: 'votesYes', message: 'Ja-Stimmen: Bitte eine ganze Zahl eingeben.' },
      { field: 'votesNo', message: 'Nein-Stimmen: Bitte eine ganze Zahl eingeben.' },
    ]);
  });

  it('adds the chosen effects of a new decision, and none when nothing was chosen', () => {
    const s = initialDecisionState(defaults);
    expect(toDecisionFields(s, true).fields.effects).toBeNull();
    const withEffects = {
      ...s, commission: true, changeTheme: true, themeStatus: 'PRIORITISED', measureIds: ['M1'],
      group: { kind: 'PROJECT_GROUP', name: 'PG Wohnen', mandate: 'Konzept', plannedEndDate: '', leadPersonId: 'P1', reportDueDates: ['2027-03-01', '', '2027-09-01'] as [string, string, string] },
    };
    expect(toDecisionFields(withEffects, true).fields.effects).toEqual({
      commissionGroup: { kind: 'PROJECT_GROUP', name: 'PG Wohnen', mandate: 'Konzept', plannedEndDate: null, leadPersonId: 'P1', reportDueDates: ['2027-03-01', '2027-09-01'] },
      themeStatus: { themeId: 'T1', status: 'PRIORITISED' },
      approveMeasureIds: ['M1'],
    });
  });

  it('adds up the votes typed so far, ignoring what is not a number yet', () => {
    expect(votesCast({ ...initialDecisionState(defaults), votesYes: '9', votesNo: '2', votesAbstain: 'x' })).toBe(11);
  });
});
