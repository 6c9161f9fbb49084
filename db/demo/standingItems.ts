import { LABELS } from '../domain/labels';
import type { StandingItem } from '../domain/enums';
import type { ItemPlan } from './meetingPlan';

/** A standing agenda item with its usual title; `minutes` overrides the generated minutes text. */
export function standing(kind: StandingItem, extra: Partial<ItemPlan> = {}): ItemPlan {
  const itemKind = kind === 'COORDINATION_REPORT' || kind === 'DECISION_STATUS' ? 'REPORT' : 'INFO';
  return { title: LABELS.standingItem[kind], kind: itemKind, standing: kind, ...extra };
}

/** Opening, minutes, coordination report … topical items … decision status, AOB, dates. */
export function agenda(opts: { first?: boolean; report?: string; reportBy?: string; statusReport?: string; miscellaneous?: string }, topical: ItemPlan[]): ItemPlan[] {
  return [
    standing('OPENING_QUORUM'),
    ...(opts.first ? [] : [standing('APPROVE_MINUTES')]),
    standing('COORDINATION_REPORT', { presenter: opts.reportBy ?? 'p:ks1', minutes: opts.report }),
    ...topical,
    ...(opts.statusReport ? [standing('DECISION_STATUS', { presenter: 'p:ks1', minutes: opts.statusReport })] : []),
    standing('MISCELLANEOUS', { minutes: opts.report === undefined ? undefined : opts.miscellaneous ?? 'Keine weiteren Wortmeldungen.' }),
    standing('DATES'),
  ];
}
