import { z } from 'zod';
import { method } from '../define';
import { choice, date, id, idInput, input, optionalId, optionalText, text } from '../fields';
import { AGE_BANDS, CASE_SOURCES, LEGAL_DOMAINS, RECONSTRUCTION_FORMATS } from '../../domain/enums';
import { getReconstruction } from '../../services/reconstructions/getReconstruction';
import { listReconstructions } from '../../services/reconstructions/listReconstructions';
import { RECONSTRUCTION_LABELS as L } from '../../services/reconstructions/labels';
import { createReconstruction, deleteReconstruction, updateReconstruction } from '../../services/reconstructions/writeReconstruction';

const participant = z.strictObject({
  organisationId: id(L.organisationId),
  role: text(L.role, 200),
}, { error: `${L.participants}: Je Zeile werden Organisation und Rolle erwartet.` });

const fields = {
  heldOn: date(L.heldOn),
  format: choice(L.format, RECONSTRUCTION_FORMATS),
  facilitatorPostId: optionalId(L.facilitatorPostId),
  caseCode: optionalText(L.caseCode, 30),
  caseSource: choice(L.caseSource, CASE_SOURCES),
  providerOrganisationId: id(L.providerOrganisationId),
  municipalityId: optionalId(L.municipalityId),
  ageBand: choice(L.ageBand, AGE_BANDS),
  fieldsOfAction: z.array(z.string({ error: `${L.fieldsOfAction}: Kennung erwartet.` }).max(64, { error: `${L.fieldsOfAction}: Ungültige Kennung.` }),
    { error: `${L.fieldsOfAction}: Liste erwartet.` }).max(20, { error: `${L.fieldsOfAction}: Höchstens 20.` }),
  legalDomains: z.array(choice(L.legalDomains, LEGAL_DOMAINS), { error: `${L.legalDomains}: Liste erwartet.` })
    .max(LEGAL_DOMAINS.length, { error: `${L.legalDomains}: Zu viele Einträge.` }).default([]),
  summary: text(L.summary, 4000),
  participants: z.array(participant, { error: `${L.participants}: Liste erwartet.` })
    .max(30, { error: `${L.participants}: Höchstens 30.` }).default([]),
  privacyJustification: optionalText(L.privacyJustification, 1000),
};

const writes = ['case_reconstructions', 'reconstruction_participants', 'reconstruction_fields', 'reconstruction_legal_domains'] as const;

/**
 * Fallrekonstruktionen. Saving runs the privacy guard over the summary and the participants' roles: what looks like
 * personal data is refused unless a justification is recorded (issues per finding, field "summary" or
 * "participants.<n>.role"). The retention date follows from the office's retention rule.
 */
export const reconstructionMethods = {
  'reconstructions.list': method({ input: z.strictObject({}).optional(), run: (ctx) => listReconstructions(ctx) }),
  'reconstructions.get': method({ input: idInput(), run: (ctx, { id: key }) => getReconstruction(ctx, key) }),
  'reconstructions.create': method({ input: input(fields), writes, run: (ctx, values) => createReconstruction(ctx, values) }),
  'reconstructions.update': method({
    input: input({ id: id(), ...fields }),
    writes,
    run: (ctx, { id: key, ...values }) => updateReconstruction(ctx, key, values),
  }),
  'reconstructions.delete': method({ input: idInput(), writes: [...writes, 'audit_log'], run: (ctx, { id: key }) => deleteReconstruction(ctx, key) }),
};
