import { describe, expect, it } from 'vitest';
import { groupByCategory, periodText, seatName } from '../../../renderer/pages/steering/roster/rosterGroups';

const LABELS = { INTERNAL: 'Interne Vertretung', EXTERNAL: 'Externe Partner*innen', WELFARE: 'Freie Wohlfahrtspflege', MUNICIPALITY: 'Kreisangehörige Kommunen' };

describe('the roster by category', () => {
  it('groups seats I–IV in the order of the Geschäftsordnung, keeps their order and leaves out empty groups', () => {
    const rows = [
      { id: 1, category: 'MUNICIPALITY' }, { id: 2, category: 'INTERNAL' }, { id: 3, category: null }, { id: 4, category: 'INTERNAL' },
    ];
    const groups = groupByCategory(rows, LABELS);
    expect(groups.map((g) => g.heading)).toEqual(['I. Interne Vertretung', 'IV. Kreisangehörige Kommunen', 'Ohne Gruppe']);
    expect(groups[0].rows.map((r) => r.id)).toEqual([2, 4]);
    expect(groups[2].rows.map((r) => r.id)).toEqual([3]);
  });

  it('calls a roster without any categories just "Sitze"', () => {
    expect(groupByCategory([{ category: null }, { category: null }], LABELS).map((g) => [g.heading, g.rows.length])).toEqual([['Sitze', 2]]);
  });

  it('says when a seat was held in German dates', () => {
    expect(periodText('2022-05-10', null)).toBe('seit 10.05.2022');
    expect(periodText('2022-05-10', '2024-12-31')).toBe('10.05.2022 bis 31.12.2024');
    expect(periodText(null, '2024-12-31')).toBe('bis 31.12.2024');
    expect(periodText(null, null)).toBe('');
  });

  it('names a seat by its label, else its organisation, else its member', () => {
    expect(seatName({ seatLabel: 'Abteilung 51', organisationName: 'Jugendamt', personName: 'B. Hoven' })).toBe('Abteilung 51');
    expect(seatName({ seatLabel: null, organisationName: 'Jugendamt', personName: 'B. Hoven' })).toBe('Jugendamt');
    expect(seatName({ seatLabel: null, organisationName: null, personName: 'B. Hoven' })).toBe('B. Hoven');
  });
});
