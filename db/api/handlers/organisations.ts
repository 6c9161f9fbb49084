import { z } from 'zod';
import { choice, id, idInput, input, optionalId, optionalText, text } from '../fields';
import { method } from '../define';
import { ORGANISATION_KINDS } from '../../domain/enums';
import { listOrganisations, organisationCrud, ORGANISATION_LABELS as L } from '../../services/masterData/organisations';

const fields = {
  name: text(L.name, 200),
  shortName: optionalText(L.shortName, 60),
  kind: choice(L.kind, ORGANISATION_KINDS),
  unitCode: optionalText(L.unitCode, 20),
  parentId: optionalId(L.parentId),
  municipalityId: optionalId(L.municipalityId),
};

// Organisation names appear in the lists of persons, posts, provider assignments and municipalities.
const writes = ['organisations', 'persons', 'posts', 'providerAssignments', 'municipalities'] as const;

export const organisationMethods = {
  'organisations.list': method({
    input: z.strictObject({}).optional(),
    run: (ctx) => listOrganisations(ctx),
  }),
  'organisations.get': method({
    input: idInput(),
    run: (ctx, { id: key }) => organisationCrud.get(ctx, key),
  }),
  'organisations.create': method({
    input: input(fields),
    writes,
    run: (ctx, values) => organisationCrud.create(ctx, values),
  }),
  'organisations.update': method({
    input: input({ id: id(), ...fields }),
    writes,
    run: (ctx, { id: key, ...values }) => organisationCrud.update(ctx, key, values),
  }),
  'organisations.delete': method({
    input: idInput(),
    writes,
    run: (ctx, { id: key }) => organisationCrud.remove(ctx, key),
  }),
};
