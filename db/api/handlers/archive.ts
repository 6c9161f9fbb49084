import { z } from 'zod';
import { method } from '../define';
import { input } from '../fields';
import { exportArchive } from '../../services/archive/exportArchive';
import { importArchive, importReadiness } from '../../services/archive/importArchive';

const LABEL = 'Archivdatei';
// Base64 of about 300 MB of gzip (some 2.5 GB of JSON Lines); a JavaScript string cannot hold much more.
const MAX_CHARS = 400_000_000;

const exportMethod = method({
  input: z.strictObject({}).optional(),
  run: (ctx) => exportArchive(ctx),
});

/** The versioned archive of all data (gzip-compressed JSON Lines): export, and import into an empty database. */
export const archiveMethods = {
  'archive.export': exportMethod,
  // The same export under the name the desktop shell's save dialog accepts (it runs only `exports.*` methods).
  'exports.archive': exportMethod,
  'archive.importStatus': method({
    input: z.strictObject({}).optional(),
    run: (ctx) => importReadiness(ctx),
  }),
  'archive.import': method({
    input: input({
      dataBase64: z.string({ error: `${LABEL}: Bitte eine Archivdatei wählen.` })
        .min(1, { error: `${LABEL}: Bitte eine Archivdatei wählen.` })
        .max(MAX_CHARS, { error: `${LABEL}: Die Datei ist zu groß (höchstens 300 MB).` }),
    }),
    writes: ['*'],
    run: (ctx, { dataBase64 }) => importArchive(ctx, dataBase64),
  }),
};
