import type { Context } from '../../core/context';
import { DECISION_TYPES, MEASURE_STATUSES, THEME_STATUSES, type BudgetLine, type DecisionType, type MeasureStatus, type ThemeStatus } from '../../domain/enums';
import { LABELS } from '../../domain/labels';
import { cmSummary, type CmSummaryGroup, type CmFigureTotals } from '../cmFigures/summary';
import { eventSummary } from '../events/summary';
import { listEvents } from '../events/events';
import { fundingBalance } from '../funding/balance';
import { fundingYearOf } from '../funding/fundingYears';
import { capFor } from '../measures/budgetCaps';
import { listMemberships } from '../committees/memberships';
import { readOfficeSettings } from '../settings/officeSettings';
import { staffingMonthly } from '../staffing/monthly';

/**
 * Every figure a Sachbericht shows, computed once for a funding year up to its Stichtag and frozen in a snapshot
 * (report_snapshots.data_json). The preview and the Word file read only this model, so a report regenerated
 * from a snapshot shows the same numbers however the records changed since.
 */
export interface SachberichtFigures {
  version: 1;
  year: number;
  reportingDate: string;
  /** Last day counted: the Stichtag, or 31.12. when the Stichtag lies after the year. */
  periodEnd: string;
  office: { name: string; unit: string | null; addressLines: string | null };
  fundingYear: { guidelineVersion: string | null; grantNoticeDate: string | null; grantNoticeRef: string | null; reportDeadline: string | null } | null;
  staffing: {
    modules: Array<{ fundingModule: string; label: string; fundedFte: number; filledFte: number; filledShare: number | null }>;
    total: { fundedFte: number; filledFte: number; filledShare: number | null };
    months: Array<{ month: string; fundedFte: number; filledFte: number }>;
    posts: Array<{ label: string; moduleLabel: string; host: string | null; fundedFte: number; filledFte: number; vacantMonths: number }>;
    vacancies: Array<{ postLabel: string; from: string; to: string | null }>;
    turnover: { departures: number; arrivals: number; handovers: number };
  };
  steering: {
    committeeName: string | null;
    meetingsHeld: Array<{ date: string; label: string }>;
    decisionsByType: Array<{ type: DecisionType; label: string; count: number }>;
    decisions: Array<{ number: string | null; date: string; typeLabel: string; text: string }>;
  };
  groups: Array<{ name: string; kindLabel: string; statusLabel: string; mandate: string | null; meetings: number; measures: number; result: string | null }>;
  reconstructions: { total: number; full: number; mini: number; findings: number };
  themesByStatus: Array<{ status: ThemeStatus; label: string; count: number }>;
  themes: Array<{ title: string; statusLabel: string; fieldLabel: string | null; findings: number }>;
  measuresByStatus: Array<{ status: MeasureStatus; label: string; count: number }>;
  measures: Array<{ title: string; statusLabel: string; themeTitle: string | null; budgetLineLabel: string | null; yearBudgetCents: number }>;
  interfaceBudget: { capCents: number | null; measuresBudgetCents: number; spentCents: number };
  roundTables: {
    perMunicipality: Array<{ name: string; count: number }>;
    byFormat: Array<{ label: string; count: number }>;
    total: number;
  };
  cm: {
    byProvider: Array<CmSummaryGroup>;
    byMunicipality: Array<CmSummaryGroup>;
    byField: Array<CmSummaryGroup>;
    total: CmFigureTotals;
    notes: string[];
  };
  events: {
    byKind: Array<{ label: string; count: number; participants: number; costCents: number }>;
    list: Array<{ date: string; kindLabel: string; title: string; audience: string | null; participants: number | null; costCents: number | null }>;
  };
  funding: {
    lines: Array<{ budgetLine: BudgetLine; label: string; plannedCents: number; spentCents: number; differenceCents: number }>;
    totals: { plannedCents: number; spentCents: number; differenceCents: number };
  } | null;
  calendar: Array<{ date: string; body: string; title: string }>;
  steeringMembers: Array<{ category: string; seat: string; person: string | null; role: string; occasional: boolean }>;
}

const HELD = "('HELD', 'MINUTES_APPROVED')";

function counted<K extends string>(keys: readonly K[], labels: Record<K, string>, rows: Array<{ key: K; n: number }>) {
  const by = new Map(rows.map((r) => [r.key, r.n]));
  return keys.map((key) => ({ key, label: labels[key], count: by.get(key) ?? 0 }));
}

