import { z } from 'zod';
import { choice, id, idInput, input, longText, optionalChoice, optionalId, optionalText, text } from '../fields';
import { method } from '../define';
import { THEME_PRIORITIES, THEME_STATUSES } from '../../domain/enums';
import { THEME_SOURCES } from '../../services/themes/evidence';
import { getTheme } from '../../services/themes/getTheme';
import { setThemeStatus } from '../../services/themes/lifecycle';
import { listThemes, themeBoard } from '../../services/themes/listThemes';
import { mergeThemes, splitTheme } from '../../services/themes/mergeSplit';
import { THEME_LABELS as L } from '../../services/themes/themeRecord';
import { addFindings, createTheme, deleteTheme, removeFinding, updateTheme } from '../../services/themes/themeWrites';

const fields = {
  title: text(L.title, 200),
  description: longText(L.description, 5000),
  fieldOfAction: optionalId(L.fieldOfAction),
  priority: optionalChoice(L.priority, THEME_PRIORITIES),
};

const ids = (label: string, min = 0) => z.array(id(label), { error: `${label}: Liste erwartet.` })
  .min(min, { error: `${label}: Bitte mindestens einen Eintrag auswählen.` })
  .max(500, { error: `${label}: Höchstens 500 Einträge.` });

const filter = z.strictObject({
  status: optionalChoice('Status', THEME_STATUSES),
  fieldOfAction: optionalId(L.fieldOfAction),
  municipalityId: optionalId('Kommune'),
  source: optionalChoice('Quelle', THEME_SOURCES),
}).optional();

const writes = ['themes', 'findings', 'theme_status_history', 'measures', 'agenda_items'] as const;

/** Generative themes: register and board, evidence, the lifecycle with its steering decisions, merge and split. */
export const themeMethods = {
  'themes.list': method({ input: filter, run: (ctx, f) => listThemes(ctx, f ?? {}) }),
  'themes.board': method({ input: filter, run: (ctx, f) => themeBoard(ctx, f ?? {}) }),
  'themes.get': method({ input: idInput(), run: (ctx, { id: key }) => getTheme(ctx, key) }),
  'themes.create': method({
    input: input({ ...fields, findingIds: ids(L.findingIds).default([]) }),
    writes,
    run: (ctx, values) => createTheme(ctx, values),
  }),
  'themes.update': method({
    input: input({ id: id(), ...fields }),
    writes,
    run: (ctx, { id: key, ...values }) => updateTheme(ctx, key, values),
  }),
  'themes.delete': method({ input: idInput(), writes, run: (ctx, { id: key }) => deleteTheme(ctx, key) }),
  'themes.addFindings': method({
    input: input({ themeId: id(L.themeId), findingIds: ids(L.findingIds, 1) }),
    writes,
    run: (ctx, { themeId, findingIds }) => addFindings(ctx, themeId, findingIds),
  }),
  'themes.removeFinding': method({
    input: input({ themeId: id(L.themeId), findingId: id(L.findingId) }),
    writes,
    run: (ctx, { themeId, findingId }) => removeFinding(ctx, themeId, findingId),
  }),
  'themes.merge': method({
    input: input({ sourceThemeIds: ids(L.sourceThemeIds, 1), targetThemeId: id(L.targetThemeId) }),
    writes,
    run: (ctx, values) => mergeThemes(ctx, values),
  }),
  'themes.split': method({
    input: input({
      themeId: id(L.themeId),
      newTheme: z.strictObject(fields, { error: `${L.newTheme}: Angaben zum neuen Thema erwartet.` }),
      findingIds: ids(L.findingIds, 1),
      measureIds: ids(L.measureIds).optional(),
    }),
    writes,
    run: (ctx, values) => splitTheme(ctx, values),
  }),
  'themes.setStatus': method({
    input: input({
      themeId: id(L.themeId),
      status: choice(L.status, THEME_STATUSES),
      decisionId: optionalId(L.decisionId),
      committeeId: optionalId(L.committeeId),
      note: optionalText(L.note, 1000),
    }),
    writes,
    run: (ctx, values) => {
      setThemeStatus(ctx, values);
      return getTheme(ctx, values.themeId);
    },
  }),
};
