import { describe, expect, it } from 'vitest';
import { navSection } from '../../../renderer/app/routes';
import {
  municipalityPath, parseMunicipalityRoute, parseRoundTableRoute, roundTablePath, roundTableTabPath,
} from '../../../renderer/pages/roundTables/roundTablePaths';

describe('Runde-Tische addresses', () => {
  it('opens the list of dates for an empty or unknown sub-path', () => {
    expect(parseRoundTableRoute('')).toEqual({ kind: 'tab', tab: 'termine' });
    expect(parseRoundTableRoute('gibt-es-nicht')).toEqual({ kind: 'tab', tab: 'termine' });
  });

  it('knows its three areas and one round table', () => {
    expect(parseRoundTableRoute('kommunen')).toEqual({ kind: 'tab', tab: 'kommunen' });
    expect(parseRoundTableRoute('vereinbarungen')).toEqual({ kind: 'tab', tab: 'vereinbarungen' });
    expect(parseRoundTableRoute('termin/01ABC')).toEqual({ kind: 'roundTable', id: '01ABC' });
    expect(parseRoundTableRoute('termin')).toEqual({ kind: 'tab', tab: 'termine' });
  });

  it('builds the addresses the pages link to, and reads them back', () => {
    expect(roundTableTabPath('kommunen')).toBe('/runde-tische/kommunen');
    expect(roundTablePath('01ABC')).toBe('/runde-tische/termin/01ABC');
    expect(municipalityPath('01XYZ')).toBe('/kommunen/01XYZ');
    expect(parseMunicipalityRoute('01XYZ')).toBe('01XYZ');
    expect(parseMunicipalityRoute('')).toBeUndefined();
  });
});

describe('navigation of a municipality page', () => {
  it('marks Runde Tische as the current entry, as the municipality pages belong there', () => {
    expect(navSection('/kommunen/01XYZ')).toBe('/runde-tische');
    expect(navSection('/stammdaten/kommunen')).toBe('/stammdaten');
  });
});
