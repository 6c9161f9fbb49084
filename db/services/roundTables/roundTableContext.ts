import type { Context } from '../../core/context';
import { berlinToday } from '../../domain/clock';
import { TASK_SELECT, toTaskRow, type TaskRow } from '../tasks/listTasks';
import { contactDates, needsContact, officeLimits } from '../municipalityProfile/contact';
import { responsibleProviders, type ResponsibleProvider } from '../municipalityProfile/responsibility';
import { findingsNaming, themesOf, type MunicipalityFinding, type MunicipalityTheme } from '../municipalityProfile/themesAndFindings';

export interface RoundTableContext {
  providers: ResponsibleProvider[];
  /** Agreements still owed from earlier round tables in these municipalities, to be taken up again. */
  openAgreements: TaskRow[];
  themes: MunicipalityTheme[];
  findings: MunicipalityFinding[];
  /** Per asked municipality, in name order. */
  contacts: Array<{ municipalityId: string; name: string; lastContactOn: string | null; contactWarning: boolean }>;
  /** The most recent contact with any of them. */
  lastContactOn: string | null;
}

/**
 * What the create form shows beside a new round table, so what is already known can be taken up: providers
 * responsible today (county-wide ones included), open agreements, themes and findings naming the municipalities,
 * and the last contact. `excludeRoundTableId` leaves out the round table being edited.
 */
export function roundTableContext(ctx: Context, input: { municipalityIds: string[]; excludeRoundTableId?: string | null }): RoundTableContext {
  const ids = [...new Set(input.municipalityIds)];
  const today = berlinToday(ctx.clock);
  const { contactWarningMonths } = officeLimits(ctx);
  const openAgreements = ids.length === 0 ? [] : (ctx.sqlite.prepare(`${TASK_SELECT}
    WHERE t.status IN ('OPEN', 'IN_PROGRESS', 'DEFERRED') AND t.round_table_id IS NOT NULL
      AND t.round_table_id <> @exclude
      AND t.round_table_id IN (SELECT round_table_id FROM round_table_municipalities WHERE municipality_id IN (SELECT value FROM json_each(@ids)))
    ORDER BY t.due_date IS NULL, t.due_date, t.title, t.id`)
    .all({ today, ids: JSON.stringify(ids), exclude: input.excludeRoundTableId ?? '' }) as Parameters<typeof toTaskRow>[0][]).map(toTaskRow);
  const dates = contactDates(ctx, today, ids);
  const names = ids.length === 0 ? [] : ctx.sqlite.prepare(`SELECT id, name FROM municipalities
    WHERE id IN (SELECT value FROM json_each(?)) ORDER BY name`).all(JSON.stringify(ids)) as Array<{ id: string; name: string }>;
  const contacts = names.map(({ id, name }) => {
    const lastContactOn = dates.get(id)?.lastContactOn ?? null;
    return { municipalityId: id, name, lastContactOn, contactWarning: needsContact(lastContactOn, today, contactWarningMonths) };
  });
  const findings = findingsNaming(ctx, ids);
  return {
    providers: responsibleProviders(ctx, ids, today),
    openAgreements,
    themes: themesOf(ctx, findings),
    findings,
    contacts,
    lastContactOn: contacts.reduce<string | null>((max, c) => (c.lastContactOn && (!max || c.lastContactOn > max) ? c.lastContactOn : max), null),
  };
}