function steering(ctx: Context, from: string, to: string): SachberichtFigures['steering'] & { committeeId: string | null } {
  const committee = ctx.sqlite.prepare("SELECT id, name FROM committees WHERE kind = 'STEERING_GROUP' ORDER BY created_at LIMIT 1")
    .get() as { id: string; name: string } | undefined;
  if (!committee) return { committeeId: null, committeeName: null, meetingsHeld: [], decisionsByType: [], decisions: [] };
  const meetings = ctx.sqlite.prepare(`SELECT substr(starts_at, 1, 10) AS date, sequence_no AS seq, title FROM meetings
    WHERE committee_id = ? AND status IN ${HELD} AND substr(starts_at, 1, 10) BETWEEN ? AND ? ORDER BY starts_at`)
    .all(committee.id, from, to) as Array<{ date: string; seq: number | null; title: string | null }>;
  const decisions = ctx.sqlite.prepare(`SELECT d.number, d.decided_on AS date, d.type, d.text FROM decisions d
    JOIN meetings m ON m.id = d.meeting_id WHERE m.committee_id = ? AND d.decided_on BETWEEN ? AND ?
    ORDER BY d.decided_on, d.number`).all(committee.id, from, to) as Array<{ number: string | null; date: string; type: DecisionType; text: string }>;
  const byType = counted(DECISION_TYPES, LABELS.decisionType, decisions.map((d) => ({ key: d.type, n: 1 }))
    .reduce<Array<{ key: DecisionType; n: number }>>((acc, d) => {
      const seen = acc.find((a) => a.key === d.key);
      if (seen) seen.n += 1; else acc.push({ ...d });
      return acc;
    }, []));
  return {
    committeeId: committee.id,
    committeeName: committee.name,
    meetingsHeld: meetings.map((m) => ({ date: m.date, label: m.title ?? (m.seq != null ? `${m.seq}. Sitzung` : 'Sitzung') })),
    decisionsByType: byType.map(({ key, label, count }) => ({ type: key, label, count })),
    decisions: decisions.map((d) => ({ number: d.number, date: d.date, typeLabel: LABELS.decisionType[d.type], text: d.text })),
  };
}

function groups(ctx: Context, from: string, to: string): SachberichtFigures['groups'] {
  // Groups that existed in the year: started by its end and not ended before it began.
  const rows = ctx.sqlite.prepare(`SELECT c.name, c.kind, c.status, c.mandate, c.closing_result AS result,
      (SELECT count(*) FROM meetings m WHERE m.committee_id = c.id AND m.status IN ${HELD}
         AND substr(m.starts_at, 1, 10) BETWEEN @from AND @to) AS meetings,
      (SELECT count(*) FROM measures me WHERE me.committee_id = c.id) AS measures
    FROM committees c WHERE c.kind NOT IN ('STEERING_GROUP', 'ROUND_TABLE')
      AND coalesce(c.start_date, '0000') <= @to AND coalesce(c.end_date, '9999') >= @from
    ORDER BY c.name`).all({ from, to }) as Array<{ name: string; kind: keyof typeof LABELS.committeeKind; status: keyof typeof LABELS.committeeStatus;
      mandate: string | null; result: string | null; meetings: number; measures: number }>;
  return rows.map((r) => ({
    name: r.name, kindLabel: LABELS.committeeKind[r.kind], statusLabel: LABELS.committeeStatus[r.status], mandate: r.mandate,
    meetings: r.meetings, measures: r.measures, result: r.result,
  }));
}

