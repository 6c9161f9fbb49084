import { z } from 'zod';
import { method } from '../define';
import { exportOparl } from '../../exports/oparl/exportOparl';

/** The committees, their members, meetings and agenda items as an OParl 1.1 JSON file. */
export const oparlMethods = {
  'exports.oparl': method({
    input: z.strictObject({}).optional(),
    run: (ctx) => exportOparl(ctx),
  }),
};
