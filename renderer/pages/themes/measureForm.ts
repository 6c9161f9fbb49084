import type { InputOf, OutputOf } from '../../../db/api/contract';
import { formatCentsPlain, parseMoney } from '../../format/money';

export type MeasureInput = InputOf<'measures.create'>;
type Measure = OutputOf<'measures.get'>;

export interface BudgetDraft {
  year: string;
  amount: string;
}

export interface MeasureDraft {
  id?: string;
  themeId: string;
  committeeId: string;
  title: string;
  targetAgreement: string;
  indicators: string;
  responsibleOrganisationIds: string[];
  status: string;
  startDate: string;
  endDate: string;
  budgetLine: string;
  budgets: BudgetDraft[];
  result: string;
  evidence: string;
}

export function emptyMeasure(themeId: string, committeeId: string | null): MeasureDraft {
  return {
    themeId, committeeId: committeeId ?? '', title: '', targetAgreement: '', indicators: '', responsibleOrganisationIds: [],
    status: 'PROPOSED', startDate: '', endDate: '', budgetLine: '', budgets: [], result: '', evidence: '',
  };
}

export function measureDraft(m: Measure): MeasureDraft {
  return {
    id: m.id, themeId: m.themeId ?? '', committeeId: m.committeeId ?? '', title: m.title, targetAgreement: m.targetAgreement ?? '',
    indicators: m.indicators ?? '', responsibleOrganisationIds: [...m.responsibleOrganisationIds], status: m.status,
    startDate: m.startDate ?? '', endDate: m.endDate ?? '', budgetLine: m.budgetLine ?? '',
    budgets: m.budgets.map((b) => ({ year: String(b.year), amount: formatCentsPlain(b.amountCents) })),
    result: m.result ?? '', evidence: m.evidence ?? '',
  };
}

/**
 * The draft as the core's input. Years and amounts typed in German notation are converted here; what is not a number
 * at all becomes an issue at its row ('budgets.1.amountCents'), everything else is for the core to judge.
 */
export function measureInput(d: MeasureDraft): { input: MeasureInput; issues: { field: string; message: string }[] } {
  const issues: { field: string; message: string }[] = [];
  const budgets = d.budgets.flatMap((b, i) => {
    if (b.year.trim() === '' && b.amount.trim() === '') return [];
    const year = /^\d{4}$/.test(b.year.trim()) ? Number(b.year.trim()) : NaN;
    if (Number.isNaN(year)) issues.push({ field: `budgets.${i}.year`, message: `Budget ${i + 1}, Jahr: Bitte eine Jahreszahl wie 2027 eingeben.` });
    const amount = parseMoney(b.amount);
    if (!amount.ok || amount.value == null) {
      issues.push({ field: `budgets.${i}.amountCents`, message: `Budget ${i + 1}, Betrag: Bitte einen Betrag wie 8.000,00 eingeben.` });
    }
    return [{ year, amountCents: amount.ok && amount.value != null ? amount.value : 0 }];
  });
  return {
    issues,
    input: {
      themeId: d.themeId, committeeId: d.committeeId, title: d.title, targetAgreement: d.targetAgreement, indicators: d.indicators,
      responsibleOrganisationIds: d.responsibleOrganisationIds, status: d.status as MeasureInput['status'] & string,
      startDate: d.startDate, endDate: d.endDate, budgetLine: d.budgetLine as NonNullable<MeasureInput['budgetLine']>,
      budgets, result: d.result, evidence: d.evidence,
    },
  };
}
