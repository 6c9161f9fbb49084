import { describe, expect, it } from 'vitest';
import { recordPath } from '../../../../../renderer/pages/settings/deleted/recordPath';

describe('where a restored record opens', () => {
  it('opens records with a page of their own on that page', () => {
    expect(recordPath('municipalities', 'm1')).toBe('/kommunen/m1');
    expect(recordPath('round_tables', 'r1')).toBe('/runde-tische/termin/r1');
    expect(recordPath('themes', 't1')).toBe('/themen/t1');
    expect(recordPath('case_reconstructions', 'c1')).toBe('/fallrekonstruktionen/c1');
  });

  it('opens master data on its list', () => {
    expect(recordPath('persons', 'p1')).toBe('/stammdaten/ansprechpersonen');
    expect(recordPath('provider_assignments', 'a1')).toBe('/stammdaten/traegerzustaendigkeiten');
  });

  it('opens an agreement on its round table and other tasks in the Beschlusskontrolle', () => {
    expect(recordPath('action_items', 'a1', { roundTableId: 'r1' })).toBe('/runde-tische/termin/r1');
    expect(recordPath('action_items', 'a2', { roundTableId: null })).toBe('/lenkungsgruppe/beschlusskontrolle');
  });

  it('opens meetings, decisions and committees of the steering group under Lenkungsgruppe, others under Gruppen', () => {
    expect(recordPath('meetings', 'mt1', { steering: true })).toBe('/lenkungsgruppe/sitzung/mt1');
    expect(recordPath('meetings', 'mt2')).toBe('/gruppen/sitzung/mt2');
    expect(recordPath('decisions', 'd1', { steering: true, meetingId: 'mt1' })).toBe('/lenkungsgruppe/sitzung/mt1/sitzung');
    expect(recordPath('committees', 'c1', { steering: true })).toBe('/lenkungsgruppe');
    expect(recordPath('committees', 'c2')).toBe('/gruppen/c2');
  });

  it('opens a measure on its theme, and has no link where no page shows the record', () => {
    expect(recordPath('measures', 'x1', { themeId: 't1' })).toBe('/themen/t1');
    expect(recordPath('measures', 'x2')).toBeNull();
    expect(recordPath('action_item_notes', 'n1')).toBeNull();
  });
});
