import { describe, expect, it } from 'vitest';
import { historyItems, shortText, type HistoryEntry } from '../../../../renderer/components/history/historyView';

const entry = (seq: number, at: string, action: HistoryEntry['action'], actionLabel: string, changes: HistoryEntry['changes'] = []): HistoryEntry =>
  ({ seq, at, actor: 'koordination', action, actionLabel, changes });

describe('the history dialog’s entries', () => {
  it('lists the newest first with who, when (Berlin time) and what, capitalised', () => {
    const items = historyItems([
      entry(3, '2025-06-15T08:00:00.000Z', 'CREATE', 'angelegt'),
      entry(9, '2025-12-01T16:05:00.000Z', 'DELETE', 'gelöscht'),
      entry(5, '2025-06-16T09:30:00.000Z', 'UPDATE', 'geändert'),
      entry(11, '2025-12-02T07:00:00.000Z', 'RESTORE', 'wiederhergestellt'),
    ]);
    expect(items.map((i) => [i.what, i.when, i.who])).toEqual([
      ['Wiederhergestellt', '02.12.2025, 08:00 Uhr', 'koordination'],
      ['Gelöscht', '01.12.2025, 17:05 Uhr', 'koordination'],
      ['Geändert', '16.06.2025, 11:30 Uhr', 'koordination'],
      ['Angelegt', '15.06.2025, 10:00 Uhr', 'koordination'],
    ]);
  });

  it('shows each change with the texts the core wrote, and marks hidden ones', () => {
    const [item] = historyItems([entry(2, '2025-06-15T08:00:00.000Z', 'UPDATE', 'geändert', [
      { field: 'name', label: 'Name', before: 'Zülpich', after: 'Römerstadt Zülpich', beforeText: 'Zülpich', afterText: 'Römerstadt Zülpich' },
      { field: 'summary', label: 'Zusammenfassung', before: null, after: null, beforeText: 'Text ausgeblendet', afterText: 'Text ausgeblendet', hidden: true },
    ])]);
    expect(item.changes).toEqual([
      { field: 'name', label: 'Name', before: 'Zülpich', after: 'Römerstadt Zülpich', hidden: false },
      { field: 'summary', label: 'Zusammenfassung', before: 'Text ausgeblendet', after: 'Text ausgeblendet', hidden: true },
    ]);
  });
});

describe('shortText', () => {
  it('leaves short texts alone', () => {
    expect(shortText('Sprechstunde im Rathaus einrichten')).toEqual({ text: 'Sprechstunde im Rathaus einrichten', cut: false });
  });

  it('cuts long texts at a word and marks the cut', () => {
    const long = 'Die Kommune richtet eine wöchentliche Sprechstunde im Rathaus ein, zu der Jobcenter und Ausländerbehörde abwechselnd kommen.';
    const short = shortText(long, 60);
    expect(short.cut).toBe(true);
    expect(short.text).toBe('Die Kommune richtet eine wöchentliche Sprechstunde im …');
    expect(short.text.length).toBeLessThanOrEqual(60);
  });

  it('cuts inside a word when the text has no space to cut at', () => {
    expect(shortText('x'.repeat(200), 50)).toEqual({ text: `${'x'.repeat(49)} …`, cut: true });
  });
});
