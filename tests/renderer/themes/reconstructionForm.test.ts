import { describe, expect, it } from 'vitest';
import { draftToInput, emptyDraft, groupIssues, issueTarget } from '../../../renderer/pages/reconstructions/reconstructionForm';
import { parseReconstructionRoute } from '../../../renderer/pages/reconstructions/reconstructionPaths';

describe('the reconstruction form', () => {
  it('starts a new record on today, as a full reconstruction from the KIM case management with unknown age', () => {
    expect(emptyDraft('2026-11-16')).toMatchObject({ heldOn: '2026-11-16', format: 'FULL', caseSource: 'KIM_CM', ageBand: 'UNKNOWN', participants: [] });
  });

  it('sends the whole record, with a trimmed case code and justification', () => {
    const input = draftToInput({
      ...emptyDraft('2026-11-16'), caseCode: ' CM-14 ', providerOrganisationId: 'O1', fieldsOfAction: ['WORK'], summary: 'Text',
      participants: [{ organisationId: 'O2', role: 'fallführend' }], privacyJustification: '  ',
    });
    expect(input).toMatchObject({ caseCode: 'CM-14', providerOrganisationId: 'O1', fieldsOfAction: ['WORK'], privacyJustification: '', municipalityId: '' });
    expect(input.participants).toEqual([{ organisationId: 'O2', role: 'fallführend' }]);
  });

  it('puts the core\'s messages at the field they concern, participants by row', () => {
    expect(issueTarget('summary')).toBe('summary');
    expect(issueTarget('participants.2.role')).toBe('participants.2.role');
    expect(issueTarget('participants.1.organisationId')).toBe('participants.1.organisationId');
    expect(issueTarget('participants.1')).toBe('participants.1.organisationId');
    const grouped = groupIssues([
      { field: 'summary', message: 'Zusammenfassung: A' }, { field: 'summary', message: 'Zusammenfassung: B' }, { field: 'participants.0', message: 'P' },
    ]);
    expect(grouped.get('summary')).toEqual(['Zusammenfassung: A', 'Zusammenfassung: B']);
    expect(grouped.get('participants.0.organisationId')).toEqual(['P']);
  });

  it('reads its address: list, retention, new record, one record', () => {
    expect(parseReconstructionRoute('')).toEqual({ kind: 'list' });
    expect(parseReconstructionRoute('loeschfristen')).toEqual({ kind: 'retention' });
    expect(parseReconstructionRoute('neu')).toEqual({ kind: 'new' });
    expect(parseReconstructionRoute('R1')).toEqual({ kind: 'record', id: 'R1' });
  });
});
