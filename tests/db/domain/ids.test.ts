import { describe, expect, it } from 'vitest';
import { newId } from '../../../db/domain/ids';

describe('newId', () => {
  it('is 26 characters of Crockford base32', () => {
    expect(newId()).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it('sorts in creation order, also within one millisecond', () => {
    const ids = Array.from({ length: 2000 }, () => newId(1_750_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sorts by time across milliseconds', () => {
    const a = newId(1_750_000_000_001);
    const b = newId(1_750_000_000_002);
    expect(a < b).toBe(true);
  });
});
