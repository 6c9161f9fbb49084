import { z } from 'zod';
import { method } from '../define';
import { bool, choice, date, id, idInput, input, longText, optionalId, optionalInt, optionalText, text } from '../fields';
import { PARTICIPANT_ROLES, ROUND_TABLE_FORMATS } from '../../domain/enums';
import { getRoundTable } from '../../services/roundTables/getRoundTable';
import { listRoundTables } from '../../services/roundTables/listRoundTables';
import { roundTableContext } from '../../services/roundTables/roundTableContext';
import { roundTableOverview } from '../../services/roundTables/roundTableOverview';
import {
  createRoundTable, deleteRoundTable, ROUND_TABLE_LABELS as L, updateRoundTable,
} from '../../services/roundTables/roundTableWrites';

const participant = z.strictObject({
  organisationId: optionalId(L.organisationId),
  personId: optionalId(L.personId),
  role: choice(L.role, PARTICIPANT_ROLES),
  headCount: optionalInt(L.headCount, 1, 1000),
  note: optionalText(L.note, 500),
}, { error: `${L.participants}: Je Zeile werden Angaben erwartet.` });

const fields = {
  format: choice(L.format, ROUND_TABLE_FORMATS),
  title: text(L.title, 200),
  heldOn: date(L.heldOn),
  startTime: optionalText(L.startTime, 5).refine((v) => v == null || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), {
    error: `${L.startTime}: Uhrzeit im Format HH:MM erwartet (z. B. 15:00).`,
  }),
  location: optionalText(L.location, 200),
  onlineUrl: optionalText(L.onlineUrl, 500).refine((v) => v == null || /^https?:\/\/\S+$/i.test(v), {
    error: `${L.onlineUrl}: Bitte eine Adresse beginnend mit https:// angeben.`,
  }),
  countyWide: bool(L.countyWide).default(false),
  municipalityIds: z.array(id(L.municipalityIds), { error: `${L.municipalityIds}: Liste erwartet.` })
    .max(200, { error: `${L.municipalityIds}: Höchstens 200.` }).default([]),
  topics: longText(L.topics, 4000),
  notes: longText(L.notes, 20_000),
  participants: z.array(participant, { error: `${L.participants}: Liste erwartet.` })
    .max(200, { error: `${L.participants}: Höchstens 200 Zeilen.` }).default([]),
};

// The municipalities list shows each municipality's round-table count and last contact.
const writes = ['round_tables', 'round_table_municipalities', 'round_table_participants', 'municipalities'] as const;

/**
 * Runde Tische, Entwicklungskonferenzen, Austauschforen and Kommunentour dates. Their agreements are tasks
 * (tasks.create with source ROUND_TABLE); tasks.list filters them by municipality.
 */
export const roundTableMethods = {
  'roundTables.list': method({ input: z.strictObject({}).optional(), run: (ctx) => listRoundTables(ctx) }),
  'roundTables.get': method({ input: idInput(), run: (ctx, { id: key }) => getRoundTable(ctx, key) }),
  'roundTables.create': method({ input: input(fields), writes, run: (ctx, values) => createRoundTable(ctx, values) }),
  'roundTables.update': method({
    input: input({ id: id(), ...fields }),
    writes,
    run: (ctx, { id: key, ...values }) => updateRoundTable(ctx, key, values),
  }),
  'roundTables.delete': method({ input: idInput(), writes, run: (ctx, { id: key }) => deleteRoundTable(ctx, key) }),
  'roundTables.context': method({
    input: input({
      municipalityIds: z.array(id(L.municipalityIds), { error: `${L.municipalityIds}: Liste erwartet.` })
        .max(200, { error: `${L.municipalityIds}: Höchstens 200.` }),
      excludeRoundTableId: optionalId('Runder Tisch'),
    }),
    run: (ctx, values) => roundTableContext(ctx, values),
  }),
  'roundTables.overview': method({
    input: z.strictObject({ year: optionalInt('Jahr', 1990, 2200) }).optional(),
    run: (ctx, values) => roundTableOverview(ctx, { year: values?.year }),
  }),
};
