import { describe, expect, it } from 'vitest';
import type { OutputOf } from '../../../db/api/contract';
import { issuesAt, newParticipant, participantsInput, takeOverInput } from '../../../renderer/pages/roundTables/form/roundTableForm';
import { agreementUpdate, statusChoices } from '../../../renderer/pages/roundTables/agreements/agreementInput';

type Agreement = OutputOf<'tasks.list'>[number];

const agreement = {
  id: 'old', source: 'ROUND_TABLE', title: 'Sprechzeiten aushängen', description: 'im Rathaus', status: 'OPEN', dueDate: '2026-12-31',
  reviewDate: null, delayReason: null, evidenceText: null, evidenceDocumentId: null, completedOn: null,
  ownerOrganisationId: 'drk', ownerPersonId: null, ownerText: null, ownerName: 'DRK', decisionId: null, decisionNumber: null, decisionText: null,
  meetingId: null, meetingStartsAt: null, meetingSequenceNo: null, committeeId: null, committeeName: null,
  roundTableId: 'rt1', roundTableTitle: 'Runder Tisch', overdue: false, daysOverdue: 0, reviewDue: false, createdAt: '', updatedAt: '',
} satisfies Agreement;

describe('the round-table form', () => {
  it('turns participant lines into the API list, head counts as numbers', () => {
    const lines = [{ ...newParticipant('KIM_TEAM'), headCount: '2' }, { ...newParticipant('VOLUNTEERS'), organisationId: 'ini', note: ' Lotsen ' }];
    expect(participantsInput(lines)).toEqual({
      participants: [
        { role: 'KIM_TEAM', organisationId: null, personId: null, headCount: 2, note: null },
        { role: 'VOLUNTEERS', organisationId: 'ini', personId: null, headCount: null, note: 'Lotsen' },
      ],
      issues: [],
    });
  });

  it('points a head count that is no whole number out at its line', () => {
    const { issues } = participantsInput([newParticipant('KIM_TEAM'), { ...newParticipant('OTHER'), headCount: 'zwölf' }]);
    expect(issues).toEqual([{ field: 'participants.1.headCount', message: 'Teilnehmende, Zeile 2: Anzahl bitte als ganze Zahl eingeben.' }]);
    expect(issuesAt(issues, 'participants.1.headCount')).toHaveLength(1);
    expect(issuesAt(issues, 'participants.0.headCount')).toEqual([]);
  });

  it('takes up an open agreement as a new one of this round table, keeping a due date only if it still lies ahead', () => {
    expect(takeOverInput(agreement, 'rt2', '2026-11-16')).toMatchObject({
      source: 'ROUND_TABLE', roundTableId: 'rt2', title: 'Sprechzeiten aushängen', ownerOrganisationId: 'drk', dueDate: '2026-12-31', status: 'OPEN',
    });
    expect(takeOverInput(agreement, 'rt2', '2027-01-20').dueDate).toBeNull();
  });
});

describe('changing an agreement in place', () => {
  it('sends the whole record back with only the status changed', () => {
    const input = agreementUpdate(agreement, { status: 'DONE' });
    expect(input).toMatchObject({ id: 'old', source: 'ROUND_TABLE', roundTableId: 'rt1', title: 'Sprechzeiten aushängen', status: 'DONE', dueDate: '2026-12-31' });
    expect(Object.keys(input)).not.toContain('ownerName');
  });

  it('offers offen, in Arbeit, erledigt and verworfen, plus a status set elsewhere', () => {
    expect(statusChoices('OPEN')).toEqual(['OPEN', 'IN_PROGRESS', 'DONE', 'DISCARDED']);
    expect(statusChoices('DEFERRED')).toEqual(['OPEN', 'IN_PROGRESS', 'DONE', 'DISCARDED', 'DEFERRED']);
  });
});
