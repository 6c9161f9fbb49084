import { z } from 'zod';
import { method } from '../define';
import { int, text } from '../fields';
import { search } from '../../services/search/search';

export const searchMethods = {
  'search.query': method({
    input: z.strictObject({ q: text('Suchbegriff', 200), limit: int('Anzahl', 1, 500).optional() }),
    run: (ctx, input) => search(ctx, input),
  }),
};
