import { z } from 'zod';
import { method } from '../define';
import { input } from '../fields';
import { scanPersonalData } from '../../services/privacy/scan';

const LIMIT = 20_000;

/** The privacy guard for the forms' live highlighting; saving runs the same scan in the services. */
export const privacyMethods = {
  'privacy.scan': method({
    input: input({
      // Not trimmed: the offsets of the findings must match the text the form shows.
      text: z.string({ error: 'Text: Text erwartet.' }).max(LIMIT, { error: `Text: Höchstens ${LIMIT.toLocaleString('de-DE')} Zeichen.` }),
    }),
    run: (_ctx, { text }) => scanPersonalData(text),
  }),
};