function themesAndMeasures(ctx: Context, year: number, from: string, to: string) {
  const recon = ctx.sqlite.prepare(`SELECT count(*) AS total, coalesce(sum(format = 'FULL'), 0) AS full, coalesce(sum(format = 'MINI'), 0) AS mini,
      (SELECT count(*) FROM findings f JOIN case_reconstructions r2 ON r2.id = f.reconstruction_id WHERE r2.held_on BETWEEN @from AND @to) AS findings
    FROM case_reconstructions WHERE held_on BETWEEN @from AND @to`).get({ from, to }) as SachberichtFigures['reconstructions'];
  // A theme's status at the Stichtag is the last change on or before it; themes without a recorded history count
  // with their current status from the day they were entered.
  const themes = ctx.sqlite.prepare(`SELECT * FROM (SELECT t.title, fa.label AS fieldLabel,
      coalesce((SELECT h.to_status FROM theme_status_history h WHERE h.theme_id = t.id AND substr(h.changed_at, 1, 10) <= @to
          ORDER BY h.changed_at DESC, h.rowid DESC LIMIT 1),
        CASE WHEN NOT EXISTS (SELECT 1 FROM theme_status_history h WHERE h.theme_id = t.id) AND substr(t.created_at, 1, 10) <= @to
          THEN t.status END) AS status,
      (SELECT count(*) FROM findings f WHERE f.theme_id = t.id) AS findings
    FROM themes t LEFT JOIN fields_of_action fa ON fa.code = t.field_of_action
    WHERE t.merged_into_theme_id IS NULL) WHERE status IS NOT NULL ORDER BY title`)
    .all({ to }) as Array<{ title: string; status: ThemeStatus; fieldLabel: string | null; findings: number }>;
  const measures = ctx.sqlite.prepare(`SELECT me.title, me.status, t.title AS themeTitle, me.budget_line AS budgetLine,
      coalesce((SELECT b.amount_cents FROM measure_budgets b WHERE b.measure_id = me.id AND b.year = @year), 0) AS yearBudgetCents
    FROM measures me LEFT JOIN themes t ON t.id = me.theme_id
    WHERE (coalesce(me.start_date, '0000') <= @to AND coalesce(me.end_date, '9999') >= @from)
      OR EXISTS (SELECT 1 FROM measure_budgets b WHERE b.measure_id = me.id AND b.year = @year)
    ORDER BY me.title`).all({ year, from, to }) as Array<{ title: string; status: MeasureStatus; themeTitle: string | null;
      budgetLine: BudgetLine | null; yearBudgetCents: number }>;
  const tally = <K extends string>(list: Array<{ status: K }>, keys: readonly K[], labels: Record<K, string>) =>
    keys.map((status) => ({ status, label: labels[status], count: list.filter((x) => x.status === status).length }));
  return {
    reconstructions: recon,
    themesByStatus: tally(themes, THEME_STATUSES, LABELS.themeStatus),
    themes: themes.map((t) => ({ title: t.title, statusLabel: LABELS.themeStatus[t.status], fieldLabel: t.fieldLabel, findings: t.findings })),
    measuresByStatus: tally(measures, MEASURE_STATUSES, LABELS.measureStatus),
    measures: measures.map((m) => ({
      title: m.title, statusLabel: LABELS.measureStatus[m.status], themeTitle: m.themeTitle,
      budgetLineLabel: m.budgetLine ? LABELS.budgetLine[m.budgetLine] : null, yearBudgetCents: m.yearBudgetCents,
    })),
    measuresInterfaceCents: measures.filter((m) => m.budgetLine === 'B1_INTERFACE_MEASURES').reduce((s, m) => s + m.yearBudgetCents, 0),
  };
}

function roundTables(ctx: Context, from: string, to: string): SachberichtFigures['roundTables'] {
  const perMunicipality = ctx.sqlite.prepare(`SELECT mu.name, count(rt.id) AS count FROM municipalities mu
    LEFT JOIN round_table_municipalities rm ON rm.municipality_id = mu.id
    LEFT JOIN round_tables rt ON rt.id = rm.round_table_id AND rt.held_on BETWEEN @from AND @to
    WHERE mu.active = 1 GROUP BY mu.id ORDER BY mu.name`).all({ from, to }) as Array<{ name: string; count: number }>;
  const byFormat = ctx.sqlite.prepare('SELECT format, count(*) AS n FROM round_tables WHERE held_on BETWEEN @from AND @to GROUP BY format')
    .all({ from, to }) as Array<{ format: keyof typeof LABELS.roundTableFormat; n: number }>;
  return {
    perMunicipality: perMunicipality.sort((a, b) => a.name.localeCompare(b.name, 'de')),
    byFormat: byFormat.map((f) => ({ label: LABELS.roundTableFormat[f.format], count: f.n })).sort((a, b) => a.label.localeCompare(b.label, 'de')),
    total: byFormat.reduce((s, f) => s + f.n, 0),
  };
}

function calendar(ctx: Context, from: string, to: string): SachberichtFigures['calendar'] {
  const meetings = ctx.sqlite.prepare(`SELECT substr(m.starts_at, 1, 10) AS date, c.name AS body,
      coalesce(m.title, CASE WHEN m.sequence_no IS NULL THEN 'Sitzung' ELSE m.sequence_no || '. Sitzung' END) AS title
    FROM meetings m JOIN committees c ON c.id = m.committee_id
    WHERE m.status IN ${HELD} AND substr(m.starts_at, 1, 10) BETWEEN @from AND @to`).all({ from, to }) as SachberichtFigures['calendar'];
  const tables = ctx.sqlite.prepare(`SELECT held_on AS date, format, title FROM round_tables WHERE held_on BETWEEN @from AND @to`)
    .all({ from, to }) as Array<{ date: string; format: keyof typeof LABELS.roundTableFormat; title: string }>;
  return [...meetings, ...tables.map((r) => ({ date: r.date, body: LABELS.roundTableFormat[r.format], title: r.title }))]
    .sort((a, b) => a.date.localeCompare(b.date) || a.body.localeCompare(b.body, 'de') || a.title.localeCompare(b.title, 'de'));
}

