import { describe, expect, it } from 'vitest';
import { meetingChoiceLabel, meetingName, minutesText } from '../../../renderer/pages/steering/meetingWording';

describe('how meetings are named', () => {
  it('uses the title, else the number, else the date', () => {
    expect(meetingName({ title: 'Klausur', sequenceNo: 3, startsAt: '2026-03-12T14:00' })).toBe('Klausur');
    expect(meetingName({ title: null, sequenceNo: 3, startsAt: '2026-03-12T14:00' })).toBe('3. Sitzung');
    expect(meetingName({ title: null, sequenceNo: null, startsAt: '2026-03-12T14:00' })).toBe('Sitzung am 12.03.2026');
  });

  it('offers meetings for a choice by number and date', () => {
    expect(meetingChoiceLabel({ title: 'x', sequenceNo: 10, startsAt: '2027-05-11T14:00' })).toBe('10. Sitzung am 11.05.2027');
  });

  it('counts minutes in German', () => {
    expect(minutesText(1)).toBe('1 Minute');
    expect(minutesText(95)).toBe('95 Minuten');
  });
});
