import { z } from 'zod';
import { email, id, idInput, input, optionalDate, optionalId, optionalText, phone, text } from '../fields';
import { method } from '../define';
import { listPersons, personCrud, PERSON_LABELS as L } from '../../services/masterData/persons';

const fields = {
  name: text(L.name, 120),
  function: optionalText(L.function, 120),
  organisationId: optionalId(L.organisationId),
  email: email(L.email),
  phone: phone(L.phone),
  validFrom: optionalDate(L.validFrom),
  validTo: optionalDate(L.validTo),
};

// Holder names appear in the list of posts.
const writes = ['persons', 'posts'] as const;

export const personMethods = {
  'persons.list': method({
    input: z.strictObject({}).optional(),
    run: (ctx) => listPersons(ctx),
  }),
  'persons.get': method({
    input: idInput(),
    run: (ctx, { id: key }) => personCrud.get(ctx, key),
  }),
  'persons.create': method({
    input: input(fields),
    writes,
    run: (ctx, values) => personCrud.create(ctx, values),
  }),
  'persons.update': method({
    input: input({ id: id(), ...fields }),
    writes,
    run: (ctx, { id: key, ...values }) => personCrud.update(ctx, key, values),
  }),
  'persons.delete': method({
    input: idInput(),
    writes,
    run: (ctx, { id: key }) => personCrud.remove(ctx, key),
  }),
};
