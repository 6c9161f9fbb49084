import { z } from 'zod';
import { choice, id, input, optionalId } from '../fields';
import { method } from '../define';
import { gapAlerts } from '../../services/chain/gapAlerts';
import { LEAD_TIME_GROUPINGS, leadTimes } from '../../services/chain/leadTimes';
import { chainTimeline } from '../../services/chain/timeline';

/** The chain from case to measure made visible: one theme's timeline, the gaps where it stopped, lead times. */
export const chainMethods = {
  'chain.timeline': method({ input: input({ themeId: id('Thema') }), run: (ctx, { themeId }) => chainTimeline(ctx, themeId) }),
  'chain.gapAlerts': method({
    input: z.strictObject({ themeId: optionalId('Thema') }).optional(),
    run: (ctx, filter) => gapAlerts(ctx, { themeId: filter?.themeId }),
  }),
  'chain.leadTimes': method({
    input: input({ groupBy: choice('Gruppierung', LEAD_TIME_GROUPINGS).default('fieldOfAction') }),
    run: (ctx, { groupBy }) => leadTimes(ctx, groupBy),
  }),
};
