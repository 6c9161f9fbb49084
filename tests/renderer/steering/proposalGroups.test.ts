import { describe, expect, it } from 'vitest';
import { groupProposals } from '../../../renderer/pages/steering/meeting/preparation/proposalGroups';

describe('the proposals panel', () => {
  it('groups the merged backlog by source in agenda order and leaves out empty sources', () => {
    const groups = groupProposals([
      { source: 'BACKLOG_TOPIC', key: '1' }, { source: 'THEME', key: '2' }, { source: 'CARRIED_OVER', key: '3' }, { source: 'THEME', key: '4' },
    ]);
    expect(groups.map((g) => [g.heading, g.proposals.map((p) => p.key)])).toEqual([
      ['Themen für eine Entscheidung', ['2', '4']],
      ['Vertagte Punkte', ['3']],
      ['Themenspeicher', ['1']],
    ]);
  });
});
