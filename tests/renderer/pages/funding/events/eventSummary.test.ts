import { describe, expect, it } from 'vitest';
import { summaryRows } from '../../../../../renderer/pages/funding/events/eventSummary';

const kind = (label: string, count: number, participants: number, withoutParticipants: number, costCents: number) =>
  ({ kind: 'EVENT' as const, label, count, participants, withoutParticipants, costCents });

describe('the events summary per kind', () => {
  const summary = {
    year: 2025,
    byKind: [kind('Veranstaltung', 3, 174, 0, 124_000), kind('Öffentlichkeitsarbeit', 1, 0, 1, 0)],
    total: { count: 4, participants: 174, withoutParticipants: 1, costCents: 124_000 },
    eventsLine: { capCents: 500_000, costCents: 124_000, remainingCents: 376_000 },
    warnings: [],
  };

  it('lists each kind and the total, noting events without a participant count', () => {
    const { rows, total } = summaryRows(summary);
    expect(rows.map((r) => [r.label, r.count, r.participants, r.costCents])).toEqual([
      ['Veranstaltung', 3, '174', 124_000], ['Öffentlichkeitsarbeit', 1, '0 (1 ohne Zählung)', 0],
    ]);
    expect(total).toEqual({ label: 'Summe', count: 4, participants: '174 (1 ohne Zählung)', costCents: 124_000 });
  });

  it('says how much of the events line is left, or by how much it is exceeded', () => {
    expect(summaryRows(summary).lineText).toBe('Veranstaltungsformate (B1): 1.240,00\u00a0€ von höchstens 5.000,00\u00a0€, es bleiben 3.760,00\u00a0€.');
    const over = { ...summary, eventsLine: { capCents: 500_000, costCents: 520_000, remainingCents: -20_000 } };
    expect(summaryRows(over).lineText).toBe('Veranstaltungsformate (B1): 5.200,00\u00a0€ von höchstens 5.000,00\u00a0€, 200,00\u00a0€ über der Obergrenze.');
    const noCap = { ...summary, eventsLine: { capCents: null, costCents: 0, remainingCents: null } };
    expect(summaryRows(noCap).lineText).toBe('Veranstaltungsformate (B1): 0,00\u00a0€ verbucht; für 2025 ist keine Obergrenze hinterlegt.');
  });
});
