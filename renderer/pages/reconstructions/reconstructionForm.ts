import type { InputOf, OutputOf } from '../../../db/api/contract';

export interface ParticipantDraft {
  organisationId: string;
  role: string;
}

/** A reconstruction as the form holds it: every value a string or a list, as typed. */
export interface ReconstructionDraft {
  heldOn: string;
  format: string;
  facilitatorPostId: string;
  caseCode: string;
  caseSource: string;
  providerOrganisationId: string;
  municipalityId: string;
  ageBand: string;
  fieldsOfAction: string[];
  legalDomains: string[];
  summary: string;
  participants: ParticipantDraft[];
  privacyJustification: string;
}

type Detail = OutputOf<'reconstructions.get'>;
export type ReconstructionInput = InputOf<'reconstructions.create'>;

export function emptyDraft(today: string): ReconstructionDraft {
  return {
    heldOn: today, format: 'FULL', facilitatorPostId: '', caseCode: '', caseSource: 'KIM_CM', providerOrganisationId: '',
    municipalityId: '', ageBand: 'UNKNOWN', fieldsOfAction: [], legalDomains: [], summary: '', participants: [], privacyJustification: '',
  };
}

export function draftFromDetail(detail: Detail): ReconstructionDraft {
  const r = detail.reconstruction;
  return {
    heldOn: r.heldOn, format: r.format, facilitatorPostId: r.facilitatorPostId ?? '', caseCode: r.caseCode ?? '',
    caseSource: r.caseSource, providerOrganisationId: r.providerOrganisationId ?? '', municipalityId: r.municipalityId ?? '',
    ageBand: r.ageBand ?? 'UNKNOWN', fieldsOfAction: detail.fieldsOfAction.map((f) => f.code), legalDomains: [...detail.legalDomains],
    summary: r.summary ?? '',
    participants: detail.participants.map((p) => ({ organisationId: p.organisationId ?? '', role: p.role })),
    privacyJustification: r.privacyJustification ?? '',
  };
}

/** The draft as the core's input; empty optional values go as '' (the core reads them as "none"). */
export function draftToInput(d: ReconstructionDraft): ReconstructionInput {
  return {
    heldOn: d.heldOn, format: d.format as ReconstructionInput['format'], facilitatorPostId: d.facilitatorPostId, caseCode: d.caseCode.trim(),
    caseSource: d.caseSource as ReconstructionInput['caseSource'], providerOrganisationId: d.providerOrganisationId,
    municipalityId: d.municipalityId, ageBand: d.ageBand as ReconstructionInput['ageBand'], fieldsOfAction: d.fieldsOfAction,
    legalDomains: d.legalDomains as ReconstructionInput['legalDomains'], summary: d.summary,
    participants: d.participants.map((p) => ({ organisationId: p.organisationId, role: p.role })),
    privacyJustification: d.privacyJustification.trim(),
  };
}

/**
 * Where a refused save's message belongs in the form: 'summary', 'participants.2.role' → the role of row 3,
 * 'participants.1' or 'participants.1.organisationId' → that row's organisation. Unknown paths go to the summary above the form.
 */
export function issueTarget(field: string): string {
  const m = /^participants\.(\d+)(?:\.(\w+))?$/.exec(field);
  if (m) return `participants.${m[1]}.${m[2] === 'role' ? 'role' : 'organisationId'}`;
  return field;
}

export function groupIssues(issues: readonly { field: string; message: string }[]): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const issue of issues) {
    const key = issueTarget(issue.field);
    byField.set(key, [...(byField.get(key) ?? []), issue.message]);
  }
  return byField;
}
