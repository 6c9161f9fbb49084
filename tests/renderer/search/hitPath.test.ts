import { describe, expect, it } from 'vitest';
import { hitPath, type HitPlaces, type SearchHit } from '../../../renderer/components/search/hitPath';

const places: HitPlaces = {
  meetingCommittees: new Map([['m-steer', 'c-steer'], ['m-ag', 'c-ag']]),
  steeringCommitteeIds: new Set(['c-steer']),
};

function hit(kind: string, id: string, more: Partial<SearchHit> = {}): SearchHit {
  return { kind, id, parentId: null, meetingId: null, roundTableId: null, date: null, title: [], snippet: [], ...more };
}

describe('where a search hit opens', () => {
  it('opens a decision on the session tab of its meeting, under Lenkungsgruppe for the steering group', () => {
    expect(hitPath(hit('decision', 'd1', { parentId: 'm-steer', meetingId: 'm-steer' }), places)).toBe('/lenkungsgruppe/sitzung/m-steer/sitzung');
  });

  it('opens meetings of other groups under Gruppen', () => {
    expect(hitPath(hit('agendaItem', 'a1', { parentId: 'm-ag', meetingId: 'm-ag' }), places)).toBe('/gruppen/sitzung/m-ag/vorbereitung');
    expect(hitPath(hit('meeting', 'm-ag', { parentId: 'c-ag', meetingId: 'm-ag' }), places)).toBe('/gruppen/sitzung/m-ag');
    expect(hitPath(hit('meeting', 'm-steer', { parentId: 'c-steer', meetingId: 'm-steer' }), places)).toBe('/lenkungsgruppe/sitzung/m-steer');
  });

  it('opens minutes and their amendments on the minutes tab of their meeting', () => {
    expect(hitPath(hit('minutes', 'x', { parentId: 'm-steer', meetingId: 'm-steer' }), places)).toBe('/lenkungsgruppe/sitzung/m-steer/protokoll');
    expect(hitPath(hit('minutesAmendment', 'am1', { parentId: 'x', meetingId: 'm-steer' }), places)).toBe('/lenkungsgruppe/sitzung/m-steer/protokoll');
    expect(hitPath(hit('minutesAmendment', 'am2', { parentId: 'y', meetingId: 'm-ag' }), places)).toBe('/gruppen/sitzung/m-ag/protokoll');
  });

  it('opens round tables, municipalities, themes and measures on their own pages', () => {
    expect(hitPath(hit('roundTable', 'rt-1'), places)).toBe('/runde-tische/termin/rt-1');
    expect(hitPath(hit('municipality', 'k1'), places)).toBe('/kommunen/k1');
    expect(hitPath(hit('theme', 't1'), places)).toBe('/themen/t1');
    expect(hitPath(hit('measure', 'ms1', { parentId: 't1' }), places)).toBe('/themen/t1');
    expect(hitPath(hit('reconstruction', 'r1'), places)).toBe('/fallrekonstruktionen/r1');
  });

  it('opens a finding where it was made: a round table or a case reconstruction', () => {
    expect(hitPath(hit('finding', 'f1', { parentId: 'rt-1', roundTableId: 'rt-1' }), places)).toBe('/runde-tische/termin/rt-1');
    expect(hitPath(hit('finding', 'f2', { parentId: 'r1' }), places)).toBe('/fallrekonstruktionen/r1');
  });

  it('opens committees and their backlog topics on the right committee page', () => {
    expect(hitPath(hit('committee', 'c-steer'), places)).toBe('/lenkungsgruppe');
    expect(hitPath(hit('committee', 'c-ag'), places)).toBe('/gruppen/c-ag');
    expect(hitPath(hit('backlogTopic', 'b1', { parentId: 'c-ag' }), places)).toBe('/gruppen/c-ag/themenspeicher');
    expect(hitPath(hit('backlogTopic', 'b2', { parentId: 'c-steer' }), places)).toBe('/lenkungsgruppe/themenspeicher');
  });

  it('opens a round-table agreement and its progress notes on the round table, not in the Beschlusskontrolle', () => {
    expect(hitPath(hit('task', 'a1', { parentId: 'rt-1', roundTableId: 'rt-1' }), places)).toBe('/runde-tische/termin/rt-1');
    expect(hitPath(hit('taskNote', 'n1', { parentId: 'a1', roundTableId: 'rt-1' }), places)).toBe('/runde-tische/termin/rt-1');
  });

  it('opens tasks from decisions in the Beschlusskontrolle and master data on its tab', () => {
    expect(hitPath(hit('task', 't', { parentId: 'd1' }), places)).toBe('/lenkungsgruppe/beschlusskontrolle');
    expect(hitPath(hit('taskNote', 'n2', { parentId: 't' }), places)).toBe('/lenkungsgruppe/beschlusskontrolle');
    expect(hitPath(hit('person', 'p'), places)).toBe('/stammdaten/ansprechpersonen');
    expect(hitPath(hit('organisation', 'o'), places)).toBe('/stammdaten/organisationen');
    expect(hitPath(hit('post', 's'), places)).toBe('/stammdaten/stellen');
  });
});
