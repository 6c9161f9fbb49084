import { z } from 'zod';
import { method } from '../define';
import { bool, choice, id, idInput, input, optionalChoice, optionalId, text } from '../fields';
import { FINDING_KINDS } from '../../domain/enums';
import { getFinding, listFindings } from '../../services/findings/listFindings';
import { createFinding, deleteFinding, FINDING_LABELS as L, updateFinding } from '../../services/findings/writeFinding';

const fields = {
  reconstructionId: optionalId(L.reconstructionId),
  roundTableId: optionalId(L.roundTableId),
  kind: choice(L.kind, FINDING_KINDS),
  description: text(L.description, 2000),
  organisationIds: z.array(id(L.organisationIds), { error: `${L.organisationIds}: Liste erwartet.` })
    .max(50, { error: `${L.organisationIds}: Höchstens 50.` }).default([]),
};

const writes = ['findings', 'finding_organisations'] as const;

/**
 * Erkenntnisse from reconstructions and round tables: the evidence behind generative themes. They outlive the
 * retention date of their case, so the privacy guard refuses personal data in them outright.
 */
export const findingMethods = {
  'findings.list': method({
    input: z.strictObject({
      unassigned: bool('Nur ohne Thema').optional(),
      themeId: optionalId('Thema'),
      kind: optionalChoice(L.kind, FINDING_KINDS),
      municipalityId: optionalId('Kommune'),
      reconstructionId: optionalId(L.reconstructionId),
      roundTableId: optionalId(L.roundTableId),
    }).optional(),
    run: (ctx, filter) => listFindings(ctx, filter ?? {}),
  }),
  'findings.get': method({ input: idInput(), run: (ctx, { id: key }) => getFinding(ctx, key) }),
  'findings.create': method({ input: input(fields), writes, run: (ctx, values) => createFinding(ctx, values) }),
  'findings.update': method({
    input: input({ id: id(), ...fields }),
    writes,
    run: (ctx, { id: key, ...values }) => updateFinding(ctx, key, values),
  }),
  'findings.delete': method({ input: idInput(), writes, run: (ctx, { id: key }) => deleteFinding(ctx, key) }),
};
