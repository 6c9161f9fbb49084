import { z } from 'zod';
import { method } from '../define';
import { optionalText, text } from '../fields';
import { createBackup, listBackups, restoreBackup } from '../../services/backup/backups';

export const backupMethods = {
  'backup.list': method({
    input: z.strictObject({ folder: optionalText('Ordner', 1000) }).optional(),
    run: (ctx, input) => listBackups(ctx, input?.folder ?? undefined),
  }),
  'backup.create': method({
    input: z.strictObject({ folder: optionalText('Ordner', 1000) }).optional(),
    writes: ['backup'],
    run: (ctx, input) => createBackup(ctx, { folder: input?.folder }),
  }),
  'backup.restore': method({
    input: z.strictObject({ path: text('Sicherung', 1000) }),
    writes: ['*'],
    run: (ctx, { path }) => restoreBackup(ctx, path),
  }),
};
