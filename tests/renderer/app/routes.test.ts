import { describe, expect, it } from 'vitest';
import { HOME_PATH, NAV_ITEMS, subPath, topLevel } from '../../../renderer/app/routes';

describe('routes', () => {
  it('name the ten areas of the main navigation in German, in order', () => {
    expect(NAV_ITEMS.map((i) => i.label)).toEqual([
      'Übersicht', 'Lenkungsgruppe', 'Gruppen', 'Runde Tische', 'Fallrekonstruktionen',
      'Themen & Maßnahmen', 'Förderung & Zahlen', 'Berichte', 'Stammdaten', 'Einstellungen',
    ]);
  });

  it('map a path to its navigation entry and sub-page', () => {
    expect(topLevel('/stammdaten/stellen')).toBe('/stammdaten');
    expect(subPath('/stammdaten/stellen')).toBe('stellen');
    expect(topLevel('')).toBe(HOME_PATH);
    expect(topLevel('/')).toBe(HOME_PATH);
    expect(subPath('/berichte')).toBe('');
  });
});
