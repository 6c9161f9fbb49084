import type { Context } from '../../core/context';
import { berlinToday } from '../../domain/clock';
import type { RoundTableFormat } from '../../domain/enums';
import { municipalityCrud, type Municipality } from '../masterData/municipalities';
import { listTasks, type TaskRow } from '../tasks/listTasks';
import { municipalityActivity, type MunicipalityActivity } from './activity';
import { contactDates, needsContact, officeLimits } from './contact';
import { responsibleProviders, type ResponsibleProvider } from './responsibility';
import { findingsNaming, themesOf, type MunicipalityFinding, type MunicipalityTheme } from './themesAndFindings';

export interface MunicipalityRoundTable {
  id: string;
  title: string;
  format: RoundTableFormat;
  heldOn: string;
  startTime: string | null;
  location: string | null;
  countyWide: boolean;
  /** The other municipalities the round table was held with. */
  otherMunicipalityNames: string;
  /** Sum of the participants' head counts; shown as is in the app, suppressed when small in exports. */
  headCount: number;
  agreementCount: number;
  openAgreementCount: number;
  /** Lies after today. */
  planned: boolean;
}

export interface MunicipalityProfile {
  municipality: Municipality;
  today: string;
  roundTables: MunicipalityRoundTable[];
  agreements: {
    /** Still owed and not overdue (open, in progress, deferred), earliest due first. */
    open: TaskRow[];
    overdue: TaskRow[];
    /** Most recently completed first. */
    completed: TaskRow[];
    discarded: TaskRow[];
  };
  providers: ResponsibleProvider[];
  themes: MunicipalityTheme[];
  findings: MunicipalityFinding[];
  lastContactOn: string | null;
  nextPlannedOn: string | null;
  contactWarning: boolean;
  contactWarningMonths: number;
  activity: MunicipalityActivity;
}

/** The round tables and other formats held in one municipality, newest first. */
export function municipalityRoundTables(ctx: Context, municipalityId: string, today: string): MunicipalityRoundTable[] {
  const rows = ctx.sqlite.prepare(`SELECT r.id, r.title, r.format, r.held_on AS heldOn, r.start_time AS startTime, r.location,
      r.county_wide AS countyWide,
      coalesce((SELECT group_concat(name, ', ') FROM (SELECT mu.name FROM round_table_municipalities x JOIN municipalities mu ON mu.id = x.municipality_id
        WHERE x.round_table_id = r.id AND x.municipality_id <> @id ORDER BY mu.name)), '') AS otherMunicipalityNames,
      coalesce((SELECT sum(p.head_count) FROM round_table_participants p WHERE p.round_table_id = r.id), 0) AS headCount,
      (SELECT count(*) FROM action_items a WHERE a.round_table_id = r.id) AS agreementCount,
      (SELECT count(*) FROM action_items a WHERE a.round_table_id = r.id AND a.status IN ('OPEN', 'IN_PROGRESS', 'DEFERRED')) AS openAgreementCount
    FROM round_table_municipalities rm JOIN round_tables r ON r.id = rm.round_table_id
    WHERE rm.municipality_id = @id ORDER BY r.held_on DESC, r.title`).all({ id: municipalityId }) as
    Array<Omit<MunicipalityRoundTable, 'countyWide' | 'planned'> & { countyWide: number }>;
  return rows.map((r) => ({ ...r, countyWide: r.countyWide === 1, planned: r.heldOn > today }));
}

/** The agreements made at round tables held in the municipality, split as its page shows them. */
export function municipalityAgreements(ctx: Context, municipalityId: string): MunicipalityProfile['agreements'] {
  const all = listTasks(ctx, { source: 'ROUND_TABLE', municipalityId, status: 'ALL' });
  const byDue = (a: TaskRow, b: TaskRow) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.title.localeCompare(b.title, 'de');
  return {
    open: all.filter((t) => !t.overdue && ['OPEN', 'IN_PROGRESS', 'DEFERRED'].includes(t.status)).sort(byDue),
    overdue: all.filter((t) => t.overdue).sort((a, b) => b.daysOverdue - a.daysOverdue || byDue(a, b)),
    completed: all.filter((t) => t.status === 'DONE').sort((a, b) => (b.completedOn ?? '').localeCompare(a.completedOn ?? '')),
    discarded: all.filter((t) => t.status === 'DISCARDED').sort(byDue),
  };
}

/** Everything the office knows about one municipality, on one page. */
export function municipalityProfile(ctx: Context, id: string): MunicipalityProfile {
  const municipality = municipalityCrud.get(ctx, id);
  const today = berlinToday(ctx.clock);
  const { contactWarningMonths } = officeLimits(ctx);
  const contact = contactDates(ctx, today, [id]).get(id) ?? { lastContactOn: null, nextPlannedOn: null };
  const findings = findingsNaming(ctx, [id]);
  return {
    municipality,
    today,
    roundTables: municipalityRoundTables(ctx, id, today),
    agreements: municipalityAgreements(ctx, id),
    providers: responsibleProviders(ctx, [id], today),
    themes: themesOf(ctx, findings),
    findings,
    lastContactOn: contact.lastContactOn,
    nextPlannedOn: contact.nextPlannedOn,
    contactWarning: needsContact(contact.lastContactOn, today, contactWarningMonths),
    contactWarningMonths,
    activity: municipalityActivity(ctx, id, today),
  };
}
