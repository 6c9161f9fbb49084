import { describe, expect, it } from 'vitest';
import { committeeMeetingPath, meetingPath, parseCommitteeRoute } from '../../../renderer/pages/steering/steeringPaths';

describe('committee and meeting addresses', () => {
  it('show the meetings list for the bare area and for unknown names', () => {
    expect(parseCommitteeRoute('')).toEqual({ kind: 'tab', tab: 'sitzungen' });
    expect(parseCommitteeRoute('unbekannt')).toEqual({ kind: 'tab', tab: 'sitzungen' });
    expect(parseCommitteeRoute('mitglieder')).toEqual({ kind: 'tab', tab: 'mitglieder' });
    expect(parseCommitteeRoute('beschlusskontrolle')).toEqual({ kind: 'tab', tab: 'beschlusskontrolle' });
  });

  it('open a meeting at its preparation unless another of its areas is named', () => {
    expect(parseCommitteeRoute('sitzung/01ABC')).toEqual({ kind: 'meeting', meetingId: '01ABC', tab: 'vorbereitung' });
    expect(parseCommitteeRoute('sitzung/01ABC/protokoll')).toEqual({ kind: 'meeting', meetingId: '01ABC', tab: 'protokoll' });
    expect(parseCommitteeRoute('sitzung/01ABC/quatsch')).toEqual({ kind: 'meeting', meetingId: '01ABC', tab: 'vorbereitung' });
    expect(parseCommitteeRoute('sitzung')).toEqual({ kind: 'tab', tab: 'sitzungen' });
  });

  it('build the address of a meeting, under Lenkungsgruppe only for the steering group', () => {
    expect(meetingPath('/lenkungsgruppe', 'M1')).toBe('/lenkungsgruppe/sitzung/M1');
    expect(meetingPath('/lenkungsgruppe', 'M1', 'einladung')).toBe('/lenkungsgruppe/sitzung/M1/einladung');
    expect(committeeMeetingPath('STEERING_GROUP', 'M1', 'sitzung')).toBe('/lenkungsgruppe/sitzung/M1/sitzung');
    expect(committeeMeetingPath('PROJECT_GROUP', 'M2')).toBe('/gruppen/sitzung/M2');
  });
});
