import { eq } from 'drizzle-orm';
import { measureBudgets, measureOrganisations, measures } from '../../schema';
import type { Context } from '../../core/context';
import { ApiError, notFound, validationError } from '../../api/errors';
import { assertDateRange } from '../../api/fields';
import type { BudgetLine, MeasureStatus } from '../../domain/enums';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';
import { assertReferencesExist } from '../references';
import { assertMeasureTransition, assertStartStatus } from './measureLifecycle';
import { getMeasure, type MeasureDetail } from './readMeasures';

export const MEASURE_LABELS = {
  themeId: 'Thema',
  committeeId: 'Gruppe',
  title: 'Titel',
  targetAgreement: 'Zielvereinbarung',
  indicators: 'Indikatoren',
  responsibleOrganisationIds: 'Verantwortliche Organisationen',
  status: 'Status',
  startDate: 'Beginn',
  endDate: 'Ende',
  budgetLine: 'Budgetlinie',
  budgets: 'Budget je Jahr',
  year: 'Jahr',
  amountCents: 'Betrag',
  result: 'Ergebnis',
  evidence: 'Nachweis',
};
const L = MEASURE_LABELS;

export interface MeasureInput {
  themeId: string | null;
  committeeId: string | null;
  title: string;
  targetAgreement: string | null;
  indicators: string | null;
  responsibleOrganisationIds: readonly string[];
  status: MeasureStatus;
  startDate: string | null;
  endDate: string | null;
  budgetLine: BudgetLine | null;
  budgets: ReadonlyArray<{ year: number; amountCents: number }>;
  result: string | null;
  evidence: string | null;
}

export interface MeasureSaved {
  measure: MeasureDetail;
  /** Budget lines over their yearly cap: shown to the user, the save went through. */
  warnings: string[];
}

type Measure = typeof measures.$inferSelect;

function check(ctx: Context, input: MeasureInput): void {
  assertReferencesExist(ctx, 'measures', { themeId: input.themeId, committeeId: input.committeeId }, L);
  if (input.themeId) {
    const theme = ctx.sqlite.prepare('SELECT title, merged_into_theme_id AS mergedInto FROM themes WHERE id = ?').get(input.themeId) as { title: string; mergedInto: string | null };
    if (theme.mergedInto) throw validationError('themeId', `${L.themeId}: „${theme.title}“ wurde mit einem anderen Thema zusammengeführt; bitte das zusammengeführte Thema wählen.`);
  }
  if (input.committeeId) {
    const group = ctx.sqlite.prepare('SELECT kind, name FROM committees WHERE id = ?').get(input.committeeId) as { kind: string; name: string };
    if (group.kind === 'STEERING_GROUP') {
      throw validationError('committeeId', `${L.committeeId}: „${group.name}“ beschließt Maßnahmen; bitte die Gruppe wählen, die sie erarbeitet.`);
    }
  }
  assertDateRange(input, 'startDate', 'endDate', L);
  input.responsibleOrganisationIds.forEach((organisationId, i) => {
    const field = `responsibleOrganisationIds.${i}`;
    if (input.responsibleOrganisationIds.indexOf(organisationId) !== i) {
      throw validationError(field, `${L.responsibleOrganisationIds}: Eine Organisation ist doppelt angegeben.`);
    }
    if (!ctx.sqlite.prepare('SELECT 1 FROM organisations WHERE id = ?').get(organisationId)) {
      throw validationError(field, `${L.responsibleOrganisationIds}: Der gewählte Eintrag existiert nicht (mehr).`);
    }
  });
  const years = input.budgets.map((b) => b.year);
  years.forEach((year, i) => {
    if (years.indexOf(year) !== i) throw validationError(`budgets.${i}.year`, `${L.budgets}: Das Jahr ${year} ist doppelt angegeben.`);
  });
  if (input.budgets.length > 0 && !input.budgetLine) {
    throw validationError('budgetLine', `${L.budgetLine}: Bitte angeben, aus welcher Budgetlinie das Budget stammt.`);
  }
  if (input.status === 'EVALUATED' && !input.result) {
    throw validationError('result', `${L.result}: Bitte angeben, bevor die Maßnahme als ausgewertet gilt.`);
  }
}

