import type { z } from 'zod';
import type { Context } from '../core/context';

export interface MethodDef<S extends z.ZodType = z.ZodType, O = unknown> {
  input: S;
  /** Writes emit a change event for these entities, so open windows refresh. */
  writes?: readonly string[];
  run(ctx: Context, input: z.output<S>): O | Promise<O>;
}

export function method<S extends z.ZodType, O>(def: MethodDef<S, O>): MethodDef<S, O> {
  return def;
}

export type MethodMap = Record<string, MethodDef<z.ZodType, unknown>>;
