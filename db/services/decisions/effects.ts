import { eq } from 'drizzle-orm';
import { committeeReportDues, committees, decisionEffects, measures, themes } from '../../schema';
import type { Context } from '../../core/context';
import { validationError } from '../../api/errors';
import type { CommitteeKind, ThemeStatus } from '../../domain/enums';
import { LABELS } from '../../domain/labels';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';
import { germanDate } from '../meetings/wording';
import { transitionTheme, type TransitionFields } from '../themes/lifecycle';

export const COMMISSIONABLE_KINDS = ['PROJECT_GROUP', 'WORKING_GROUP', 'WORKING_CIRCLE', 'OTHER'] as const;

export interface CommissionGroupInput {
  kind: Exclude<CommitteeKind, 'STEERING_GROUP'>;
  name: string;
  shortName?: string | null;
  mandate: string;
  plannedEndDate?: string | null;
  leadPersonId?: string | null;
  leadOrganisationId?: string | null;
  reportDueDates?: string[];
}

export interface EffectsInput {
  commissionGroup?: CommissionGroupInput | null;
  themeStatus?: { themeId: string; status: ThemeStatus } | null;
  approveMeasureIds?: string[];
}

export const EFFECT_LABELS = {
  commissionGroup: 'Gruppe beauftragen',
  name: 'Name der Gruppe',
  plannedEndDate: 'Geplantes Ende',
  leadPersonId: 'Leitung (Person)',
  leadOrganisationId: 'Federführende Organisation',
  reportDueDates: 'Berichtstermine',
  themeId: 'Thema',
  status: 'Neuer Status des Themas',
  approveMeasureIds: 'Maßnahmen',
};
const L = EFFECT_LABELS;
const CG = 'effects.commissionGroup';
const THEME_EFFECT_FIELDS: TransitionFields = {
  status: { field: 'effects.themeStatus.status', label: L.status },
  decision: { field: 'effects.themeStatus.status', label: L.status },
  committee: { field: 'effects.themeStatus.themeId', label: L.themeId },
};

interface DecisionRef { id: string; decidedOn: string; committeeName: string }

