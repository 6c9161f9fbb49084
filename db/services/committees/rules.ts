import { rulesOfProcedure } from '../../schema';
import type { Context } from '../../core/context';
import { assertDateRange } from '../../api/fields';
import type { DecisionMode, QuorumRule } from '../../domain/enums';
import { crud } from '../crud';

export type RulesOfProcedure = typeof rulesOfProcedure.$inferSelect;

export const RULES_LABELS = {
  committeeId: 'Gremium',
  adoptedOn: 'Beschlossen am',
  version: 'Fassung',
  quorumRule: 'Beschlussfähigkeit',
  deputiesCount: 'Vertretungen zählen mit',
  noticePeriodDays: 'Ladungsfrist (Tage)',
  decisionMode: 'Beschlussfassung',
  meetingsPerYear: 'Sitzungen pro Jahr',
  documentId: 'Dokument',
  validFrom: 'Gültig ab',
  validTo: 'Gültig bis',
};

const L = RULES_LABELS;

export const rulesCrud = crud<RulesOfProcedure>({
  table: rulesOfProcedure,
  displayName: (row) => `Fassung ${String(row.version)}`,
  labels: L,
  check: (_ctx, next) => assertDateRange(next as Partial<RulesOfProcedure>, 'validFrom', 'validTo', L),
});

/** The rules that apply on a day; `isDefault` when the committee has none in force (domain.md defaults). */
export interface RulesInEffect {
  id: string | null;
  version: string | null;
  adoptedOn: string | null;
  quorumRule: QuorumRule;
  deputiesCount: boolean;
  noticePeriodDays: number;
  decisionMode: DecisionMode;
  meetingsPerYear: number | null;
  documentId: string | null;
  isDefault: boolean;
}

// Where no Geschäftsordnung is recorded: more than half present, deputies count, 14 days notice, consensus.
export const DEFAULT_RULES: RulesInEffect = {
  id: null, version: null, adoptedOn: null, quorumRule: 'MORE_THAN_HALF', deputiesCount: true, noticePeriodDays: 14,
  decisionMode: 'CONSENSUS', meetingsPerYear: null, documentId: null, isDefault: true,
};

const SELECT = `SELECT id, committee_id AS committeeId, adopted_on AS adoptedOn, version, quorum_rule AS quorumRule,
  deputies_count AS deputiesCount, notice_period_days AS noticePeriodDays, decision_mode AS decisionMode,
  meetings_per_year AS meetingsPerYear, document_id AS documentId, valid_from AS validFrom, valid_to AS validTo,
  created_at AS createdAt, updated_at AS updatedAt FROM rules_of_procedure`;

type RawRules = Omit<RulesOfProcedure, 'deputiesCount'> & { deputiesCount: number };
const fromRaw = (r: RawRules): RulesOfProcedure => ({ ...r, deputiesCount: r.deputiesCount === 1 });

/** Newest first, by the day each version took effect. */
export function listRules(ctx: Context, committeeId: string): RulesOfProcedure[] {
  return (ctx.sqlite.prepare(`${SELECT} WHERE committee_id = ?
    ORDER BY coalesce(valid_from, adopted_on, '') DESC, created_at DESC`).all(committeeId) as RawRules[]).map(fromRaw);
}

/**
 * The version in force on `onDate`: it took effect (validFrom, else adoptedOn) on or before that day and has not
 * expired. Of overlapping versions the one that took effect last wins, so adopting a new version without closing
 * the old one still does the right thing.
 */
export function currentRules(ctx: Context, committeeId: string, onDate: string): RulesInEffect {
  const row = ctx.sqlite.prepare(`${SELECT} WHERE committee_id = @committeeId
      AND coalesce(valid_from, adopted_on, '') <= @onDate AND (valid_to IS NULL OR valid_to >= @onDate)
    ORDER BY coalesce(valid_from, adopted_on, '') DESC, created_at DESC LIMIT 1`)
    .get({ committeeId, onDate }) as RawRules | undefined;
  if (!row) return DEFAULT_RULES;
  const r = fromRaw(row);
  return {
    id: r.id, version: r.version, adoptedOn: r.adoptedOn, quorumRule: r.quorumRule, deputiesCount: r.deputiesCount,
    noticePeriodDays: r.noticePeriodDays, decisionMode: r.decisionMode, meetingsPerYear: r.meetingsPerYear,
    documentId: r.documentId, isDefault: false,
  };
}
