import { bool, choice, id, idInput, input, optionalText, text } from '../fields';
import { method } from '../define';
import { MUNICIPALITY_STATUSES } from '../../domain/enums';
import { listMunicipalities, municipalityCrud, MUNICIPALITY_LABELS as L } from '../../services/masterData/municipalities';
import { z } from 'zod';

const fields = {
  name: text(L.name, 120),
  status: choice(L.status, MUNICIPALITY_STATUSES),
  officialKey: optionalText(L.officialKey, 8).refine((v) => v == null || /^\d{8}$/.test(v), {
    error: `${L.officialKey}: Acht Ziffern erwartet (z. B. 05366020).`,
  }),
  active: bool(L.active).default(true),
};

export const municipalityMethods = {
  'municipalities.list': method({
    input: z.strictObject({}).optional(),
    run: (ctx) => listMunicipalities(ctx),
  }),
  'municipalities.get': method({
    input: idInput(),
    run: (ctx, { id }) => municipalityCrud.get(ctx, id),
  }),
  'municipalities.create': method({
    input: input(fields),
    writes: ['municipalities'],
    run: (ctx, values) => municipalityCrud.create(ctx, values),
  }),
  'municipalities.update': method({
    input: input({ id: id(), ...fields }),
    writes: ['municipalities'],
    run: (ctx, { id: key, ...values }) => municipalityCrud.update(ctx, key, values),
  }),
  'municipalities.delete': method({
    input: idInput(),
    writes: ['municipalities'],
    run: (ctx, { id: key }) => municipalityCrud.remove(ctx, key),
  }),
};
