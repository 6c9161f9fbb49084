import { z } from 'zod';
import { bool, choice, id, idInput, input, optionalDate, optionalId, optionalText } from '../fields';
import { method } from '../define';
import { TARGET_GROUPS } from '../../domain/enums';
import {
  listProviderAssignments, providerAssignmentCrud, PROVIDER_ASSIGNMENT_LABELS as L,
} from '../../services/masterData/providerAssignments';

const fields = {
  providerOrganisationId: id(L.providerOrganisationId),
  municipalityId: optionalId(L.municipalityId),
  countyWide: bool(L.countyWide).default(false),
  targetGroup: choice(L.targetGroup, TARGET_GROUPS),
  validFrom: optionalDate(L.validFrom),
  validTo: optionalDate(L.validTo),
  note: optionalText(L.note, 500),
};

// The municipalities list shows each municipality's providers.
const writes = ['providerAssignments', 'municipalities'] as const;

export const providerAssignmentMethods = {
  'providerAssignments.list': method({
    input: z.strictObject({}).optional(),
    run: (ctx) => listProviderAssignments(ctx),
  }),
  'providerAssignments.get': method({
    input: idInput(),
    run: (ctx, { id: key }) => providerAssignmentCrud.get(ctx, key),
  }),
  'providerAssignments.create': method({
    input: input(fields),
    writes,
    run: (ctx, values) => providerAssignmentCrud.create(ctx, values),
  }),
  'providerAssignments.update': method({
    input: input({ id: id(), ...fields }),
    writes,
    run: (ctx, { id: key, ...values }) => providerAssignmentCrud.update(ctx, key, values),
  }),
  'providerAssignments.delete': method({
    input: idInput(),
    writes,
    run: (ctx, { id: key }) => providerAssignmentCrud.remove(ctx, key),
  }),
};
