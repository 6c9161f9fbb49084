import { z } from 'zod';
import { method } from '../define';
import { disableEncryption, enableEncryption, encryptionStatus } from '../../services/encryption/encryption';

/** Encryption at rest: the state, and switching it on or off (the key lives in the OS credential store). */
export const encryptionMethods = {
  'encryption.status': method({
    input: z.strictObject({}).optional(),
    run: (ctx) => encryptionStatus(ctx),
  }),
  'encryption.enable': method({
    input: z.strictObject({}).optional(),
    writes: ['*'],
    run: (ctx) => enableEncryption(ctx),
  }),
  'encryption.disable': method({
    input: z.strictObject({}).optional(),
    writes: ['*'],
    run: (ctx) => disableEncryption(ctx),
  }),
};
