import { z } from 'zod';
import { method } from '../define';
import { id, input } from '../fields';
import { retentionDue } from '../../services/retention/due';
import { purgeReconstructions } from '../../services/retention/purge';

/** The "Löschfristen" view: what is due, and the purge of reconstructions past their retention date. */
export const retentionMethods = {
  'retention.due': method({ input: z.strictObject({}).optional(), run: (ctx) => retentionDue(ctx) }),
  'retention.purge': method({
    input: input({
      ids: z.array(id('Fallrekonstruktion'), { error: 'Auswahl: Liste erwartet.' })
        .min(1, { error: 'Auswahl: Bitte mindestens eine Fallrekonstruktion auswählen.' })
        .max(1000, { error: 'Auswahl: Höchstens 1.000 auf einmal.' }),
    }),
    writes: ['case_reconstructions', 'reconstruction_participants', 'audit_log'],
    run: (ctx, { ids }) => purgeReconstructions(ctx, ids),
  }),
};
