import { z } from 'zod';
import { method } from '../define';
import { id, input, optionalChoice, optionalId } from '../fields';
import { TASK_LIST_STATUSES } from '../../services/tasks/listTasks';
import { exportAgreementsCsv, exportAgreementsXlsx } from '../../exports/roundTables/agreementList';
import { exportSteckbrief } from '../../exports/roundTables/steckbrief';

const agreementFilter = z.strictObject({
  municipalityId: optionalId('Kommune'),
  status: optionalChoice('Auswahl', TASK_LIST_STATUSES),
}).optional();

/** Files that leave the office: the municipality's Steckbrief (.docx) and the round-table agreements (.xlsx, .csv). */
export const roundTableExportMethods = {
  'exports.municipalityProfile': method({
    input: input({ id: id('Kommune') }),
    run: (ctx, { id: key }) => exportSteckbrief(ctx, key),
  }),
  'exports.agreementsXlsx': method({ input: agreementFilter, run: (ctx, filter) => exportAgreementsXlsx(ctx, filter ?? {}) }),
  'exports.agreementsCsv': method({ input: agreementFilter, run: (ctx, filter) => exportAgreementsCsv(ctx, filter ?? {}) }),
};
