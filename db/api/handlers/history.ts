import { method } from '../define';
import { choice, id, input, int, optionalChoice, optionalDate, optionalInt } from '../fields';
import { listHistory } from '../../services/history/listHistory';
import { lastDeletion, listDeleted } from '../../services/history/listDeleted';
import { restoreDeleted } from '../../services/history/restore';
import { TABLE_NAMES } from '../../services/history/tables';

const entity = (label: string) => choice(label, TABLE_NAMES);

/** Change history from the audit log, the list of deleted records (or one record's deletion), and restoring one of them. */
export const historyMethods = {
  'history.list': method({
    input: input({ entity: entity('Datenart'), entityId: id('Datensatz') }),
    run: (ctx, { entity: name, entityId }) => listHistory(ctx, name, entityId),
  }),
  'history.deleted': method({
    input: input({
      entity: optionalChoice('Datenart', TABLE_NAMES),
      since: optionalDate('Gelöscht seit'),
      limit: optionalInt('Anzahl', 1, 1000),
    }).optional(),
    run: (ctx, filter) => listDeleted(ctx, filter ?? {}),
  }),
  'history.lastDeletion': method({
    input: input({ entity: entity('Datenart'), entityId: id('Datensatz') }),
    run: (ctx, { entity: name, entityId }) => lastDeletion(ctx, name, entityId),
  }),
  'history.restore': method({
    input: input({ seq: int('Verlaufseintrag', 1, Number.MAX_SAFE_INTEGER) }),
    // Restoring brings back rows of any table (a record and its details), so every open view refreshes.
    writes: ['*'],
    run: (ctx, { seq }) => restoreDeleted(ctx, seq),
  }),
};