const minDate = (a: string, b: string) => (a < b ? a : b);

export function computeSachberichtFigures(ctx: Context, year: number, reportingDate: string): SachberichtFigures {
  const from = `${year}-01-01`;
  const to = minDate(`${year}-12-31`, reportingDate);
  const office = readOfficeSettings(ctx);
  const fy = fundingYearOf(ctx, year);
  const staff = staffingMonthly(ctx, year);
  const steer = steering(ctx, from, to);
  const tm = themesAndMeasures(ctx, year, from, to);
  const balance = fy ? fundingBalance(ctx, fy.id) : null;
  const events = eventSummary(ctx, year);
  const summaryOf = (group: 'provider' | 'municipality' | 'fieldOfAction') => cmSummary(ctx, year, group);
  const cmProvider = summaryOf('provider');
  const interfaceLine = balance?.lines.find((l) => l.budgetLine === 'B1_INTERFACE_MEASURES');
  const { committeeId, ...steeringFigures } = steer;
  return {
    version: 1,
    year,
    reportingDate,
    periodEnd: to,
    office: { name: office?.officeName ?? 'KIM-Koordinierungsstelle', unit: office?.officeUnit ?? null, addressLines: office?.addressLines ?? null },
    fundingYear: fy ? {
      guidelineVersion: fy.guidelineVersion, grantNoticeDate: fy.grantNoticeDate, grantNoticeRef: fy.grantNoticeRef, reportDeadline: fy.reportDeadline,
    } : null,
    staffing: {
      modules: staff.modules.map((m) => ({ fundingModule: m.fundingModule, label: m.label, fundedFte: m.fundedFte, filledFte: m.filledFte, filledShare: m.filledShare })),
      total: { fundedFte: staff.total.fundedFte, filledFte: staff.total.filledFte, filledShare: staff.total.filledShare },
      months: staff.total.months.map((m) => ({ month: m.month, fundedFte: m.fundedFte, filledFte: m.filledFte })),
      posts: staff.posts.map((p) => ({
        label: p.label, moduleLabel: LABELS.fundingModule[p.fundingModule], host: p.hostOrganisationName,
        fundedFte: p.fundedFte, filledFte: p.filledFte, vacantMonths: p.vacantMonths,
      })),
      vacancies: staff.vacancies.map((v) => ({ postLabel: v.postLabel, from: v.from, to: v.to })),
      turnover: staff.turnover,
    },
    steering: steeringFigures,
    groups: groups(ctx, from, to),
    reconstructions: tm.reconstructions,
    themesByStatus: tm.themesByStatus,
    themes: tm.themes,
    measuresByStatus: tm.measuresByStatus,
    measures: tm.measures,
    interfaceBudget: {
      capCents: capFor(ctx, 'B1_INTERFACE_MEASURES', year), measuresBudgetCents: tm.measuresInterfaceCents, spentCents: interfaceLine?.spentCents ?? 0,
    },
    roundTables: roundTables(ctx, from, to),
    cm: {
      byProvider: cmProvider.groups, byMunicipality: summaryOf('municipality').groups, byField: summaryOf('fieldOfAction').groups,
      total: cmProvider.total, notes: cmProvider.notes,
    },
    events: {
      byKind: events.byKind.map((k) => ({ label: k.label, count: k.count, participants: k.participants, costCents: k.costCents })),
      list: listEvents(ctx, year).filter((e) => e.heldOn <= to).map((e) => ({
        date: e.heldOn, kindLabel: LABELS.eventKind[e.kind], title: e.title, audience: e.audience, participants: e.participants, costCents: e.costCents,
      })),
    },
    funding: balance ? {
      lines: balance.lines.map((l) => ({ budgetLine: l.budgetLine, label: l.label, plannedCents: l.plannedCents, spentCents: l.spentCents, differenceCents: l.differenceCents })),
      totals: { plannedCents: balance.totals.plannedCents, spentCents: balance.totals.spentCents, differenceCents: balance.totals.differenceCents },
    } : null,
    calendar: calendar(ctx, from, to),
    steeringMembers: committeeId ? listMemberships(ctx, { committeeId, on: to }).map((m) => ({
      category: m.category ? LABELS.membershipCategory[m.category] : 'ohne Kategorie',
      seat: m.seatLabel ?? m.organisationName ?? '–',
      person: m.personName,
      role: LABELS.membershipRole[m.role],
      occasional: m.occasional,
    })) : [],
  };
}
