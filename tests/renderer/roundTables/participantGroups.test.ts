import { describe, expect, it } from 'vitest';
import { countOf, groupByRole, participantName } from '../../../renderer/pages/roundTables/detail/participantGroups';

const p = (role: string, organisationName: string | null, personName: string | null, headCount: number | null, note: string | null = null) =>
  ({ role, organisationName, personName, headCount, note });

describe('participants by role', () => {
  it('counts the head count given, one for a named person without a count, nothing otherwise', () => {
    expect(countOf(p('KIM_TEAM', null, null, 3))).toBe(3);
    expect(countOf(p('KIM_TEAM', 'Team 49.1', 'Torsten Mertens', null))).toBe(1);
    expect(countOf(p('OTHER', 'Kirchenverband', null, null))).toBe(0);
  });

  it('groups in the order of the value list and adds up each role', () => {
    const groups = groupByRole([
      p('VOLUNTEERS', null, null, 4), p('KIM_TEAM', 'Team 49.1', 'Torsten Mertens', null), p('KIM_TEAM', null, null, 2),
    ], ['KIM_TEAM', 'MUNICIPAL_STAFF', 'VOLUNTEERS']);
    expect(groups.map((g) => [g.role, g.participants.length, g.headCount])).toEqual([['KIM_TEAM', 2, 3], ['VOLUNTEERS', 1, 4]]);
  });

  it('names a participant by organisation and person, else by the note', () => {
    expect(participantName(p('CM_PROVIDER', 'DRK', 'Uwe Gerhards', null))).toBe('DRK – Uwe Gerhards');
    expect(participantName(p('OTHER', null, null, 2, 'Kirchenverbände'))).toBe('Kirchenverbände');
    expect(participantName(p('OTHER', null, null, 2))).toBe('nicht namentlich erfasst');
  });
});
