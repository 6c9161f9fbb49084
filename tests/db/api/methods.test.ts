import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlerGroups, methods } from '../../../db/api/methods';
import { testCore, type TestCore } from '../../helpers/core';

describe('the method map', () => {
  it('defines every method name exactly once across the handler files', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [group, defs] of Object.entries(handlerGroups)) {
      for (const name of Object.keys(defs)) {
        if (seen.has(name)) duplicates.push(`${name} (${seen.get(name)} and ${group})`);
        seen.set(name, group);
      }
    }
    expect(duplicates).toEqual([]);
    expect([...seen.keys()].sort()).toEqual(Object.keys(methods).sort());
  });

  it('names methods "<domain>.<verb>"', () => {
    for (const name of Object.keys(methods)) expect(name).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
  });

  describe('inputs', () => {
    let t: TestCore;
    beforeAll(async () => { t = await testCore(); });
    afterAll(() => t.dispose());

    it('reject unknown fields in every method', async () => {
      for (const name of Object.keys(methods)) {
        const error = await t.core.call(name, { surelyNotAField: 1 }).then(() => undefined, (e) => e);
        expect(error, name).toMatchObject({ code: 'VALIDATION' });
        expect(error.issues.some((i: { field: string }) => i.field.endsWith('surelyNotAField')), name).toBe(true);
      }
    });
  });
});
