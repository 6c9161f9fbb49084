import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { methods } from '../../../db/api/methods';
import type { MethodDef } from '../../../db/api/define';
import { ApiError, type ApiErrorCode } from '../../../db/api/errors';
import { testCore, type TestCore } from '../../helpers/core';
import { fingerprint, inspectDatabase } from '../../helpers/database';
import { idsForField, inputFor, type KnownIds } from '../../helpers/arbitraries';

/**
 * For every method that writes, random and hostile inputs must either succeed or be refused with a typed error
 * carrying a German message, and a refused call must leave every table, the audit log included, as it was.
 * Methods are read from the method map, so a method added later is covered without touching this file.
 */

const REGISTRY = methods as unknown as Record<string, MethodDef<z.ZodType>>;
const WRITE_METHODS = Object.keys(REGISTRY).filter((name) => (REGISTRY[name].writes ?? []).length > 0).sort();
const REFUSAL_CODES: readonly ApiErrorCode[] = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'REFERENCED', 'FORBIDDEN'];
const RUNS_PER_METHOD = 40;

// Text the user typed is quoted „…“ in messages and may be anything; the message around it must not be English.
const ENGLISH = /\b(invalid|expected|received|required|unrecognized|undefined|must|should|cannot|error|failed|constraint|sqlite|object|string|number)\b/i;
const unquoted = (message: string) => message.replace(/„[^“]*“/g, '„…“');

function expectGermanRefusal(error: unknown, method: string, input: unknown): asserts error is ApiError {
  const shown = `${method} ${safeJson(input)}`;
  expect(error, shown).toBeInstanceOf(ApiError);
  const e = error as ApiError;
  expect(REFUSAL_CODES, `${shown} → ${e.code}: ${e.message}`).toContain(e.code);
  for (const message of [e.message, ...(e.issues ?? []).map((i) => i.message)]) {
    expect(message.trim().length, shown).toBeGreaterThan(0);
    expect(unquoted(message), shown).not.toMatch(ENGLISH);
  }
}

function safeJson(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 300);
  } catch {
    return String(value).slice(0, 300);
  }
}

/** A small consistent dataset, so well-formed inputs can refer to existing records. */
async function seed(t: TestCore): Promise<KnownIds> {
  const municipality = await t.api.send('municipalities.create', { name: 'Mechernich', status: 'STADT', officialKey: '05366028' });
  const organisation = await t.api.send('organisations.create', { name: 'Caritasverband für die Region Eifel', kind: 'WELFARE_PROVIDER', municipalityId: municipality.id });
  const unit = await t.api.send('organisations.create', { name: 'Fachdienst Integration', kind: 'WELFARE_PROVIDER', parentId: organisation.id });
  const person = await t.api.send('persons.create', { name: 'Jörg Beispiel', organisationId: organisation.id, validFrom: '2024-01-01' });
  const post = await t.api.send('posts.create', {
    label: 'CM Eifel', fundingModule: 'B2_CASE_MANAGEMENT', kind: 'CASE_MANAGEMENT', fte: 0.5,
    hostOrganisationId: organisation.id, holderPersonId: person.id, status: 'FILLED', filledSince: '2024-04-01',
  });
  const assignment = await t.api.send('providerAssignments.create', {
    providerOrganisationId: organisation.id, municipalityId: municipality.id, targetGroup: 'ADULTS_18_PLUS',
  });
  return {
    municipalities: [municipality.id],
    organisations: [organisation.id, unit.id],
    persons: [person.id],
    posts: [post.id],
    provider_assignments: [assignment.id],
  };
}

/** "providerAssignments.update" → "provider_assignments": method domains are the camel-cased table names. */
const tableOf = (method: string) => method.split('.')[0].replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

describe('every write method under random input', () => {
  let t: TestCore;
  let db: Database.Database;
  let known: KnownIds;
  beforeEach(async () => {
    t = await testCore();
    db = inspectDatabase(t);
    known = await seed(t);
  });
  afterEach(() => {
    db.close();
    t.dispose();
  });

  it('covers the write methods of the master data', () => {
    for (const domain of ['municipalities', 'organisations', 'persons', 'posts', 'providerAssignments']) {
      for (const verb of ['create', 'update', 'delete']) expect(WRITE_METHODS).toContain(`${domain}.${verb}`);
    }
  });

  it.each(WRITE_METHODS)('%s succeeds or refuses in German without writing anything', async (name) => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(inputFor(REGISTRY[name].input, idsForField(known, tableOf(name))), async (input) => {
        const before = fingerprint(db);
        const error = await t.core.call(name, input).then(() => undefined, (e: unknown) => e ?? new Error('rejected without a reason'));
        if (error === undefined) return;
        refused += 1;
        expectGermanRefusal(error, name, input);
        expect(fingerprint(db), `${name} ${safeJson(input)} was refused but changed the database`).toEqual(before);
      }),
      { numRuns: RUNS_PER_METHOD },
    );
    // Hostile inputs are most of what is generated; a method that never refuses would be suspicious.
    expect(refused).toBeGreaterThan(0);
  });
});
