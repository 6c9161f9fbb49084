import type { z } from 'zod';
import { ApiError, type FieldIssue } from '../api/errors';
import { methods } from '../api/methods';
import type { MethodDef } from '../api/define';
import type { Context } from './context';

const registry = methods as unknown as Record<string, MethodDef>;

function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const field = path ? `${path}.${key}` : key;
        return { field, message: `Unbekanntes Feld „${field}“.` };
      });
    }
    if (path === '' && issue.code === 'invalid_type') {
      return [{ field: '', message: 'Die Eingabe muss ein Objekt mit Feldern sein.' }];
    }
    return [{ field: path, message: issue.message }];
  });
}

export function validationFailure(issues: FieldIssue[]): ApiError {
  const message = issues.length === 1
    ? issues[0].message
    : `Bitte prüfen Sie ${issues.length} Eingaben: ${issues.map((i) => i.message).join(' ')}`;
  return new ApiError('VALIDATION', message, issues);
}

/**
 * The single entry point of every transport: unknown method, invalid input and unexpected failures all
 * become typed ApiErrors with German messages. Nothing is written when validation fails, because
 * services run only after parsing succeeded and write in one transaction.
 */
export async function dispatch(ctx: Context, name: string, rawInput: unknown): Promise<unknown> {
  if (!Object.hasOwn(registry, name)) {
    throw new ApiError('UNKNOWN_METHOD', `Unbekannte Funktion „${String(name).slice(0, 80)}“.`);
  }
  const def = registry[name];
  const parsed = def.input.safeParse(rawInput === null ? undefined : rawInput);
  if (!parsed.success) throw validationFailure(issuesFromZod(parsed.error));
  try {
    const result = await def.run(ctx, parsed.data);
    for (const entity of def.writes ?? []) ctx.emit({ type: 'changed', entity });
    return result === undefined ? null : result;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    const e = error as { code?: string; message?: string };
    if (typeof e?.code === 'string' && e.code.startsWith('SQLITE_CONSTRAINT')) {
      throw new ApiError('CONFLICT', 'Die Änderung verletzt eine Datenregel und wurde nicht gespeichert.');
    }
    console.error(`[kim-desk] ${name} failed`, error);
    throw new ApiError('INTERNAL', 'Ein interner Fehler ist aufgetreten. Es wurde nichts gespeichert.');
  }
}
