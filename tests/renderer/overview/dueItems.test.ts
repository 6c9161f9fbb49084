import { describe, expect, it } from 'vitest';
import { duePath, dueSummary, groupDueItems, type DueItem } from '../../../renderer/pages/overview/dueItems';

function item(kind: DueItem['kind'], severity: DueItem['severity'], title: string, link: DueItem['link'] = { page: 'followUp' }): DueItem {
  return { kind, severity, title, detail: '', dueDate: '2026-11-20', link };
}

describe('due items on the Übersicht', () => {
  it('groups by area in the order the most urgent items come, and counts the overdue ones', () => {
    const groups = groupDueItems([
      item('AGREEMENT', 'overdue', 'a'), item('DECISION_TASK', 'overdue', 'b'), item('AGREEMENT', 'due', 'c'), item('INVITATION', 'due', 'd'),
    ]);
    expect(groups.map((g) => [g.label, g.items.map((i) => i.title), g.overdue])).toEqual([
      ['Vereinbarungen der Runden Tische', ['a', 'c'], 1],
      ['Aufgaben aus Beschlüssen', ['b'], 1],
      ['Sitzungsvorbereitung', ['d'], 0],
    ]);
  });

  it('sums up in words, and says so when nothing is due', () => {
    expect(dueSummary([item('GAP', 'overdue', 'a'), item('GAP', 'due', 'b'), item('REPORT_DEADLINE', 'info', 'c')], 14))
      .toBe('1 überfällig, 1 fällig in den nächsten 14 Tagen, 1 Hinweis.');
    expect(dueSummary([], 14)).toBe('Nichts ist überfällig oder in den nächsten 14 Tagen fällig.');
  });

  it('links each item to the page where it is dealt with', () => {
    expect(duePath({ page: 'followUp', id: 't1' })).toBe('/lenkungsgruppe/beschlusskontrolle');
    expect(duePath({ page: 'roundTable', id: 'rt1' })).toBe('/runde-tische/termin/rt1');
    expect(duePath({ page: 'roundTable' })).toBe('/runde-tische/vereinbarungen');
    expect(duePath({ page: 'group', id: 'g1' })).toBe('/gruppen/g1');
    expect(duePath({ page: 'theme', id: 'th1' })).toBe('/themen/th1');
    expect(duePath({ page: 'measure', id: 'm1', parentId: 'th1' })).toBe('/themen/th1');
    expect(duePath({ page: 'reconstructions' })).toBe('/fallrekonstruktionen/loeschfristen');
    expect(duePath({ page: 'reports' })).toBe('/berichte');
    expect(duePath({ page: 'meeting', id: 'mt1' })).toBe('/lenkungsgruppe/sitzung/mt1/einladung');
  });
});
