import { describe, expect, it } from 'vitest';
import { monthsBefore, needsContact } from '../../../../db/services/municipalityProfile/contact';

describe('monthsBefore', () => {
  it('goes back whole calendar months, across year ends', () => {
    expect(monthsBefore('2025-06-15', 12)).toBe('2024-06-15');
    expect(monthsBefore('2025-02-10', 3)).toBe('2024-11-10');
    expect(monthsBefore('2025-06-15', 24)).toBe('2023-06-15');
  });

  it('falls back to the month’s last day when the day does not exist there', () => {
    expect(monthsBefore('2025-05-31', 3)).toBe('2025-02-28');
    expect(monthsBefore('2025-02-28', 12)).toBe('2024-02-28');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
  });
});

describe('needsContact', () => {
  it('warns only when the last contact lies more than the months back, and when there never was one', () => {
    expect(needsContact('2024-06-15', '2025-06-15', 12)).toBe(false);
    expect(needsContact('2024-06-14', '2025-06-15', 12)).toBe(true);
    expect(needsContact('2025-01-01', '2025-06-15', 6)).toBe(false);
    expect(needsContact('2024-12-14', '2025-06-15', 6)).toBe(true);
    expect(needsContact(null, '2025-06-15', 12)).toBe(true);
  });
});
