import { z } from 'zod';
import { method } from '../define';
import { bool, text } from '../fields';
import { ApiError } from '../errors';
import { officeSettingsSchema, readOfficeSettings, writeOfficeSettings } from '../../services/settings/officeSettings';
import { initializeOffice, setupStatus } from '../../services/settings/setup';

export const settingsMethods = {
  'setup.status': method({
    input: z.strictObject({}).optional(),
    run: (ctx) => setupStatus(ctx),
  }),
  'setup.initialize': method({
    input: z.strictObject({ officeName: text('Name des Büros', 200), demo: bool('Demodaten') }),
    writes: ['*'],
    run: (ctx, input) => initializeOffice(ctx, input),
  }),
  'settings.get': method({
    input: z.strictObject({}).optional(),
    run: (ctx) => {
      const office = readOfficeSettings(ctx);
      if (!office) throw new ApiError('NOT_FOUND', 'KIM Desk ist noch nicht eingerichtet.');
      return office;
    },
  }),
  'settings.update': method({
    input: officeSettingsSchema,
    writes: ['settings'],
    run: (ctx, input) => writeOfficeSettings(ctx, input),
  }),
};
