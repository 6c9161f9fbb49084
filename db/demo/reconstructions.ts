import {
  caseReconstructions, findingOrganisations, findings, reconstructionFields, reconstructionLegalDomains, reconstructionParticipants,
} from '../schema';
import type { DemoBuilder } from './builder';
import { addDays, addMonths } from './dates';
import { munKey } from './masterData';
import { CASES, type FindingSpec } from './reconstructionCases';

/** Reconstructions older than this were purged by the retention job (24 months) before the demo's "today". */
export const PURGED_BEFORE = '2024-07-01';
const RETENTION_MONTHS = 24;

export function findingRows(b: DemoBuilder, owner: { reconstruction?: string; roundTable?: string }, key: string, list: FindingSpec[]) {
  const rows = list.map(([kind, description, theme], i) => ({
    id: b.id(`${key}:finding:${i}`), reconstructionId: owner.reconstruction ? b.id(owner.reconstruction) : null,
    roundTableId: owner.roundTable ? b.id(owner.roundTable) : null, kind, description, themeId: theme ? b.id(theme) : null,
  }));
  const orgs = list.flatMap(([, , , o], i) => [...new Set(o)].map((org) => ({ findingId: b.id(`${key}:finding:${i}`), organisationId: b.id(org) })));
  return { rows, orgs };
}

export function insertReconstructions(b: DemoBuilder): void {
  const facilitator = (format: string, source: string) => (format === 'MINI' && source !== 'KIM_CM' ? 'post:b3Cross' : 'post:ks2');
  b.insert(caseReconstructions, CASES.map((c) => {
    const deleteAfter = addMonths(c.heldOn, RETENTION_MONTHS);
    const purged = c.heldOn < PURGED_BEFORE;
    return {
      id: b.id(`rec:${c.code}`), heldOn: c.heldOn, format: c.format, facilitatorPostId: b.id(facilitator(c.format, c.source)),
      caseCode: purged ? null : c.code, caseSource: c.source, providerOrganisationId: b.id(c.provider),
      municipalityId: c.town ? b.id(munKey(c.town)) : null, ageBand: c.age, summary: purged ? null : c.summary,
      privacyJustification: c.privacy ?? null, deleteAfter, purgedAt: purged ? `${addDays(deleteAfter, 1)}T02:00:00.000Z` : null,
    };
  }));
  b.insert(reconstructionParticipants, CASES.flatMap((c) => c.participants.map(([org, role], i) => ({
    id: b.id(`rec:${c.code}:participant:${i}`), reconstructionId: b.id(`rec:${c.code}`), organisationId: b.id(org), role,
  }))));
  b.insert(reconstructionFields, CASES.flatMap((c) => c.fields.map((field) => ({ reconstructionId: b.id(`rec:${c.code}`), fieldOfAction: field }))));
  b.insert(reconstructionLegalDomains, CASES.flatMap((c) => c.legal.map((legalDomain) => ({ reconstructionId: b.id(`rec:${c.code}`), legalDomain }))));
  const all = CASES.map((c) => findingRows(b, { reconstruction: `rec:${c.code}` }, `rec:${c.code}`, c.findings));
  b.insert(findings, all.flatMap((f) => f.rows));
  b.insert(findingOrganisations, all.flatMap((f) => f.orgs));
}
