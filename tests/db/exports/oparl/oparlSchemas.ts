import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';

/**
 * The OParl 1.1 JSON schemas live beside the repository (CI clones `shared/` next to it), not in it.
 * A missing folder fails the tests loudly: skipping would report an unchecked export as green.
 */
export const OPARL_SCHEMA_DIR = resolve(import.meta.dirname, '../../../../../shared/oparl-1.1-schema');

const isRealDate = (s: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
};

// ajv's formats live in a separate package (ajv-formats); these three are all the OParl schemas use.
const FORMATS = {
  url: (s: string) => {
    if (/\s/.test(s)) return false;
    try {
      return /^[a-z][a-z0-9+.-]*:$/.test(new URL(s).protocol);
    } catch {
      return false;
    }
  },
  date: isRealDate,
  'date-time': (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s)
    && isRealDate(s.slice(0, 10)) && !Number.isNaN(Date.parse(s)),
};

export type OparlValidators = Record<string, ValidateFunction>;

export function loadOparlSchemas(dir = OPARL_SCHEMA_DIR): OparlValidators {
  if (!existsSync(dir)) {
    throw new Error(`OParl 1.1 schemas not found at ${dir}. They belong in ../shared/oparl-1.1-schema beside the repository `
      + '(CI clones shared/ next to it); without them the OParl export cannot be checked.');
  }
  // The schemas carry keywords of their own (references, backreference, cardinality, schema) and patterns
  // written for non-unicode regular expressions ("\:"), so ajv runs lenient on both.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  for (const [name, check] of Object.entries(FORMATS)) ajv.addFormat(name, check);
  const validators: OparlValidators = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const schema = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    validators[schema.title as string] = ajv.compile(schema);
  }
  return validators;
}

/** Validates an OParl object by its `type`; returns the schema's complaints, empty when it conforms. */
export function oparlErrors(validators: OparlValidators, object: Record<string, unknown>): string[] {
  const type = String(object.type ?? '').replace('https://schema.oparl.org/1.1/', '');
  const validate = validators[type];
  if (!validate) return [`no OParl schema for type ${String(object.type)}`];
  if (validate(object)) return [];
  return (validate.errors ?? []).map((e) => `${type}${e.instancePath} ${e.message ?? ''}`);
}
