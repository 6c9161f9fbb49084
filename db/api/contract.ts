import type { z } from 'zod';
import type { methods } from './methods';

/**
 * The typed contract between the core and its clients. The renderer imports this file with `import type`
 * only; nothing here exists at run time.
 */
export type Methods = typeof methods;
export type MethodName = keyof Methods & string;
export type InputOf<K extends MethodName> = z.input<Methods[K]['input']>;
export type OutputOf<K extends MethodName> = Awaited<ReturnType<Methods[K]['run']>>;

export type SendArgs<K extends MethodName> = undefined extends InputOf<K>
  ? [input?: InputOf<K>]
  : [input: InputOf<K>];

export interface ApiClient {
  send<K extends MethodName>(name: K, ...args: SendArgs<K>): Promise<OutputOf<K>>;
}

/** How a transport moves one call: returns the result or throws an ApiError. */
export type Invoke = (method: string, input: unknown) => Promise<unknown>;

export type { ApiErrorPayload, ApiErrorCode, FieldIssue } from './errors';
export type { LabelSets, EnumName } from '../domain/labels';