function exists(ctx: Context, table: string, id: string): boolean {
  return ctx.sqlite.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

function addEffect(ctx: Context, decisionId: string, effectType: 'COMMISSION_GROUP' | 'THEME_STATUS' | 'APPROVE_MEASURE',
  targetType: 'COMMITTEE' | 'THEME' | 'MEASURE', targetId: string, detail: string): void {
  const now = ctx.nowIso();
  const row = { id: newId(), decisionId, effectType, targetType, targetId, detail, createdAt: now, updatedAt: now };
  ctx.db.insert(decisionEffects).values(row).run();
  recordAudit(ctx, 'decision_effects', row.id, 'CREATE', null, row);
}

function commissionGroup(ctx: Context, decision: DecisionRef, g: CommissionGroupInput): void {
  for (const key of ['leadPersonId', 'leadOrganisationId'] as const) {
    const id = g[key];
    if (id && !exists(ctx, key === 'leadPersonId' ? 'persons' : 'organisations', id)) {
      throw validationError(`${CG}.${key}`, `${L[key]}: Der gewählte Eintrag existiert nicht (mehr).`);
    }
  }
  if (g.plannedEndDate && g.plannedEndDate <= decision.decidedOn) {
    throw validationError(`${CG}.plannedEndDate`, `${L.plannedEndDate}: Muss nach dem Beschluss am ${germanDate(decision.decidedOn)} liegen.`);
  }
  const dues = g.reportDueDates ?? [];
  dues.forEach((due, i) => {
    if (due <= decision.decidedOn) {
      throw validationError(`${CG}.reportDueDates.${i}`, `${L.reportDueDates}: Der Termin ${germanDate(due)} liegt nicht nach dem Beschluss.`);
    }
    if (dues.indexOf(due) !== i) {
      throw validationError(`${CG}.reportDueDates.${i}`, `${L.reportDueDates}: Der Termin ${germanDate(due)} ist doppelt angegeben.`);
    }
  });
  const now = ctx.nowIso();
  const committee = {
    id: newId(), kind: g.kind, name: g.name, shortName: g.shortName ?? null, mandate: g.mandate, status: 'ACTIVE' as const,
    commissionedByDecisionId: decision.id, leadPersonId: g.leadPersonId ?? null, leadOrganisationId: g.leadOrganisationId ?? null,
    municipalityId: null, startDate: decision.decidedOn, plannedEndDate: g.plannedEndDate ?? null, endDate: null, closingResult: null,
    createdAt: now, updatedAt: now,
  };
  ctx.db.insert(committees).values(committee).run();
  recordAudit(ctx, 'committees', committee.id, 'CREATE', null, committee);
  for (const dueDate of [...dues].sort()) {
    const due = {
      id: newId(), committeeId: committee.id, dueDate, topic: `Sachstandsbericht an: ${decision.committeeName}`,
      deliveredOn: null, deliveredAgendaItemId: null, createdAt: now, updatedAt: now,
    };
    ctx.db.insert(committeeReportDues).values(due).run();
    recordAudit(ctx, 'committee_report_dues', due.id, 'CREATE', null, due);
  }
  addEffect(ctx, decision.id, 'COMMISSION_GROUP', 'COMMITTEE', committee.id, `${LABELS.committeeKind[g.kind]} „${g.name}“ beauftragt`);
}

function changeThemeStatus(ctx: Context, decision: DecisionRef, input: { themeId: string; status: ThemeStatus }): void {
  const theme = ctx.db.select().from(themes).where(eq(themes.id, input.themeId)).get();
  if (!theme) throw validationError('effects.themeStatus.themeId', `${L.themeId}: Der gewählte Eintrag existiert nicht (mehr).`);
  if (theme.mergedIntoThemeId) {
    throw validationError('effects.themeStatus.themeId', `${L.themeId}: „${theme.title}“ wurde mit einem anderen Thema zusammengeführt.`);
  }
  if (theme.status === input.status) {
    throw validationError('effects.themeStatus.status', `${L.status}: Das Thema „${theme.title}“ ist bereits „${LABELS.themeStatus[input.status]}“.`);
  }
  // The same lifecycle check as themes.setStatus; a group commissioned by this decision becomes the theme's group.
  transitionTheme(ctx, theme, input.status, { decisionId: decision.id }, THEME_EFFECT_FIELDS);
  addEffect(ctx, decision.id, 'THEME_STATUS', 'THEME', theme.id,
    `„${theme.title}“: ${LABELS.themeStatus[theme.status]} → ${LABELS.themeStatus[input.status]}`);
}

function approveMeasures(ctx: Context, decision: DecisionRef, ids: string[]): void {
  ids.forEach((id, i) => {
    const field = `effects.approveMeasureIds.${i}`;
    if (ids.indexOf(id) !== i) throw validationError(field, `${L.approveMeasureIds}: Eine Maßnahme ist doppelt angegeben.`);
    const measure = ctx.db.select().from(measures).where(eq(measures.id, id)).get();
    if (!measure) throw validationError(field, `${L.approveMeasureIds}: Der gewählte Eintrag existiert nicht (mehr).`);
    if (measure.status !== 'PROPOSED') {
      throw validationError(field,
        `${L.approveMeasureIds}: „${measure.title}“ ist „${LABELS.measureStatus[measure.status]}“; zustimmen kann man nur vorgeschlagenen Maßnahmen.`);
    }
    const now = ctx.nowIso();
    const after = { ...measure, status: 'APPROVED' as const, approvedByDecisionId: decision.id, updatedAt: now };
    ctx.db.update(measures).set({ status: 'APPROVED', approvedByDecisionId: decision.id, updatedAt: now }).where(eq(measures.id, id)).run();
    recordAudit(ctx, 'measures', id, 'UPDATE', measure, after);
    addEffect(ctx, decision.id, 'APPROVE_MEASURE', 'MEASURE', id, `Maßnahme „${measure.title}“ beschlossen`);
  });
}

/** Carries out what a decision sets in motion, inside the decision's transaction, each with an effect row. */
export function applyEffects(ctx: Context, decision: DecisionRef, effects: EffectsInput | null | undefined): void {
  if (!effects) return;
  if (effects.commissionGroup) commissionGroup(ctx, decision, effects.commissionGroup);
  if (effects.themeStatus) changeThemeStatus(ctx, decision, effects.themeStatus);
  if (effects.approveMeasureIds?.length) approveMeasures(ctx, decision, effects.approveMeasureIds);
}
