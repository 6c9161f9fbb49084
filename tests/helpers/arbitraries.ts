import { isAbsolute } from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { referenceGraph } from '../../db/services/references';

/**
 * fast-check arbitraries for API inputs. `inputFor(schema)` reads a method's zod input schema, so a method added
 * later gets field-aware inputs without anyone writing a generator for it.
 */

/** Strings longer than every text limit (the longest, long text, is 20,000 characters). */
export const hugeString = fc.tuple(fc.string({ minLength: 1, maxLength: 4 }), fc.integer({ min: 20_001, max: 30_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

const GERMAN_SAMPLES = [
  'Zülpich', 'Bärbel Weiß-Öztürk', 'Caritasverband für die Region Eifel', 'KS 3 Interkulturelle Öffnung (IKÖ)',
  'Abt. 49 – Kommunales Bildungs- und Integrationszentrum', 'Straße 1\nZeile 2', '49.1', 'Ü',
];

export const germanText = fc.constantFrom(...GERMAN_SAMPLES);

export const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  hugeString,
  fc.constantFrom('', ' ', '\t\n', '\u0000', '\uD800', "'; DROP TABLE organisations; --", '%', '😀'.repeat(100), 'null', '__proto__'),
);

export const validDate = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Dates that look like ISO dates but do not exist, or are out of range, or are in another format. */
export const impossibleDate = fc.constantFrom(
  '2025-02-30', '2025-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-06-00', '1899-12-31', '2201-01-01',
  '0000-00-00', '2025-6-1', '15.06.2025', '2025-06-15T10:00', '2025-06-15 ', '20250615',
);

export const validDateTime = fc.tuple(validDate, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([d, h, m]) => `${d}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

export const impossibleDateTime = fc.constantFrom('2025-02-30T10:00', '2025-06-15T24:00', '2025-06-15T10:60', '2025-06-15T10:00:00', '2025-06-15');

export const hostileNumber = fc.oneof(
  fc.constantFrom(1.5, -0.1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0.333, -1, -0, 1e21, 2 ** 53, Number.MAX_VALUE, 1.005),
  fc.double(),
  fc.integer(),
);

/** Values of the wrong type for any field. */
export const wrongType = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  hostileNumber,
  hostileText,
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

/** Existing record ids by table name, so an id field can be given ids of the table it refers to. */
export type KnownIds = Record<string, readonly string[]>;

/**
 * Which existing ids fit a field: `id` takes ids of the method's own table, a foreign key (found by its field
 * name in the schema's reference graph) ids of the tables it points to, anything else ids of any table.
 */
export function idsForField(known: KnownIds, ownTable: string | undefined) {
  const all = Object.values(known).flat();
  return (key: string): readonly string[] => {
    if (key === 'id') return ownTable && known[ownTable] ? known[ownTable] : all;
    const tables = new Set(referenceGraph().filter((r) => r.key === key).map((r) => r.foreignTable));
    const fitting = [...tables].flatMap((t) => known[t] ?? []);
    return fitting.length > 0 ? fitting : all;
  };
}

/** Ids: mostly ones that exist (to pass reference checks), else random ones that do not. */
export function idValue(knownIds: readonly string[]) {
  const random = fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.uuid(), fc.constantFrom('01JZZZZZZZZZZZZZZZZZZZZZZZ'));
  return knownIds.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...knownIds), weight: 4 }, { arbitrary: random, weight: 1 }) : random;
}

type Mode = 'plausible' | 'hostile';
interface Options { mode: Mode; idsFor: (key: string) => readonly string[] }
interface Def { type: string; [key: string]: unknown }
interface CheckDef { check: string; minimum?: number; maximum?: number; value?: number; format?: string; pattern?: RegExp }

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): CheckDef[] => ((def.checks as Array<{ _zod: { def: CheckDef } }> | undefined) ?? []).map((c) => c._zod.def);
const isIdKey = (key: string) => key === 'id' || /Id$/.test(key);

function stringFor(def: Def, key: string, { mode, idsFor }: Options): fc.Arbitrary<unknown> {
  const checks = checksOf(def);
  const patterns = checks.filter((c) => c.format === 'regex' && c.pattern).map((c) => c.pattern as RegExp);
  const accepts = (sample: string) => patterns.length > 0 && patterns.every((p) => p.test(sample));
  const hostile = mode === 'hostile';
  if (accepts('2025-06-15')) return hostile ? fc.oneof(validDate, impossibleDate, hostileText) : validDate;
  if (accepts('2025-06-15T10:00')) return hostile ? fc.oneof(validDateTime, impossibleDateTime, hostileText) : validDateTime;
  if (accepts('info@kreis-euskirchen.de')) {
    const email = fc.emailAddress();
    return hostile ? fc.oneof(email, hostileText, fc.constantFrom('a@b', '@x.de', 'a b@c.de')) : email;
  }
  if (isIdKey(key)) return hostile ? fc.oneof(idValue(idsFor(key)), hostileText) : idValue(idsFor(key));
  if (hostile) return fc.oneof(germanText, hostileText);
  const min = Math.max(checks.find((c) => c.check === 'min_length')?.minimum ?? 1, 1);
  const max = Math.max(Math.min(checks.find((c) => c.check === 'max_length')?.maximum ?? 60, 60), min);
  const fitting = GERMAN_SAMPLES.filter((s) => s.length >= min && s.length <= max);
  const random = fc.string({ minLength: min, maxLength: max });
  return fitting.length > 0 ? fc.oneof(fc.constantFrom(...fitting), random) : random;
}

function numberFor(def: Def, mode: Mode): fc.Arbitrary<unknown> {
  if (mode === 'hostile') return hostileNumber;
  const checks = checksOf(def);
  const min = checks.find((c) => c.check === 'greater_than')?.value ?? -1_000;
  const max = checks.find((c) => c.check === 'less_than')?.value ?? 1_000_000;
  const integer = checks.some((c) => c.format === 'safeint' || c.format === 'int');
  const low = Math.max(min, -1_000_000_000);
  const high = Math.min(max, 1_000_000_000);
  // Non-integer fields in this domain (FTE) take two decimals, so plausible values are hundredths.
  return integer ? fc.integer({ min: low, max: high }) : fc.integer({ min: Math.ceil(low * 100), max: Math.floor(high * 100) }).map((n) => n / 100);
}

function valueFor(schema: unknown, key: string, options: Options): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (s: unknown) => valueFor(s, key, options);
  // Plausible input fills most optional fields in, so that the rules between fields (dates, holder/status) get exercised.
  const filled = options.mode === 'plausible' ? 6 : 3;
  switch (def.type) {
    case 'object': return objectFor(schema, options);
    case 'optional': case 'default': return fc.oneof({ arbitrary: inner(def.innerType), weight: filled }, { arbitrary: fc.constant(undefined), weight: 1 });
    case 'nullable': return fc.oneof({ arbitrary: inner(def.innerType), weight: filled }, { arbitrary: fc.constant(null), weight: 1 });
    case 'readonly': case 'catch': case 'nonoptional': return inner(def.innerType);
    case 'pipe': return inner(def.in);
    // Optional fields are unions of the real value with '' and null; the real value comes first.
    case 'union': return fc.oneof(...(def.options as unknown[]).map((o, i) => ({ arbitrary: inner(o), weight: i === 0 ? filled : 1 })));
    case 'enum': return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case 'literal': return fc.constantFrom(...(def.values as unknown[]));
    case 'boolean': return fc.boolean();
    case 'number': return numberFor(def, options.mode);
    case 'string': return stringFor(def, key, options);
    default: return fc.anything();
  }
}

function objectFor(schema: unknown, options: Options): fc.Arbitrary<Record<string, unknown>> {
  const shape = defOf(schema).shape as Record<string, unknown>;
  const fields = Object.fromEntries(Object.entries(shape).map(([key, s]) => {
    const value = valueFor(s, key, options);
    return [key, options.mode === 'hostile' ? fc.oneof({ arbitrary: value, weight: 3 }, { arbitrary: wrongType, weight: 1 }) : value];
  }));
  // Plausible inputs send every field (as the forms do); hostile ones may leave any out.
  return fc.record(fields, options.mode === 'plausible' ? undefined : { requiredKeys: [] });
}

/**
 * Inputs for one method: well-formed ones (with existing or random ids, to reach the reference checks and domain
 * rules), field-wise hostile ones, entirely random values, and objects with unknown keys.
 */
export function inputFor(schema: z.ZodType, idsFor: (key: string) => readonly string[]): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const target = def.type === 'optional' || def.type === 'pipe' ? (def.innerType ?? def.in) : schema;
  const isObject = defOf(target).type === 'object';
  const plausible = isObject ? objectFor(target, { mode: 'plausible', idsFor }) : fc.constant(undefined);
  const hostile = isObject ? objectFor(target, { mode: 'hostile', idsFor }) : fc.anything();
  const extraKey = fc.tuple(plausible, fc.string({ minLength: 1, maxLength: 12 }), wrongType)
    .map(([base, key, value]) => ({ ...(base as object), [key]: value }));
  return fc.oneof(
    { arbitrary: plausible, weight: 6 },
    { arbitrary: hostile, weight: 3 },
    { arbitrary: fc.anything(), weight: 1 },
    { arbitrary: fc.dictionary(fc.string({ maxLength: 20 }), wrongType, { maxKeys: 5 }), weight: 1 },
    { arbitrary: extraKey, weight: 1 },
  ).filter((input) => !containsAbsolutePath(input));
}

/**
 * Methods that take a folder or file (backups) act on whatever path they are given; random absolute paths would
 * write outside the test's temp folder. Their path handling is specified in their own tests.
 */
export function containsAbsolutePath(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return isAbsolute(value.trim());
  if (depth > 8 || value === null || typeof value !== 'object') return false;
  return Object.values(value).some((v) => containsAbsolutePath(v, depth + 1));
}
