import { describe, expect, it } from 'vitest';
import { daysText, hasData, leadTimeTable, postsTable, postsTotals, slowestStage } from '../../../renderer/pages/overview/chartData';

describe('the Übersicht chart tables', () => {
  it('treats a series of zeros and gaps as nothing to draw', () => {
    expect(hasData([0, null, 0])).toBe(false);
    expect(hasData([0, 2])).toBe(true);
  });

  it('names the slowest stage and shows missing medians in words', () => {
    const stages = [
      { stage: 'TO_PROPOSAL', label: 'Erkenntnis → Vorlage', medianDays: 40, count: 3 },
      { stage: 'TO_DECISION', label: 'Vorlage → Beschluss', medianDays: 308, count: 2 },
      { stage: 'TO_APPROVAL', label: 'Beschluss → Maßnahme', medianDays: null, count: 0 },
    ] as Parameters<typeof slowestStage>[0];
    expect(slowestStage(stages)?.label).toBe('Vorlage → Beschluss');
    expect(leadTimeTable(stages).rows[2]).toEqual(['Beschluss → Maßnahme', 'keine Daten', 0]);
    expect(daysText(1)).toBe('1 Tag');
  });

  it('shows full-time equivalents with a decimal comma and totals them without float residue', () => {
    const rows = [
      { fundingModule: 'B1_COORDINATION', label: 'Baustein 1', fundedFte: 0.1, filledFte: 0.2 },
      { fundingModule: 'B2_CASE_MANAGEMENT', label: 'Baustein 2', fundedFte: 0.2, filledFte: 0.1 },
    ] as Parameters<typeof postsTotals>[0];
    expect(postsTotals(rows)).toEqual({ funded: 0.3, filled: 0.3 });
    expect(postsTable(rows).rows[0]).toEqual(['Baustein 1', '0,1', '0,2']);
  });
});