/** Replaces the yearly budgets and the responsible organisations, auditing what actually changed. */
function writeChildren(ctx: Context, measureId: string, input: MeasureInput): void {
  const budgets = ctx.db.select().from(measureBudgets).where(eq(measureBudgets.measureId, measureId)).all();
  for (const old of budgets) {
    const next = input.budgets.find((b) => b.year === old.year);
    if (next?.amountCents === old.amountCents) continue;
    ctx.sqlite.prepare('DELETE FROM measure_budgets WHERE measure_id = ? AND year = ?').run(measureId, old.year);
    recordAudit(ctx, 'measure_budgets', `${measureId}:${old.year}`, 'DELETE', old, null);
  }
  for (const b of input.budgets) {
    if (budgets.some((old) => old.year === b.year && old.amountCents === b.amountCents)) continue;
    const row = { measureId, year: b.year, amountCents: b.amountCents };
    ctx.db.insert(measureBudgets).values(row).run();
    recordAudit(ctx, 'measure_budgets', `${measureId}:${b.year}`, 'CREATE', null, row);
  }
  const orgs = ctx.db.select().from(measureOrganisations).where(eq(measureOrganisations.measureId, measureId)).all();
  for (const old of orgs) {
    if (input.responsibleOrganisationIds.includes(old.organisationId)) continue;
    ctx.sqlite.prepare('DELETE FROM measure_organisations WHERE measure_id = ? AND organisation_id = ?').run(measureId, old.organisationId);
    recordAudit(ctx, 'measure_organisations', `${measureId}:${old.organisationId}`, 'DELETE', old, null);
  }
  for (const organisationId of input.responsibleOrganisationIds) {
    if (orgs.some((o) => o.organisationId === organisationId)) continue;
    const row = { measureId, organisationId };
    ctx.db.insert(measureOrganisations).values(row).run();
    recordAudit(ctx, 'measure_organisations', `${measureId}:${organisationId}`, 'CREATE', null, row);
  }
}

const fieldsOf = (input: MeasureInput) => ({
  themeId: input.themeId, committeeId: input.committeeId, title: input.title, targetAgreement: input.targetAgreement,
  indicators: input.indicators, status: input.status, startDate: input.startDate, endDate: input.endDate, budgetLine: input.budgetLine,
  result: input.result, evidence: input.evidence,
});

function saved(ctx: Context, id: string): MeasureSaved {
  const measure = getMeasure(ctx, id);
  return { measure, warnings: measure.budgetWarnings };
}

export function createMeasure(ctx: Context, input: MeasureInput): MeasureSaved {
  return ctx.write(() => {
    check(ctx, input);
    assertStartStatus(input.status, input.themeId != null);
    const now = ctx.nowIso();
    const row: Measure = { ...fieldsOf(input), id: newId(), approvedByDecisionId: null, createdAt: now, updatedAt: now };
    ctx.db.insert(measures).values(row).run();
    recordAudit(ctx, 'measures', row.id, 'CREATE', null, row);
    writeChildren(ctx, row.id, input);
    return saved(ctx, row.id);
  });
}

function loadMeasure(ctx: Context, id: string): Measure {
  const measure = ctx.db.select().from(measures).where(eq(measures.id, id)).get();
  if (!measure) throw notFound('Maßnahme');
  return measure;
}

/** Replaces the whole record; the approving decision stays as the decision effect set it. */
export function updateMeasure(ctx: Context, id: string, input: MeasureInput): MeasureSaved {
  return ctx.write(() => {
    const before = loadMeasure(ctx, id);
    check(ctx, input);
    assertMeasureTransition(before.status, input.status, input.themeId != null);
    const values = { ...fieldsOf(input), updatedAt: ctx.nowIso() };
    ctx.db.update(measures).set(values).where(eq(measures.id, id)).run();
    recordAudit(ctx, 'measures', id, 'UPDATE', before, { ...before, ...values });
    writeChildren(ctx, id, input);
    return saved(ctx, id);
  });
}

/** Deletes a measure entered by mistake; an approved one is part of the record and can only be cancelled. */
export function deleteMeasure(ctx: Context, id: string): { id: string } {
  return ctx.write(() => {
    const measure = loadMeasure(ctx, id);
    if (measure.approvedByDecisionId) {
      const number = ctx.sqlite.prepare('SELECT number FROM decisions WHERE id = ?').pluck().get(measure.approvedByDecisionId) as string | null;
      throw new ApiError('CONFLICT', `Die Maßnahme „${measure.title}“ wurde${number ? ` mit Beschluss ${number}` : ''} beschlossen und kann nicht gelöscht werden. `
        + 'Bitte stattdessen den Status „abgebrochen“ setzen.');
    }
    const agenda = ctx.sqlite.prepare("SELECT count(*) FROM agenda_item_links WHERE target_type = 'MEASURE' AND target_id = ?").pluck().get(id) as number;
    if (agenda > 0) {
      throw new ApiError('REFERENCED', `Die Maßnahme „${measure.title}“ kann nicht gelöscht werden, weil sie auf ${agenda === 1 ? 'einer Tagesordnung' : `${agenda} Tagesordnungen`} steht.`);
    }
    const budgets = ctx.db.select().from(measureBudgets).where(eq(measureBudgets.measureId, id)).all();
    const organisations = ctx.db.select().from(measureOrganisations).where(eq(measureOrganisations.measureId, id)).all();
    ctx.db.delete(measures).where(eq(measures.id, id)).run();
    recordAudit(ctx, 'measures', id, 'DELETE', { ...measure, budgets, organisations }, null);
    return { id };
  });
}
