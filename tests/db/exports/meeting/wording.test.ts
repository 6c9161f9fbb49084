import { describe, expect, it } from 'vitest';
import { committeeGenitive, meetingName, meetingOrdinal } from '../../../../db/exports/meeting/wording';

describe('meeting wording', () => {
  it('puts the article of the committee kind before its name', () => {
    expect(committeeGenitive({ kind: 'STEERING_GROUP', name: 'Lenkungsgruppe KI/KIM' })).toBe('der Lenkungsgruppe KI/KIM');
    expect(committeeGenitive({ kind: 'PROJECT_GROUP', name: 'Projektgruppe Schuldnerberatung' })).toBe('der Projektgruppe Schuldnerberatung');
    expect(committeeGenitive({ kind: 'WORKING_GROUP', name: 'AG Wohnen' })).toBe('der AG Wohnen');
    expect(committeeGenitive({ kind: 'WORKING_CIRCLE', name: 'AK Sexuelle Gesundheit' })).toBe('des AK Sexuelle Gesundheit');
    expect(committeeGenitive({ kind: 'OTHER', name: 'Integrationsrat' })).toBe('des Gremiums „Integrationsrat“');
  });

  it('names a meeting by number and committee, adding a title only when it says more', () => {
    const lg = { kind: 'STEERING_GROUP' as const, name: 'Lenkungsgruppe KI/KIM' };
    expect(meetingName({ sequenceNo: 9, title: null }, lg)).toBe('9. Sitzung der Lenkungsgruppe KI/KIM');
    expect(meetingName({ sequenceNo: 9, title: '9. Sitzung der Lenkungsgruppe KI/KIM' }, lg)).toBe('9. Sitzung der Lenkungsgruppe KI/KIM');
    expect(meetingName({ sequenceNo: 4, title: 'Klausurtagung' }, lg)).toBe('4. Sitzung der Lenkungsgruppe KI/KIM – Klausurtagung');
    expect(meetingName({ sequenceNo: 4, title: '4. Sitzung der LG KI/KIM: Klausurtagung' }, { ...lg, shortName: 'LG KI/KIM' }))
      .toBe('4. Sitzung der Lenkungsgruppe KI/KIM – Klausurtagung');
    const ak = { kind: 'WORKING_CIRCLE' as const, name: 'AK Sexuelle Gesundheit' };
    expect(meetingName({ sequenceNo: 6, title: '6. Sitzung AK Sexuelle Gesundheit' }, ak)).toBe('6. Sitzung des AK Sexuelle Gesundheit');
    expect(meetingName({ sequenceNo: null, title: null }, lg)).toBe('Sitzung der Lenkungsgruppe KI/KIM');
    expect(meetingOrdinal({ sequenceNo: 3 })).toBe('3. Sitzung');
    expect(meetingOrdinal({ sequenceNo: null })).toBe('Sitzung');
  });
});
