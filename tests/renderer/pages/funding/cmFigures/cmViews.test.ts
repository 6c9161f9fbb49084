import { describe, expect, it } from 'vitest';
import { cmViewPath, parseCmView } from '../../../../../renderer/pages/funding/cmFigures/cmViews';

describe('the views of the Fallzahlen tab', () => {
  it('reads the view from the rest of the path and falls back to the grid', () => {
    expect(parseCmView('')).toBe('');
    expect(parseCmView('auswertung')).toBe('auswertung');
    expect(parseCmView('import/')).toBe('import');
    expect(parseCmView('unbekannt')).toBe('');
  });

  it('builds each view’s address', () => {
    expect(cmViewPath('')).toBe('/foerderung/fallzahlen');
    expect(cmViewPath('import')).toBe('/foerderung/fallzahlen/import');
  });
});
