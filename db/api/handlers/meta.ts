import { z } from 'zod';
import { berlinToday } from '../../domain/clock';
import { method } from '../define';
import { LABELS } from '../../domain/labels';
import { fieldsOfAction } from '../../schema';
import { asc } from 'drizzle-orm';

export const metaMethods = {
  /** Value lists with their German labels; the renderer builds every select from these. */
  'meta.enums': method({
    input: z.strictObject({}).optional(),
    run: (ctx) => ({
      ...LABELS,
      fieldOfAction: Object.fromEntries(
        ctx.db.select().from(fieldsOfAction).orderBy(asc(fieldsOfAction.position)).all().map((f) => [f.code, f.label]),
      ) as Record<string, string>,
    }),
  }),
  'meta.info': method({
    input: z.strictObject({}).optional(),
    run: (ctx) => ({
      dataDir: ctx.dataDir,
      user: ctx.user,
      today: berlinToday(ctx.clock),
      now: ctx.nowIso(),
    }),
  }),
};
