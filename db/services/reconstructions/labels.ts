import type { AgeBand, CaseSource, LegalDomain, ReconstructionFormat } from '../../domain/enums';

export const RECONSTRUCTION_LABELS = {
  heldOn: 'Datum',
  format: 'Format',
  facilitatorPostId: 'Moderation (Stelle)',
  caseCode: 'Fallcode des Trägers',
  caseSource: 'Herkunft des Falls',
  providerOrganisationId: 'Träger',
  municipalityId: 'Kommune',
  ageBand: 'Altersgruppe',
  fieldsOfAction: 'Handlungsfelder',
  legalDomains: 'Rechtskreise',
  summary: 'Zusammenfassung',
  participants: 'Beteiligte Organisationen',
  organisationId: 'Organisation',
  role: 'Rolle',
  privacyJustification: 'Begründung Datenschutz',
};

export interface ParticipantInput {
  organisationId: string;
  role: string;
}

/** The whole editable record: create takes it, update replaces the stored one with it. */
export interface ReconstructionInput {
  heldOn: string;
  format: ReconstructionFormat;
  facilitatorPostId: string | null;
  caseCode: string | null;
  caseSource: CaseSource;
  providerOrganisationId: string;
  municipalityId: string | null;
  ageBand: AgeBand;
  fieldsOfAction: string[];
  legalDomains: LegalDomain[];
  summary: string;
  participants: ParticipantInput[];
  privacyJustification: string | null;
}
