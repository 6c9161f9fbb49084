import { cmAggregates } from '../schema';
import type { DemoBuilder, DemoRow } from './builder';
import { addDays, addMonths } from './dates';
import { MUNICIPALITY_NAMES, munKey, PROVIDERS } from './masterData';

export const CM_SOURCE = 'synthetisch (Demo)';

// Rough population weights of the towns, so the synthetic cases fall where people live.
const WEIGHT: Record<string, number> = {
  Euskirchen: 58, Mechernich: 28, Zülpich: 20, Weilerswist: 18, 'Bad Münstereifel': 17, Schleiden: 13, Kall: 11,
  Blankenheim: 8, Hellenthal: 8, Nettersheim: 7, Dahlem: 4,
};

const HALF_YEARS = ['2022-01-01', '2022-07-01', '2023-01-01', '2023-07-01', '2024-01-01', '2024-07-01', '2025-01-01', '2025-07-01', '2026-01-01'];

/** Staffed FTE per half-year (index into HALF_YEARS), following the post periods. */
const UNITS: Array<{ org: string; towns: readonly string[]; fte: number[] }> = [
  { org: 'org:caritasEifel', towns: PROVIDERS[0].municipalities, fte: [1.8, 2, 2, 2, 2, 2, 2, 2, 2] },
  { org: 'org:caritasEu', towns: PROVIDERS[1].municipalities, fte: [1.5, 2, 2, 2, 2, 2, 2, 2, 2] },
  { org: 'org:drk', towns: PROVIDERS[2].municipalities, fte: [1.7, 2, 2, 2, 2, 1.8, 1.3, 2, 2] },
  { org: 'org:kja', towns: MUNICIPALITY_NAMES, fte: [1.7, 2, 2, 2, 2, 2, 1, 2, 2] },
  { org: 'org:ip', towns: MUNICIPALITY_NAMES, fte: [0, 0, 0.5, 1, 1, 1, 1, 1, 1] },
  { org: 'org:team491', towns: MUNICIPALITY_NAMES, fte: [0, 0, 0.7, 1, 1, 1, 1, 1, 1] },
  { org: 'org:abt32', towns: MUNICIPALITY_NAMES, fte: [0, 0, 0, 0, 0.5, 1, 1, 1, 1] },
];

/**
 * Synthetic case-management aggregates per half-year × provider × town, labelled as such. About five to six
 * new clients per post and half-year, i.e. roughly 50 per post over the whole period (Herne's anchor).
 */
export function insertCmAggregates(b: DemoBuilder): void {
  const rows: DemoRow<typeof cmAggregates>[] = [];
  for (const unit of UNITS) {
    const carry = new Map<string, number>();
    const total = unit.towns.reduce((sum, t) => sum + WEIGHT[t], 0);
    HALF_YEARS.forEach((start, period) => {
      const fresh = Math.round(unit.fte[period] * (4.5 + b.rng.next() * 2));
      for (const town of unit.towns) {
        const share = (fresh * WEIGHT[town]) / total;
        const newCases = Math.floor(share) + (b.rng.next() < share % 1 ? 1 : 0);
        const active = (carry.get(town) ?? 0) + newCases;
        if (active === 0) continue;
        const closed = period === 0 ? Math.floor(active * 0.2) : Math.round(active * (0.3 + b.rng.next() * 0.15));
        carry.set(town, active - closed);
        rows.push({
          id: b.id(`cm:${unit.org}:${town}:${start}`), periodStart: start, periodEnd: addDays(addMonths(start, 6), -1),
          providerOrganisationId: b.id(unit.org), municipalityId: b.id(munKey(town)), fieldOfAction: null,
          newCases, activeCases: active, closedCases: closed, contacts: Math.round(active * (5 + b.rng.next() * 3)),
          accompaniments: Math.round(active * (1 + b.rng.next())), referrals: Math.round(active * (0.5 + b.rng.next() * 0.6)),
          avgDurationDays: Math.round(160 + b.rng.next() * 160), source: CM_SOURCE,
        });
      }
    });
  }
  b.insert(cmAggregates, rows);
}
