import { z } from 'zod';
import { method } from '../define';
import { optionalChoice, optionalId } from '../fields';
import { COMMITTEE_KINDS } from '../../domain/enums';
import { overviewSummary } from '../../services/overview/summary';
import { dueOverview } from '../../services/overview/dueItems';
import { overviewCharts } from '../../services/overview/charts';
import { listCommittees } from '../../services/committees/listCommittees';
import { listMeetings } from '../../services/meetings/listMeetings';

const none = z.strictObject({}).optional();

/** The start page and the committee/meeting lists shared by several areas. */
export const overviewMethods = {
  'overview.summary': method({ input: none, run: (ctx) => overviewSummary(ctx) }),
  'overview.dueItems': method({ input: none, run: (ctx) => dueOverview(ctx) }),
  'overview.charts': method({ input: none, run: (ctx) => overviewCharts(ctx) }),
  'committees.list': method({
    input: z.strictObject({ kind: optionalChoice('Art', COMMITTEE_KINDS) }).optional(),
    run: (ctx, input) => listCommittees(ctx, { kind: input?.kind }),
  }),
  'meetings.list': method({
    input: z.strictObject({ committeeId: optionalId('Gremium') }).optional(),
    run: (ctx, input) => listMeetings(ctx, { committeeId: input?.committeeId }),
  }),
};
