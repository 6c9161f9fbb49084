import type { InputOf } from '../../../../../db/api/contract';
import type { FieldIssue } from '../../../../components/form/fieldSpec';
import { parseInteger } from '../../../../format/number';

type CreateInput = InputOf<'decisions.create'>;
export type DecisionResult = CreateInput['result'];
export type DecisionType = CreateInput['type'];
type Effects = NonNullable<CreateInput['effects']>;

/** The decision dialog as typed: numbers stay text until sent, so "9 " or "" never turn into something else. */
export interface DecisionFormState {
  text: string;
  type: DecisionType;
  result: DecisionResult;
  votesYes: string;
  votesNo: string;
  votesAbstain: string;
  overrideReason: string;
  commission: boolean;
  group: { kind: string; name: string; mandate: string; plannedEndDate: string; leadPersonId: string; reportDueDates: [string, string, string] };
  changeTheme: boolean;
  themeId: string;
  themeStatus: string;
  measureIds: string[];
}

export interface DecisionDefaults {
  itemKind: string;
  decisionMode: 'CONSENSUS' | 'MAJORITY';
  themeId: string | null;
}

export function initialDecisionState(d: DecisionDefaults, existing?: Partial<Record<'text' | 'type' | 'result' | 'overrideReason', string | null>>
  & Partial<Record<'votesYes' | 'votesNo' | 'votesAbstain', number | null>>): DecisionFormState {
  const count = (n: number | null | undefined) => (n == null ? '' : String(n));
  return {
    text: existing?.text ?? '',
    type: (existing?.type as DecisionType | undefined) ?? (d.itemKind === 'REPORT' || d.itemKind === 'INFO' ? 'NOTED' : 'OTHER'),
    result: (existing?.result as DecisionResult | undefined) ?? (d.decisionMode === 'MAJORITY' ? 'VOTE' : 'CONSENSUS'),
    votesYes: count(existing?.votesYes), votesNo: count(existing?.votesNo), votesAbstain: count(existing?.votesAbstain),
    overrideReason: existing?.overrideReason ?? '',
    commission: false,
    group: { kind: 'PROJECT_GROUP', name: '', mandate: '', plannedEndDate: '', leadPersonId: '', reportDueDates: ['', '', ''] },
    changeTheme: false, themeId: d.themeId ?? '', themeStatus: 'PRIORITISED',
    measureIds: [],
  };
}

/** Votes cast as far as they are typed, to decide whether an exception may be needed before the core is asked. */
export function votesCast(s: DecisionFormState): number {
  return [s.votesYes, s.votesNo, s.votesAbstain].reduce((sum, v) => {
    const parsed = parseInteger(v);
    return sum + (parsed.ok && parsed.value != null ? parsed.value : 0);
  }, 0);
}

const COUNT_LABELS = { votesYes: 'Ja-Stimmen', votesNo: 'Nein-Stimmen', votesAbstain: 'Enthaltungen' } as const;

/**
 * The dialog's state → the decision's fields (and effects for a new one). Counts are sent only with a result that
 * counts votes; a count that is no whole number becomes an issue at its field. Everything else the core judges.
 */
export function toDecisionFields(s: DecisionFormState, withEffects: boolean): { fields: Omit<CreateInput, 'agendaItemId'>; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const counts = { votesYes: null as number | null, votesNo: null as number | null, votesAbstain: null as number | null };
  if (s.result !== 'CONSENSUS') {
    for (const key of ['votesYes', 'votesNo', 'votesAbstain'] as const) {
      const parsed = parseInteger(s[key]);
      if (parsed.ok) counts[key] = parsed.value;
      else issues.push({ field: key, message: `${COUNT_LABELS[key]}: Bitte eine ganze Zahl eingeben.` });
    }
  }
  const fields: Omit<CreateInput, 'agendaItemId'> = {
    text: s.text, type: s.type, result: s.result, ...counts, overrideReason: s.overrideReason.trim() || null,
  };
  if (withEffects) fields.effects = effectsOf(s);
  return { fields, issues };
}

function effectsOf(s: DecisionFormState): Effects | null {
  const effects: Effects = {};
  if (s.commission) {
    const g = s.group;
    effects.commissionGroup = {
      kind: g.kind as NonNullable<Effects['commissionGroup']>['kind'], name: g.name, mandate: g.mandate,
      plannedEndDate: g.plannedEndDate || null, leadPersonId: g.leadPersonId || null,
      reportDueDates: g.reportDueDates.filter(Boolean),
    };
  }
  if (s.changeTheme) effects.themeStatus = { themeId: s.themeId, status: s.themeStatus as NonNullable<Effects['themeStatus']>['status'] };
  if (s.measureIds.length > 0) effects.approveMeasureIds = s.measureIds;
  return Object.keys(effects).length > 0 ? effects : null;
}
